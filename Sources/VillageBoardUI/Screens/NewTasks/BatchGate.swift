import VillageBoardCore
import VillageBoardText

/// Whether the user may create tasks from a measure here, and if not, why: the permission table's `addTask` row,
/// asked of the screen's place (each household is checked again by the board when the batch is saved).
enum BatchGate {
    static func reason(_ ctx: ScreenContext, place: DivisionCode? = nil) -> TextKey? {
        if ctx.readOnly { return ctx.readOnlyWhy }
        guard let user = ctx.user else { return "tasks.denied.noUser" }
        let target: AccessTarget = (place ?? ctx.scope).map { .unit($0) } ?? .board
        return Permissions.allows(.addTask, user: user, target: target, board: ctx.board) ? nil : "batch.denied.role"
    }

    /// Whether this user's role may create tasks at all: the hint bar offers the key only then.
    static func roleMay(_ ctx: ScreenContext) -> Bool {
        guard let user = ctx.user else { return false }
        let rule = Permissions.accessRule(.addTask)
        return rule.inScope.contains(user.role) || rule.anywhere.contains(user.role)
    }
}
