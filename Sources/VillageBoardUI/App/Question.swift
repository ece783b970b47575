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
    /// Enter verifies it; what is typed is kept as the verification's note.
    case verifyConfirm(TaskID)
    /// Whether the household's pending exit is approved at its stage (township review or county decision), with a
    /// note: Enter confirms, Esc leaves it.
    case exitApprove(HouseholdID)
    /// Whether a member is removed from the household (died, left the register): Enter confirms, Esc leaves them.
    /// One who joins another household is moved (`M`), not removed.
    case removeMemberConfirm(HouseholdID, MemberID)
    /// Why the household's pending exit is sent back (required).
    case exitSendBack(HouseholdID)
    /// Whether the tasks marked with Space are verified together, with one note for all (may be left empty).
    case verifyMarked([TaskID])
    /// The due date of a batch of new tasks (YYYY-MM-DD).
    case batchDue
    /// The evidence for a village's target about to be set to `ItemState` (required for met).
    case targetEvidence(DivisionCode, VillageTargetKind, ItemState)
    /// A village target's figure (km, households, yuan); empty clears it.
    case targetFigure(DivisionCode, VillageTargetKind)
    /// Which folder a unit's report is exported into (empty: the folder the program was started in).
    case exportFolder(DivisionCode, ExportFormat)
    /// The path of a file to attach as evidence to this (issue 21).
    case attachPath(EvidenceTarget)
    /// What was found on looking at a household's department cross-check finding (required), issue 14.
    case findingNote(HouseholdID, Int)
    /// A 回头看 sample's missed household (漏评) to add: a name, pinyin initials or household id to look for in its scope.
    case recheckMissed(String)
    /// The title of a task for the responsible cadre, from a 回头看 disagreement on a household's item: Enter creates it.
    case recheckTask(HouseholdID, ChecklistItem)
}
