/// What an operation does. Edits carry the value they replace so history shows old → new
/// and merging can tell when two laptops changed the same thing differently.
public enum Change: Hashable, Sendable {
    case addOrgUnit(OrgUnit)
    case registerHousehold(Household)
    case setStatus(HouseholdID, from: HouseholdMark, to: HouseholdMark, reason: String)
    case setCheck(HouseholdID, ChecklistItem, from: ItemCheck, to: ItemCheck)
    case setIncome(HouseholdID, from: Income, to: Income)
    case setEnrolments(HouseholdID, from: Enrolments, to: Enrolments)
    case setCauses(HouseholdID, from: CauseSet, to: CauseSet)
    case setPlan(HouseholdID, from: Plan, to: Plan)
    case assignCadre(HouseholdID, from: UserID?, to: UserID?, reason: String)
    case addMember(HouseholdID, Member)
    case updateMember(HouseholdID, from: Member, to: Member)
    case removeMember(HouseholdID, Member)
    case addVisit(HouseholdID, Visit)
    case addTask(WorkTask)
    case markTaskDone(TaskID, note: String)
    /// A supervisor's verification (销号), with what they noted (empty when nothing was said).
    case verifyTask(TaskID, note: String = "")
    case sendBackTask(TaskID, reason: String)
    case reopenTask(TaskID, reason: String)
    case addUser(User)
    case updateUser(from: User, to: User)
    /// A user's PIN set or changed (only its salted hash is ever recorded).
    case setPin(UserID, from: PinHash?, to: PinHash)
    case setStandard(YearStandard)
    /// A member who moved to another household (marriage, a split household): `member` as the old household had
    /// them, `becomes` as the new one has them (its member id, their relation there). A move, not a removal and an
    /// addition, so the person's history stays one.
    case moveMember(from: HouseholdID, to: HouseholdID, member: Member, becomes: Member)
    /// 民主评议 and 公示 done: the village proposes the household's exit or risk elimination (the gate is checked here).
    case proposeExit(HouseholdID, ExitProposal)
    /// 乡镇审核: the township approves a proposed exit, or sends it back to the village (a reason required).
    case reviewExit(HouseholdID, approve: Bool, note: String)
    /// 县级审定: the county approves a reviewed exit, moving the household `from` its mark `to` the proposal's target
    /// (the gate checked again), or sends it back (a reason required).
    case decideExit(HouseholdID, from: HouseholdMark, to: HouseholdMark, approve: Bool, note: String)
    /// 返贫 / 重新纳入监测 / 风险回退: a household comes back under watch, with the new risk and a reason.
    case rollBackStatus(HouseholdID, from: HouseholdMark, to: HouseholdMark, risk: RiskType, reason: String)
    /// A village's village-level target (村级目标) set: met or not, its figure and evidence, with who and when in `to`.
    case setVillageTarget(DivisionCode, VillageTargetKind, from: VillageTarget, to: VillageTarget)
    /// An open task's title, owner or due date changed, with a reason.
    case editTask(TaskID, from: TaskTerms, to: TaskTerms, reason: String)
    /// Admins raise the shortest new PIN a role may set (never below the built-in floor).
    case setPinPolicy(from: PinPolicy, to: PinPolicy)
    /// A file attached as evidence to a checklist mark, a task or a visit (issue 21). The file is in the store under
    /// its hash before this is saved; an attachment is never changed or removed, only added.
    case attachEvidence(Attachment)
    /// A mistyped visit corrected (its date, what was found, what was done) or voided, as a new operation with a
    /// reason: `visit` is its position in the household's visits, `from` as it was, `to` as it becomes. Nothing is deleted.
    case correctVisit(HouseholdID, visit: Int, from: Visit, to: Visit, reason: String)
    /// A department cross-check mismatch recorded on a household (issue 14), not yet looked at.
    case recordFinding(HouseholdID, DepartmentFinding)
    /// A recorded finding (its position in the household's findings) marked looked at, with a note.
    case lookAtFinding(HouseholdID, finding: Int, look: FindingLook)
    /// A 回头看 sample drawn (issue 14): saved whole, households included, so every laptop sees the same sample.
    case drawRecheckSample(RecheckSample)
    /// One household re-checked in a sample: its own record beside the cadre's marks, which it never changes.
    case recordRecheck(RecheckRecord)

    /// The kind of change, whose raw value is its stable name in files and history.
    public var kind: ChangeKind {
        switch self {
        case .addOrgUnit: .addOrgUnit
        case .registerHousehold: .registerHousehold
        case .setStatus: .setStatus
        case .setCheck: .setCheck
        case .setIncome: .setIncome
        case .setEnrolments: .setEnrolments
        case .setCauses: .setCauses
        case .setPlan: .setPlan
        case .assignCadre: .assignCadre
        case .addMember: .addMember
        case .updateMember: .updateMember
        case .removeMember: .removeMember
        case .addVisit: .addVisit
        case .addTask: .addTask
        case .markTaskDone: .markTaskDone
        case .verifyTask: .verifyTask
        case .sendBackTask: .sendBackTask
        case .reopenTask: .reopenTask
        case .addUser: .addUser
        case .updateUser: .updateUser
        case .setPin: .setPin
        case .setStandard: .setStandard
        case .moveMember: .moveMember
        case .proposeExit: .proposeExit
        case .reviewExit: .reviewExit
        case .decideExit: .decideExit
        case .rollBackStatus: .rollBackStatus
        case .setVillageTarget: .setVillageTarget
        case .editTask: .editTask
        case .setPinPolicy: .setPinPolicy
        case .attachEvidence: .attachEvidence
        case .correctVisit: .correctVisit
        case .recordFinding: .recordFinding
        case .lookAtFinding: .lookAtFinding
        case .drawRecheckSample: .drawRecheckSample
        case .recordRecheck: .recordRecheck
        }
    }

    /// The household the change is about, if any.
    public var household: HouseholdID? {
        switch self {
        case .registerHousehold(let h): h.id
        case .setStatus(let id, _, _, _), .setCheck(let id, _, _, _), .setIncome(let id, _, _),
             .setEnrolments(let id, _, _), .setCauses(let id, _, _), .setPlan(let id, _, _),
             .assignCadre(let id, _, _, _), .addMember(let id, _), .updateMember(let id, _, _),
             .removeMember(let id, _), .addVisit(let id, _), .moveMember(let id, _, _, _),
             .proposeExit(let id, _), .reviewExit(let id, _, _), .decideExit(let id, _, _, _, _),
             .rollBackStatus(let id, _, _, _, _), .correctVisit(let id, _, _, _, _), .recordFinding(let id, _),
             .lookAtFinding(let id, _, _):
            id
        case .recordRecheck(let r): r.household
        case .addTask(let t):
            if case .household(let id) = t.subject { id } else { nil }
        case .attachEvidence(let a): a.target.household
        case .addOrgUnit, .markTaskDone, .verifyTask, .sendBackTask, .reopenTask, .addUser, .updateUser, .setPin,
             .setStandard, .setVillageTarget, .editTask, .setPinPolicy, .drawRecheckSample:
            nil
        }
    }

    /// The user account the change is about, if any (not the author: the user added, updated or given a PIN).
    public var user: UserID? {
        switch self {
        case .addUser(let u): u.id
        case .updateUser(let from, _): from.id
        case .setPin(let id, _, _): id
        case .addOrgUnit, .registerHousehold, .setStatus, .setCheck, .setIncome, .setEnrolments, .setCauses, .setPlan,
             .assignCadre, .addMember, .updateMember, .removeMember, .addVisit, .addTask, .markTaskDone, .verifyTask,
             .sendBackTask, .reopenTask, .setStandard, .moveMember, .proposeExit, .reviewExit, .decideExit,
             .rollBackStatus, .setPinPolicy, .setVillageTarget, .editTask, .attachEvidence, .correctVisit,
             .recordFinding, .lookAtFinding, .drawRecheckSample, .recordRecheck:
            nil
        }
    }

    /// The task the change is about, if any.
    public var task: TaskID? {
        switch self {
        case .addTask(let t): t.id
        case .markTaskDone(let id, _), .verifyTask(let id, _), .sendBackTask(let id, _), .reopenTask(let id, _),
             .editTask(let id, _, _, _): id
        case .attachEvidence(let a): a.target.task
        case .addOrgUnit, .registerHousehold, .setStatus, .setCheck, .setIncome, .setEnrolments, .setCauses, .setPlan,
             .assignCadre, .addMember, .updateMember, .removeMember, .addVisit, .addUser, .updateUser, .setPin,
             .setStandard, .moveMember, .proposeExit, .reviewExit, .decideExit, .rollBackStatus, .setPinPolicy,
             .setVillageTarget, .correctVisit, .recordFinding, .lookAtFinding, .drawRecheckSample, .recordRecheck:
            nil
        }
    }

    /// Every household the change touches: `household`, and for a move the household the member joins too.
    public var households: [HouseholdID] {
        if case .moveMember(let from, let to, _, _) = self { return [from, to] }
        return household.map { [$0] } ?? []
    }
}

/// A household's main and secondary causes of poverty.
public struct CauseSet: Hashable, Sendable {
    public var main: PovertyCause?
    public var secondary: [PovertyCause]
    public init(main: PovertyCause?, secondary: [PovertyCause] = []) {
        self.main = main
        self.secondary = secondary
    }
}
