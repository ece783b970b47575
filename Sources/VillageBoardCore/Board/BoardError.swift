/// Why an operation was refused by the board. Nothing is changed when one is thrown.
public enum BoardError: Error, Hashable, Sendable, CustomStringConvertible {
    case alreadyApplied(OperationID)
    case unknownUnit(DivisionCode)
    /// The parent is not on the board, or is the unit itself or lies under it (which would make a loop).
    case unknownParent(unit: DivisionCode, parent: DivisionCode)
    case notAVillage(DivisionCode)
    case unknownHousehold(HouseholdID)
    case duplicateHousehold(HouseholdID)
    case unknownMember(HouseholdID, MemberID)
    case duplicateMember(HouseholdID, MemberID)
    case unknownTask(TaskID)
    case duplicateTask(TaskID)
    case unknownUser(UserID)
    case duplicateUser(UserID)
    case wrongTaskState(TaskID, expected: TaskState, actual: TaskState)
    case selfVerification(TaskID, UserID)
    case reasonRequired
    /// Exit or risk elimination refused: these items are unmet, or income is under the line.
    case exitBlocked(HouseholdID, unmet: [ChecklistItem], incomeShort: Bool)
    case noStandard(year: Int)
    /// The permission table refuses this user this kind of change (see `Permissions.accessRules`).
    case notPermitted(UserID, BoardAction, PermissionDenial)

    public var description: String {
        switch self {
        case .alreadyApplied(let id): "operation \(id) was already applied"
        case .unknownUnit(let c): "no org unit with code \(c)"
        case .unknownParent(let u, let p): "org unit \(u) names parent \(p), which is not on the board or is \(u) itself or under it"
        case .notAVillage(let c): "\(c) is not a village"
        case .unknownHousehold(let h): "no household \(h)"
        case .duplicateHousehold(let h): "household \(h) is already registered"
        case .unknownMember(let h, let m): "household \(h) has no member \(m)"
        case .duplicateMember(let h, let m): "household \(h) already has member \(m)"
        case .unknownTask(let t): "no task \(t)"
        case .duplicateTask(let t): "task \(t) already exists"
        case .unknownUser(let u): "no user \(u)"
        case .duplicateUser(let u): "user \(u) already exists"
        case .wrongTaskState(let t, let e, let a): "task \(t) is \(a.rawValue), not \(e.rawValue)"
        case .selfVerification(let t, let u): "\(u) marked task \(t) done and cannot verify it too"
        case .reasonRequired: "a reason is required"
        case .exitBlocked(let h, let unmet, let short):
            "household \(h) cannot be marked out: unmet \(unmet.map(\.key).joined(separator: ", "))"
                + (short ? (unmet.isEmpty ? "income under the line" : "; income under the line") : "")
        case .noStandard(let y): "no standard for year \(y)"
        case .notPermitted(let u, let action, let denial): "\(u) may not \(action.rawValue): \(denial.explanation)"
        }
    }
}
