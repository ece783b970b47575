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
    /// A PIN policy asking a role for fewer digits than its floor, or more than a PIN can have.
    case pinPolicyOutOfRange(Role, minimum: Int)
    /// Exit or risk elimination refused: these items are unmet, or income is under the line.
    case exitBlocked(HouseholdID, unmet: [ChecklistItem], incomeShort: Bool)
    case noStandard(year: Int)
    /// The status table (`StatusTransition.table`) has no move from the household's mark to this one, or the household's
    /// registration does not fit the new status.
    case transitionNotAllowed(HouseholdID, from: HouseholdMark, to: HouseholdMark)
    /// Risk elimination refused although every item is met: the household stays monitored, for this reason.
    case staysMonitored(HouseholdID, StaysMonitored)
    /// The standard's rule does not let this item be marked not applicable for this household.
    case notApplicableNotAllowed(HouseholdID, ChecklistItem)
    /// The permission table refuses this user this kind of change (see `Permissions.accessRules`).
    case notPermitted(UserID, BoardAction, PermissionDenial)
    /// An exit or risk elimination is already under way for the household.
    case exitAlreadyPending(HouseholdID)
    /// No exit is under way for the household (nothing to review or decide).
    case noExitPending(HouseholdID)
    /// The pending exit is at another stage (a review of one already reviewed, a decision before the review).
    case wrongExitStage(HouseholdID, expected: ExitStage, actual: ExitStage)
    /// Nobody approves an exit they proposed or reviewed.
    case ownExitProposal(HouseholdID, UserID)
    /// The democratic review, the notice's first day and its last day are not in that order.
    case exitDatesOutOfOrder(HouseholdID)
    /// A village-level target set met without evidence, or with a figure below zero.
    case targetEvidenceRequired(DivisionCode, VillageTargetKind)
    case negativeFigure(DivisionCode, VillageTargetKind)
    /// A task edited to have no title.
    case emptyTitle(TaskID)
    /// An attachment names a visit the household does not have (by its place in the list).
    case unknownVisit(HouseholdID, Int)
    /// A visit dated after the day it is recorded on, or before the household was registered.
    case visitDate(HouseholdID, VisitDateProblem)
    /// A correction made against a visit that has changed since (another laptop corrected it first).
    case visitChanged(HouseholdID, Int)
    /// A department finding that is not there, or that someone has already looked at.
    case unknownFinding(HouseholdID, Int)
    case findingAlreadyLookedAt(HouseholdID, Int)
    /// A finding that says nothing, or is recorded as already looked at.
    case malformedFinding(HouseholdID)
    /// An attachment record that cannot be right: its hash is not a SHA-256, its size is negative, it has no name,
    /// or it says another user attached it.
    case malformedAttachment(String)
    /// The same file is already attached to the same thing.
    case duplicateAttachment(String)
    /// A 回头看 sample drawn under an id already taken, or a re-check naming a sample not on the board.
    case duplicateRecheckSample(String)
    case unknownRecheckSample(String)
    /// A re-check of a household the sample did not draw (only a household the register missed may be added).
    case notInRecheckSample(String, HouseholdID)
    /// A re-check record the rules refuse: an item twice, or a disagreement without a note.
    case recheckRefused(HouseholdID, RecheckProblem)
    /// A sample or record that cannot be right: saved under another user's name, a household twice in a sample,
    /// a record placing the household in another village, a percentage above 100.
    case malformedRecheck(String)

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
        case .pinPolicyOutOfRange(let role, let m):
            "a \(role.rawValue) PIN must have at least \(PinPolicy.floor(for: role)) and at most \(PinPolicy.longest) digits, not \(m)"
        case .exitBlocked(let h, let unmet, let short):
            "household \(h) cannot be marked out: unmet \(unmet.map(\.key).joined(separator: ", "))"
                + (short ? (unmet.isEmpty ? "income under the line" : "; income under the line") : "")
        case .noStandard(let y): "no standard for year \(y)"
        case .transitionNotAllowed(let h, let from, let to):
            "household \(h) cannot go from \(from.key) to \(to.key)"
        case .staysMonitored(let h, let why): "household \(h) stays monitored: \(why.rawValue)"
        case .notApplicableNotAllowed(let h, let item): "household \(h): \(item.key) cannot be marked not applicable"
        case .notPermitted(let u, let action, let denial): "\(u) may not \(action.rawValue): \(denial.explanation)"
        case .exitAlreadyPending(let h): "household \(h) already has an exit under way"
        case .noExitPending(let h): "household \(h) has no exit under way"
        case .wrongExitStage(let h, let e, let a): "household \(h)'s exit is \(a.rawValue), not \(e.rawValue)"
        case .ownExitProposal(let h, let u): "\(u) proposed or reviewed household \(h)'s exit and cannot approve it"
        case .exitDatesOutOfOrder(let h): "household \(h): review, notice start and notice end are out of order"
        case .targetEvidenceRequired(let v, let kind): "village \(v): target \(kind.rawValue) is met only with evidence"
        case .negativeFigure(let v, let kind): "village \(v): target \(kind.rawValue) has a figure below zero"
        case .emptyTitle(let t): "task \(t) would have no title"
        case .unknownVisit(let h, let n): "household \(h) has no visit \(n + 1)"
        case .visitDate(let h, .future(let d)): "household \(h): visit dated \(d.iso) is in the future"
        case .visitDate(let h, .beforeRegistration(let d, let r)):
            "household \(h): visit dated \(d.iso) is before it was registered on \(r.iso)"
        case .visitChanged(let h, let n): "household \(h): visit \(n + 1) has changed since"
        case .unknownFinding(let h, let n): "household \(h) has no department finding \(n + 1)"
        case .findingAlreadyLookedAt(let h, let n): "household \(h): department finding \(n + 1) was already looked at"
        case .malformedFinding(let h): "household \(h): a department finding must say something and not be looked at yet"
        case .malformedAttachment(let why): "attachment refused: \(why)"
        case .duplicateAttachment(let hash): "file \(hash.prefix(12)) is already attached there"
        case .duplicateRecheckSample(let id): "a re-check sample \(id) was already drawn"
        case .unknownRecheckSample(let id): "no re-check sample \(id)"
        case .notInRecheckSample(let id, let h): "household \(h) is not in re-check sample \(id)"
        case .recheckRefused(let h, .itemTwice(let item)): "household \(h): re-check gives \(item.rawValue) twice"
        case .recheckRefused(let h, .disagreementWithoutNote(let item)):
            "household \(h): the re-check disagrees on \(item.rawValue) without a note"
        case .malformedRecheck(let why): "re-check refused: \(why)"
        }
    }
}

/// Why a monitored household's risk may not be eliminated although its items are met.
public enum StaysMonitored: String, CaseIterable, Hashable, Sendable {
    /// Per-capita income is above the line but still inside the monitoring range.
    case incomeInMonitoringRange
    /// Without labour capacity and under safety-net support (兜底): such a household stays monitored.
    case safetyNetWithoutLabour
}
