import VillageBoardCore

/// What came of an effect, handed back to the app by the loop that carried it out (`AppModel.receive`), as keys are
/// handed to `AppModel.handle`. Results never arrive as calls into the app from the world.
public enum EffectResult {
    /// The change was saved as this operation, and the live board has it; `message` goes on the status line.
    case saved(Operation, message: StatusMessage)
    /// A batch of changes was saved as these operations, all in one write.
    case savedTogether([Operation], message: StatusMessage)
    /// The change was not saved (refused by the board, the disk failed, nobody logged in): why.
    case notSaved(Change, reason: StatusMessage)
    /// The PIN was right: this user is in.
    case loggedIn(User)
    /// Something to tell the user (an export written, a PIN refused, nothing to undo).
    case told(StatusMessage)
    /// The board changed without a save from the screens (a new day moved the overdue counts).
    case boardMoved
}
