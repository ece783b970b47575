import VillageBoardCore
import VillageBoardText

/// Whether the task board offers an action on a task now, and if not, why (as a text key for the
/// hint bar, `?` and the status line). The domain's `Permissions` decides; read-only stores refuse first.
enum TaskActionGate {
    static func reason(_ action: TaskAction, task: WorkTask?, ctx: ScreenContext) -> TextKey? {
        if ctx.readOnly { return ctx.readOnlyWhy }
        guard let user = ctx.user else { return "tasks.denied.noUser" }
        guard let task else { return "tasks.denied.noTask" }
        guard let denial = Permissions.check(action, user: user, task: task, board: ctx.board) else { return nil }
        return key(denial, action)
    }

    /// The text of a refusal: role and state refusals name the action, the others are the same for all.
    static func key(_ denial: PermissionDenial, _ action: TaskAction) -> TextKey {
        switch (denial, action) {
        case (.roleNotAllowed, .markDone): "tasks.denied.markDone.roleNotAllowed"
        case (.roleNotAllowed, .verify): "tasks.denied.verify.roleNotAllowed"
        case (.roleNotAllowed, .sendBack): "tasks.denied.sendBack.roleNotAllowed"
        case (.roleNotAllowed, .reopen): "tasks.denied.reopen.roleNotAllowed"
        case (.wrongState, .markDone): "tasks.denied.markDone.wrongState"
        case (.wrongState, .verify): "tasks.denied.verify.wrongState"
        case (.wrongState, .sendBack): "tasks.denied.sendBack.wrongState"
        case (.wrongState, .reopen): "tasks.denied.reopen.wrongState"
        case (.unknownUser, _): "tasks.denied.unknownUser"
        case (.userDisabled, _): "tasks.denied.userDisabled"
        case (.outsideScope, _): "tasks.denied.outsideScope"
        case (.ownWork, _): "tasks.denied.ownWork"
        case (.lastAdmin, _): "tasks.denied.lastAdmin"
        case (.ownHousehold, _): "access.denied.ownHousehold"
        }
    }

    /// The help text of a task action's key.
    static func help(_ a: TaskAction) -> TextKey {
        switch a {
        case .markDone: "action.markTaskDone"
        case .verify: "action.verifyTask"
        case .sendBack: "action.sendBackTask"
        case .reopen: "action.reopenTask"
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
