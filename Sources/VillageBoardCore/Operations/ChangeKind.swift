/// The closed set of change kinds. Every switch that must decide what a new kind means switches over `Change`
/// or this enum exhaustively, so adding a kind fails to compile until each place has decided.
public enum ChangeKind: String, CaseIterable, Hashable, Sendable {
    case addOrgUnit
    case registerHousehold
    case setStatus
    case setCheck
    case setIncome
    case setEnrolments
    case setCauses
    case setPlan
    case assignCadre
    case addMember
    case updateMember
    case removeMember
    case addVisit
    case addTask
    case markTaskDone
    case verifyTask
    case sendBackTask
    case reopenTask
    case addUser
    case updateUser
    case setPin
    case setStandard
    // Running a county of one's own (issue 12).
    case moveMember
    // The staged exit / risk-elimination procedure (issue 12).
    case proposeExit
    case reviewExit
    case decideExit
    case rollBackStatus
    // Village work (issue 13).
    case setVillageTarget
    case editTask
    // PIN minimums per role, as admins set them (issue 17).
    case setPinPolicy
    // Evidence files (issue 21).
    case attachEvidence
    // Visits recorded for a past day, corrected or voided (issue 13).
    case correctVisit
    // Department cross-check findings on the board (issue 14).
    case recordFinding
    case lookAtFinding
    // 回头看 re-checks (issue 14).
    case drawRecheckSample
    case recordRecheck
}
