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
    case verifyTask(TaskID)
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
    /// A file attached as evidence to a checklist mark, a task or a visit (issue 21). The file is in the store under
    /// its hash before this is saved; an attachment is never changed or removed, only added.
    case attachEvidence(Attachment)

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
        case .attachEvidence: .attachEvidence
        }
    }

    /// The household the change is about, if any.
    public var household: HouseholdID? {
        switch self {
        case .registerHousehold(let h): h.id
        case .setStatus(let id, _, _, _), .setCheck(let id, _, _, _), .setIncome(let id, _, _),
             .setEnrolments(let id, _, _), .setCauses(let id, _, _), .setPlan(let id, _, _),
             .assignCadre(let id, _, _, _), .addMember(let id, _), .updateMember(let id, _, _),
             .removeMember(let id, _), .addVisit(let id, _), .moveMember(let id, _, _, _):
            id
        case .addTask(let t):
            if case .household(let id) = t.subject { id } else { nil }
        case .attachEvidence(let a): a.target.household
        case .addOrgUnit, .markTaskDone, .verifyTask, .sendBackTask, .reopenTask, .addUser, .updateUser, .setPin,
             .setStandard:
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
             .sendBackTask, .reopenTask, .setStandard, .moveMember, .attachEvidence:
            nil
        }
    }

    /// The task the change is about, if any.
    public var task: TaskID? {
        switch self {
        case .addTask(let t): t.id
        case .markTaskDone(let id, _), .verifyTask(let id), .sendBackTask(let id, _), .reopenTask(let id, _): id
        case .attachEvidence(let a): a.target.task
        case .addOrgUnit, .registerHousehold, .setStatus, .setCheck, .setIncome, .setEnrolments, .setCauses, .setPlan,
             .assignCadre, .addMember, .updateMember, .removeMember, .addVisit, .addUser, .updateUser, .setPin,
             .setStandard, .moveMember:
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
