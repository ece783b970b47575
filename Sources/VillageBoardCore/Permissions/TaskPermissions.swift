/// What a user can do to a task on the task board and the command line.
public enum TaskAction: String, CaseIterable, Hashable, Sendable {
    /// open → done, with a note (完成).
    case markDone
    /// done → verified (验收销号).
    case verify
    /// done → open, with a reason (退回).
    case sendBack
    /// verified → open, with a reason (重新打开).
    case reopen

    /// The action a change takes and the task it takes it on; nil for changes that are not task actions.
    public static func of(_ change: Change) -> (action: TaskAction, task: TaskID)? {
        switch change {
        case .markTaskDone(let id, _): (.markDone, id)
        case .verifyTask(let id, _): (.verify, id)
        case .sendBackTask(let id, _): (.sendBack, id)
        case .reopenTask(let id, _): (.reopen, id)
        case .addOrgUnit, .registerHousehold, .setStatus, .setCheck, .setIncome, .setEnrolments, .setCauses, .setPlan,
             .assignCadre, .addMember, .updateMember, .removeMember, .addVisit, .addTask, .addUser, .updateUser, .setPin,
             .setStandard, .moveMember, .proposeExit, .reviewExit, .decideExit, .rollBackStatus, .setPinPolicy,
             .setVillageTarget, .editTask, .attachEvidence, .correctVisit, .recordFinding, .lookAtFinding,
             .drawRecheckSample, .recordRecheck:
            nil
        }
    }
}

/// Why a user may not take an action; the screens turn it into text, the command line into a message.
public enum PermissionDenial: String, CaseIterable, Hashable, Sendable {
    /// The author is not a user of this board.
    case unknownUser
    /// The user's account is disabled.
    case userDisabled
    /// The user's role may not take this action on this task (e.g. a village cadre verifying).
    case roleNotAllowed
    /// The task's village lies outside the user's scope.
    case outsideScope
    /// The task is not in the state the action starts from.
    case wrongState
    /// Nobody verifies their own work: this user marked the task done, or owns it.
    case ownWork
    /// The change would leave the board without an active admin.
    case lastAdmin
    /// A household's responsible cadre deciding its status alone.
    case ownHousehold
}

/// One row of the permission table: who may take an action, on which tasks.
public struct TaskRule: Hashable, Sendable {
    /// The state the task must be in.
    public var from: TaskState
    /// Roles that may act on tasks (inside their scope, or anywhere for admins; `accessRules` says which).
    public var roles: Set<Role>
    /// Whether the task's owner may act on it whatever their role and scope.
    public var owner: Bool
    /// Whether the user who marked the task done, or who owns it, is refused.
    public var forbidsOwnWork: Bool

    public init(from: TaskState, roles: Set<Role>, owner: Bool = false, forbidsOwnWork: Bool = false) {
        self.from = from
        self.roles = roles
        self.owner = owner
        self.forbidsOwnWork = forbidsOwnWork
    }
}

/// Who may do what: one table (`accessRules`, in AccessRules.swift) for every change, and for tasks the state
/// each action starts from (`taskRules`). Read by `Board.validate`, the screens and the command line alike.
public enum Permissions {
    /// Roles that verify, send back and reopen: supervisors and above (验收).
    public static let verifiers: Set<Role> = [.townshipSupervisor, .countyOfficeHead, .admin]

    /// The task rules: each action, the state it starts from, and who may take it (roles from `accessRules`).
    public static let taskRules: [TaskAction: TaskRule] = {
        func roles(_ a: TaskAction) -> Set<Role> {
            let rule = accessRule(BoardAction.of(a))
            return rule.inScope.union(rule.anywhere)
        }
        return [
            .markDone: TaskRule(from: .open, roles: roles(.markDone), owner: true),
            .verify: TaskRule(from: .done, roles: roles(.verify), forbidsOwnWork: true),
            .sendBack: TaskRule(from: .done, roles: roles(.sendBack)),
            .reopen: TaskRule(from: .verified, roles: roles(.reopen)),
        ]
    }()

    /// The rule for an action.
    public static func rule(_ action: TaskAction) -> TaskRule {
        taskRules[action] ?? TaskRule(from: .open, roles: [])
    }

    /// Why `user` may not take `action` on `task`, or nil when they may. Checked in the order a user
    /// can act on: account, role, scope (from `accessRules`), the task's state, own work.
    public static func check(_ action: TaskAction, user: User, task: WorkTask, board: Board) -> PermissionDenial? {
        let rule = rule(action)
        if let denial = authorize(BoardAction.of(action), user: user, target: .task(task), board: board) { return denial }
        if task.state != rule.from { return .wrongState }
        if rule.forbidsOwnWork && (task.doneBy == user.id || task.owner == user.id) { return .ownWork }
        return nil
    }

    /// Whether `user` may take `action` on `task`.
    public static func allows(_ action: TaskAction, user: User, task: WorkTask, board: Board) -> Bool {
        check(action, user: user, task: task, board: board) == nil
    }
}

extension PermissionDenial {
    /// The refusal in plain English, for the command line and logs (the screens use their catalogue).
    public var explanation: String {
        switch self {
        case .unknownUser: "not a user of this store"
        case .userDisabled: "the account is disabled"
        case .roleNotAllowed: "the role does not allow it"
        case .outsideScope: "it lies outside the user's scope"
        case .wrongState: "the task is not in the state this starts from"
        case .ownWork: "nobody verifies their own work"
        case .lastAdmin: "it would leave the store without an active admin"
        case .ownHousehold: "a household's responsible cadre does not decide its status alone"
        }
    }
}
