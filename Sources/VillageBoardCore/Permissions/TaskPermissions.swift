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
        case .verifyTask(let id): (.verify, id)
        case .sendBackTask(let id, _): (.sendBack, id)
        case .reopenTask(let id, _): (.reopen, id)
        default: nil
        }
    }
}

/// Why a user may not take an action; the screens turn it into text, the command line into a message.
public enum PermissionDenial: String, CaseIterable, Hashable, Sendable {
    /// The user's account is disabled.
    case userDisabled
    /// The user's role may not take this action on this task (e.g. a village cadre verifying).
    case roleNotAllowed
    /// The task's village lies outside the user's scope.
    case outsideScope
    /// The task is not in the state the action starts from.
    case wrongState
    /// Nobody verifies their own work: this user marked the task done.
    case ownWork
}

/// One row of the permission table: who may take an action, on which tasks.
public struct TaskRule: Hashable, Sendable {
    /// The state the task must be in.
    public var from: TaskState
    /// Roles that may act on any task whose village lies in their scope.
    public var roles: Set<Role>
    /// Whether the task's owner may act on it whatever their role and scope.
    public var owner: Bool
    /// Whether the user who marked the task done is refused.
    public var forbidsOwnWork: Bool

    public init(from: TaskState, roles: Set<Role>, owner: Bool = false, forbidsOwnWork: Bool = false) {
        self.from = from
        self.roles = roles
        self.owner = owner
        self.forbidsOwnWork = forbidsOwnWork
    }
}

/// Who may do what: one table, read by the task board and (later) every other place that changes tasks.
public enum Permissions {
    /// Roles that verify, send back and reopen: supervisors and above (验收).
    public static let verifiers: Set<Role> = [.townshipSupervisor, .countyOfficeHead, .admin]

    /// The task rules: each action, the state it starts from, and who may take it.
    public static let taskRules: [TaskAction: TaskRule] = [
        .markDone: TaskRule(from: .open, roles: [.villageCadre], owner: true),
        .verify: TaskRule(from: .done, roles: verifiers, forbidsOwnWork: true),
        .sendBack: TaskRule(from: .done, roles: verifiers),
        .reopen: TaskRule(from: .verified, roles: verifiers),
    ]

    /// The rule for an action.
    public static func rule(_ action: TaskAction) -> TaskRule {
        taskRules[action] ?? TaskRule(from: .open, roles: [])
    }

    /// Why `user` may not take `action` on `task`, or nil when they may. Checked in the order a user
    /// can act on: account, role, scope, the task's state, own work.
    public static func check(_ action: TaskAction, user: User, task: WorkTask, board: Board) -> PermissionDenial? {
        let rule = rule(action)
        if user.disabled { return .userDisabled }
        let isOwner = rule.owner && task.owner == user.id
        if !isOwner {
            guard rule.roles.contains(user.role) else { return .roleNotAllowed }
            guard let village = board.village(of: task), board.isInside(village, scope: user.scope) else {
                return .outsideScope
            }
        }
        if task.state != rule.from { return .wrongState }
        if rule.forbidsOwnWork && task.doneBy == user.id { return .ownWork }
        return nil
    }

    /// Whether `user` may take `action` on `task`.
    public static func allows(_ action: TaskAction, user: User, task: WorkTask, board: Board) -> Bool {
        check(action, user: user, task: task, board: board) == nil
    }
}
