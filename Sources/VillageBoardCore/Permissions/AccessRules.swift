/// Everything the permission table decides: every kind of change to the board, and what a user may see in full.
public enum BoardAction: String, CaseIterable, Hashable, Sendable {
    /// `addOrgUnit`: a unit under one in the user's scope.
    case addOrgUnit
    /// `registerHousehold` (建档立卡, or a newly identified monitored household).
    case registerHousehold
    /// `setCheck`, `setIncome`, `setEnrolments`, `setCauses`, `setPlan`, `addMember`, `updateMember`, `removeMember`,
    /// `moveMember` (both households).
    case editHousehold
    /// `addVisit` (走访记录).
    case recordVisit
    /// `setStatus` that puts a household (back) under watch or changes its monitored kind: 纳入监测, 返贫, 回退
    /// (`StatusStep.monitor`, `.reclassify`; the status table says which need a reason).
    case setStatus
    /// `setStatus` out of poverty (脱贫退出, `StatusStep.exit`): decided above the village.
    case exitHousehold
    /// `setStatus` eliminating a monitored household's risk (风险消除, `StatusStep.eliminateRisk`): decided above the village.
    case eliminateRisk
    /// `assignCadre` (包保干部).
    case assignCadre
    /// `proposeExit`: the village proposes an exit or risk elimination after 民主评议 and 公示.
    case proposeExit
    /// `reviewExit`: 乡镇审核, approve or send back.
    case reviewExit
    /// `decideExit`: 县级审定, approve or send back.
    case decideExit
    /// `addTask`.
    case addTask
    /// `markTaskDone`, `verifyTask`, `sendBackTask`, `reopenTask` (the task workflow; see `taskRules` for states).
    case markTaskDone, verifyTask, sendBackTask, reopenTask
    /// `addUser`, `updateUser`, and `setPin` for someone else.
    case manageUsers
    /// `setPin` for oneself.
    case setOwnPin
    /// `setStandard`: the yearly thresholds.
    case setStandard
    /// `setVillageTarget`: a village's village-level targets (村级目标).
    case setVillageTarget
    /// `editTask`: an open task's title, owner or due date.
    case editTask
    /// `setPinPolicy`: the shortest new PIN each role may set.
    case setPinPolicy
    /// Seeing a member's resident ID number unmasked.
    case viewFullIDNumber
    /// Seeing a member's health (illness, disability) rather than a mask.
    case viewHealth
    /// Writing full ID numbers into a report or export file (only when asked for explicitly).
    case exportFullIDNumbers
    /// `attachEvidence`: a file attached to a checklist mark, a visit or a task (佐证材料).
    case attachEvidence
    /// Opening (or exporting) an attached file: evidence can hold ID cards and medical papers. An attachment to the
    /// basic-medical item also needs `viewHealth` (`Privacy.opensAttachment`).
    case openEvidence
    /// `drawRecheckSample`, `recordRecheck`: a 回头看, by those who verify work, never on one's own households.
    case recheck

    /// The action a change takes, by `author` (a PIN set for oneself is not managing users).
    public static func of(_ change: Change, author: UserID) -> BoardAction {
        switch change {
        case .addOrgUnit: .addOrgUnit
        case .registerHousehold: .registerHousehold
        case .setCheck, .setIncome, .setEnrolments, .setCauses, .setPlan, .addMember, .updateMember, .removeMember,
             .moveMember:
            .editHousehold
        // Correcting or voiding a visit is recording it again: whoever may record a visit there may correct one.
        case .addVisit, .correctVisit: .recordVisit
        // A department's finding is recorded by whoever may edit the household (the import), and looked at by them too.
        case .recordFinding, .lookAtFinding: .editHousehold
        case .setStatus(_, let from, let to, _): StatusTransition.step(from: from, to: to).action
        case .proposeExit: .proposeExit
        case .reviewExit: .reviewExit
        case .decideExit: .decideExit
        // 返贫 / 重新纳入监测 is the status table's `monitor` step: the same row as any other.
        case .rollBackStatus: .setStatus
        case .assignCadre: .assignCadre
        case .addTask: .addTask
        case .markTaskDone: .markTaskDone
        case .verifyTask: .verifyTask
        case .sendBackTask: .sendBackTask
        case .reopenTask: .reopenTask
        case .addUser, .updateUser: .manageUsers
        case .setPin(let id, _, _): id == author ? .setOwnPin : .manageUsers
        case .setStandard: .setStandard
        case .setVillageTarget: .setVillageTarget
        case .editTask: .editTask
        case .setPinPolicy: .setPinPolicy
        case .attachEvidence: .attachEvidence
        case .drawRecheckSample, .recordRecheck: .recheck
        }
    }

    /// The board action of a task-board action.
    public static func of(_ action: TaskAction) -> BoardAction {
        switch action {
        case .markDone: .markTaskDone
        case .verify: .verifyTask
        case .sendBack: .sendBackTask
        case .reopen: .reopenTask
        }
    }
}

/// One row of the permission table: which roles may take an action, and on what.
public struct AccessRule: Hashable, Sendable {
    /// Roles that may act on anything whose place (village, unit) lies inside their scope.
    public var inScope: Set<Role>
    /// Roles that may act on anything, wherever it is.
    public var anywhere: Set<Role>
    /// Whether a household's responsible cadre (包保干部, `Household.cadre`) may act on it, and on its tasks,
    /// wherever it is.
    public var assignedCadre: Bool
    /// Whether a task's owner may act on it wherever it is.
    public var taskOwner: Bool
    /// Whether any user may act on their own account.
    public var ownAccount: Bool
    /// Whether a household's responsible cadre is refused on it whatever their role: they may not decide their own
    /// household's status alone (the stages of DOMAIN.md apply).
    public var refusesAssignedCadre: Bool

    public init(inScope: Set<Role> = [], anywhere: Set<Role> = [], assignedCadre: Bool = false, taskOwner: Bool = false,
                ownAccount: Bool = false, refusesAssignedCadre: Bool = false) {
        self.refusesAssignedCadre = refusesAssignedCadre
        self.inScope = inScope
        self.anywhere = anywhere
        self.assignedCadre = assignedCadre
        self.taskOwner = taskOwner
        self.ownAccount = ownAccount
    }
}

/// What an action is taken on, for the scope checks.
public enum AccessTarget: Hashable, Sendable {
    /// A place: a unit, or the village a new household is registered in.
    case unit(DivisionCode)
    case household(Household)
    case task(WorkTask)
    /// A user account.
    case account(UserID)
    /// The whole board (standards, a new top-level unit).
    case board
}

extension Permissions {
    /// The permission table: every action, for every role. `Board.validate` enforces it on every operation
    /// (TUI, command line, journals from other laptops alike); the screens ask it to offer or explain actions.
    ///
    /// | action | inside scope | anywhere | also |
    /// |---|---|---|---|
    /// | addOrgUnit | county office head | admin | |
    /// | registerHousehold | village cadre, supervisor, county office head | admin | |
    /// | editHousehold (a move: both households), recordVisit | village cadre, responsible cadre, supervisor, county office head | admin | the household's cadre |
    /// | setStatus (monitor, reclassify; rollBackStatus) | village cadre, supervisor, county office head | admin | never the household's own cadre |
    /// | proposeExit | village cadre | admin | |
    /// | reviewExit | township supervisor | admin | never the household's own cadre, nor who proposed it |
    /// | decideExit | county office head | admin | never the household's own cadre, nor who proposed or reviewed it |
    /// | exitHousehold, eliminateRisk | supervisor, county office head | admin | never the household's own cadre |
    /// | assignCadre | supervisor, county office head | admin | |
    /// | addTask | village cadre, supervisor, county office head | admin | the household's cadre |
    /// | markTaskDone | village cadre | | the task's owner, the household's cadre |
    /// | verifyTask, sendBackTask, reopenTask | supervisor, county office head | admin | never one's own work |
    /// | setVillageTarget | village cadre, supervisor, county office head | admin | |
    /// | editTask | village cadre, supervisor, county office head | admin | the household's cadre |
    /// | manageUsers, setStandard, setPinPolicy | | admin | |
    /// | setOwnPin | | | every active user, own account |
    /// | viewFullIDNumber | village cadre, county office head | admin | the household's cadre |
    /// | viewHealth | village cadre, responsible cadre, county office head | admin | the household's cadre |
    /// | exportFullIDNumbers | | admin | |
    /// | attachEvidence | village cadre, responsible cadre, supervisor, county office head | admin | the household's cadre, the task's owner |
    /// | openEvidence | village cadre, responsible cadre, supervisor, county office head | admin | the household's cadre, the task's owner (medical item: also viewHealth) |
    /// | recheck (回头看: draw a sample, record a re-check) | supervisor, county office head | admin | never the household's own cadre |
    public static let accessRules: [BoardAction: AccessRule] = {
        let fieldWork: Set<Role> = [.villageCadre, .responsibleCadre, .townshipSupervisor, .countyOfficeHead]
        let deciders: Set<Role> = [.villageCadre, .townshipSupervisor, .countyOfficeHead]
        let checkers: Set<Role> = [.townshipSupervisor, .countyOfficeHead]
        let admin: Set<Role> = [.admin]
        return [
            .addOrgUnit: AccessRule(inScope: [.countyOfficeHead], anywhere: admin),
            .registerHousehold: AccessRule(inScope: deciders, anywhere: admin),
            .editHousehold: AccessRule(inScope: fieldWork, anywhere: admin, assignedCadre: true),
            .recordVisit: AccessRule(inScope: fieldWork, anywhere: admin, assignedCadre: true),
            .setStatus: AccessRule(inScope: deciders, anywhere: admin, refusesAssignedCadre: true),
            .exitHousehold: AccessRule(inScope: checkers, anywhere: admin, refusesAssignedCadre: true),
            .eliminateRisk: AccessRule(inScope: checkers, anywhere: admin, refusesAssignedCadre: true),
            .assignCadre: AccessRule(inScope: checkers, anywhere: admin),
            // The stages of DOMAIN.md, one level each: village proposes, township reviews, county decides.
            .proposeExit: AccessRule(inScope: [.villageCadre], anywhere: admin),
            .reviewExit: AccessRule(inScope: [.townshipSupervisor], anywhere: admin, refusesAssignedCadre: true),
            .decideExit: AccessRule(inScope: [.countyOfficeHead], anywhere: admin, refusesAssignedCadre: true),
            .addTask: AccessRule(inScope: deciders, anywhere: admin, assignedCadre: true),
            .markTaskDone: AccessRule(inScope: [.villageCadre], assignedCadre: true, taskOwner: true),
            .verifyTask: AccessRule(inScope: checkers, anywhere: admin),
            .sendBackTask: AccessRule(inScope: checkers, anywhere: admin),
            .reopenTask: AccessRule(inScope: checkers, anywhere: admin),
            .manageUsers: AccessRule(anywhere: admin),
            .setOwnPin: AccessRule(ownAccount: true),
            .setStandard: AccessRule(anywhere: admin),
            .setVillageTarget: AccessRule(inScope: deciders, anywhere: admin),
            .editTask: AccessRule(inScope: deciders, anywhere: admin, assignedCadre: true),
            .setPinPolicy: AccessRule(anywhere: admin),
            .viewFullIDNumber: AccessRule(inScope: [.villageCadre, .countyOfficeHead], anywhere: admin, assignedCadre: true),
            .viewHealth: AccessRule(inScope: [.villageCadre, .responsibleCadre, .countyOfficeHead], anywhere: admin,
                                    assignedCadre: true),
            .exportFullIDNumbers: AccessRule(anywhere: admin),
            .attachEvidence: AccessRule(inScope: fieldWork, anywhere: admin, assignedCadre: true, taskOwner: true),
            .openEvidence: AccessRule(inScope: fieldWork, anywhere: admin, assignedCadre: true, taskOwner: true),
            // A re-check checks the cadre's work: those who verify do it, and never on a household they are cadre of.
            .recheck: AccessRule(inScope: checkers, anywhere: admin, refusesAssignedCadre: true),
        ]
    }()

    /// The row for an action (an empty row, allowing nobody, if the table had none).
    public static func accessRule(_ action: BoardAction) -> AccessRule {
        accessRules[action] ?? AccessRule()
    }

    /// Why `user` may not take `action` on `target`, or nil when they may: account first, then the ways the
    /// row lets someone reach the target, then role, then scope. Only who and where: the state a task must be
    /// in and the board's other rules are checked by `Board.validate` (or `check(_:user:task:board:)`).
    public static func authorize(_ action: BoardAction, user: User?, target: AccessTarget, board: Board) -> PermissionDenial? {
        guard let user else { return .unknownUser }
        if user.disabled { return .userDisabled }
        let rule = accessRule(action)
        if rule.refusesAssignedCadre, let cadre = cadre(of: target, board: board), cadre == user.id { return .ownHousehold }
        if rule.anywhere.contains(user.role) { return nil }
        if rule.ownAccount, case .account(let id) = target, id == user.id { return nil }
        if rule.taskOwner, case .task(let t) = target, t.owner == user.id { return nil }
        if rule.assignedCadre, let cadre = cadre(of: target, board: board), cadre == user.id { return nil }
        guard rule.inScope.contains(user.role) else { return .roleNotAllowed }
        guard let place = place(of: target, board: board), board.isInside(place, scope: user.scope) else {
            return .outsideScope
        }
        return nil
    }

    /// Whether `user` may take `action` on `target`.
    public static func allows(_ action: BoardAction, user: User?, target: AccessTarget, board: Board) -> Bool {
        authorize(action, user: user, target: target, board: board) == nil
    }

    /// Why the operation `change` by `author` is refused by the table, or nil when it may go on to the board's
    /// other rules. An unknown or disabled author is refused; so is any change that would leave the board
    /// without an active admin. The one exception to "authors are users": on a board with no users at all,
    /// the first admin may add themselves (that is how an empty store gets its first account).
    public static func denial(for change: Change, by author: UserID, on board: Board) -> PermissionDenial? {
        if board.users.isEmpty, case .addUser(let u) = change, u.id == author, u.role == .admin, !u.disabled {
            return nil
        }
        let user = board.user(author)
        guard let target = target(of: change, board: board) else {
            // The thing acted on is not on the board: only the account matters here, the board says what is missing.
            guard let user else { return .unknownUser }
            return user.disabled ? .userDisabled : nil
        }
        let action = BoardAction.of(change, author: author)
        if let denial = authorize(action, user: user, target: target, board: board) { return denial }
        // Moving a unit takes it out of one place and into another: both must be the user's.
        if case .addOrgUnit(let unit) = change, board.unit(unit.code) != nil,
           let denial = authorize(action, user: user, target: .unit(unit.code), board: board) {
            return denial
        }
        // A member moving leaves one household and joins another: both must be the user's to edit.
        if case .moveMember(_, let to, _, _) = change, let joined = board.household(to),
           let denial = authorize(action, user: user, target: .household(joined), board: board) {
            return denial
        }
        if case .updateUser(let from, let to) = change, leavesNoAdmin(replacing: from, with: to, board: board) {
            return .lastAdmin
        }
        return nil
    }

    /// What a change acts on; nil when that is not on the board (an unknown household, task or unit, or a place
    /// that is not a village where one is needed), so the board's own rules name what is wrong.
    public static func target(of change: Change, board: Board) -> AccessTarget? {
        func village(_ code: DivisionCode) -> AccessTarget? {
            board.unit(code)?.level == .village ? .unit(code) : nil
        }
        switch change {
        case .addOrgUnit(let unit):
            guard let parent = unit.parent else { return .board }
            return board.unit(parent) == nil ? nil : .unit(parent)
        case .registerHousehold(let h):
            return village(h.village)
        case .setStatus(let id, _, _, _), .setCheck(let id, _, _, _), .setIncome(let id, _, _), .setEnrolments(let id, _, _),
             .setCauses(let id, _, _), .setPlan(let id, _, _), .assignCadre(let id, _, _, _), .addMember(let id, _),
             .updateMember(let id, _, _), .removeMember(let id, _), .addVisit(let id, _), .moveMember(let id, _, _, _),
             .proposeExit(let id, _), .reviewExit(let id, _, _), .decideExit(let id, _, _, _, _),
             .rollBackStatus(let id, _, _, _, _), .correctVisit(let id, _, _, _, _), .recordFinding(let id, _),
             .lookAtFinding(let id, _, _):
            return board.household(id).map { .household($0) }
        case .recordRecheck(let r):
            return board.household(r.household).map { .household($0) }
        case .drawRecheckSample(let s):
            return board.unit(s.frame.scope) == nil ? nil : .unit(s.frame.scope)
        case .addTask(let t):
            switch t.subject {
            case .household(let id): return board.household(id) == nil ? nil : .task(t)
            case .village(let code): return village(code) == nil ? nil : .task(t)
            }
        case .markTaskDone(let id, _), .verifyTask(let id, _), .sendBackTask(let id, _), .reopenTask(let id, _),
             .editTask(let id, _, _, _):
            return board.task(id).map { .task($0) }
        case .addUser(let u):
            return .account(u.id)
        case .updateUser(let from, _):
            return .account(from.id)
        case .setPin(let id, _, _):
            return .account(id)
        case .setStandard, .setPinPolicy:
            return .board
        case .setVillageTarget(let code, _, _, _):
            return village(code)
        case .attachEvidence(let a):
            return evidenceTarget(a.target, board: board)
        }
    }

    /// What an attachment's target is on the board, for the scope checks: the household, or the task.
    public static func evidenceTarget(_ target: EvidenceTarget, board: Board) -> AccessTarget? {
        switch target {
        case .check(let id, _), .visit(let id, _): board.household(id).map { .household($0) }
        case .task(let id): board.task(id).map { .task($0) }
        }
    }

    /// The place a target lies in, for the scope check.
    static func place(of target: AccessTarget, board: Board) -> DivisionCode? {
        switch target {
        case .unit(let code): code
        case .household(let h): h.village
        case .task(let t): board.village(of: t)
        case .account, .board: nil
        }
    }

    /// The responsible cadre of the household a target is, or is about.
    static func cadre(of target: AccessTarget, board: Board) -> UserID? {
        switch target {
        case .household(let h): h.cadre
        case .task(let t):
            if case .household(let id) = t.subject { board.household(id)?.cadre } else { nil }
        default: nil
        }
    }

    /// Whether replacing `from` by `to` would leave no active admin on the board.
    static func leavesNoAdmin(replacing from: User, with to: User, board: Board) -> Bool {
        let wasActiveAdmin = from.role == .admin && !(board.user(from.id)?.disabled ?? from.disabled)
        let staysActiveAdmin = to.role == .admin && !to.disabled && to.id == from.id
        guard wasActiveAdmin && !staysActiveAdmin else { return false }
        return !board.users.values.contains { $0.id != from.id && $0.role == .admin && !$0.disabled }
    }
}
