import VillageBoardCore

/// What a prompt asks. The answer goes back to the screen that asked as a message (`ScreenMessage.answered`), which
/// works it out against the board as it is then, never against values captured when the question was put.
public enum Question: Hashable, Sendable {
    /// `/`: what to look for in the screen's list (the app hands it to `Screen.search`).
    case search
    /// The evidence for a household's checklist item about to be marked `ItemState`: saved with the mark, as one change.
    case markEvidence(HouseholdID, ChecklistItem, ItemState)
    /// What was done, when a task is marked done (may be left empty).
    case doneNote(TaskID)
    /// Why a done task is sent back (required).
    case sendBackReason(TaskID)
    /// Why a verified task is reopened (required).
    case reopenReason(TaskID)
    /// Whether a done task is verified (struck off): Enter confirms, Esc leaves it, so no stray key verifies one.
    case verifyConfirm(TaskID)
    /// The path of a file to attach as evidence to this (issue 21).
    case attachPath(EvidenceTarget)
}
