import VillageBoardCore

/// What comes back to the top screen after it asked for something: the answer to its prompt, or what became of a
/// change it asked to save. Handed to `Screen.receive`, as actions are handed to `Screen.update`.
public enum ScreenMessage {
    /// The user answered a prompt (Enter; Esc answers nothing).
    case answered(Question, String)
    /// The change was saved: the board has it.
    case saved(Change)
    /// A batch was saved in one write: the board has every one of these.
    case savedTogether([Change])
    /// The change was not saved (refused, or the disk failed): the board is as it was.
    case notSaved(Change)
}
