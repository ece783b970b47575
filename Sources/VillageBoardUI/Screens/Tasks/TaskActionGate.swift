import VillageBoardCore

/// Whether the task board offers an action on a task now, and if not, why (as a text key for the
/// hint bar, `?` and the status line). The domain's `Permissions` decides; read-only stores refuse first.
enum TaskActionGate {
    static func reason(_ action: TaskAction, task: WorkTask?, ctx: ScreenContext) -> TextKey? {
        if ctx.readOnly { return "status.readOnlyRefused" }
        guard let user = ctx.user else { return "tasks.denied.noUser" }
        guard let task else { return "tasks.denied.noTask" }
        guard let denial = Permissions.check(action, user: user, task: task, board: ctx.board) else { return nil }
        return key(denial, action)
    }

    /// The text of a refusal: role and state refusals name the action, the others are the same for all.
    static func key(_ denial: PermissionDenial, _ action: TaskAction) -> TextKey {
        switch denial {
        case .roleNotAllowed, .wrongState: TextKey("tasks.denied.\(action.rawValue).\(denial.rawValue)")
        case .unknownUser, .userDisabled, .outsideScope, .ownWork, .lastAdmin: TextKey("tasks.denied.\(denial.rawValue)")
        }
    }

    /// The screen action for a task action.
    static func action(_ a: TaskAction) -> Action {
        switch a {
        case .markDone: .markTaskDone
        case .verify: .verifyTask
        case .sendBack: .sendBackTask
        case .reopen: .reopenTask
        }
    }
}
