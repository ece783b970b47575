import VillageBoardCore
import VillageBoardText

/// Whether the user may draw a 回头看 sample in a place or re-check a household, and if not, why: the permission
/// table's `recheck` row (township and county supervisors in their scope, admins anywhere; never the household's own
/// cadre). The board asks the same table again when the change is saved.
enum RecheckGate {
    static func reason(_ ctx: ScreenContext, place: DivisionCode?) -> TextKey? {
        if ctx.readOnly { return ctx.readOnlyWhy }
        guard let user = ctx.user else { return "tasks.denied.noUser" }
        let target: AccessTarget = place.map { .unit($0) } ?? .board
        return Permissions.authorize(.recheck, user: user, target: target, board: ctx.board).map { TextKey.reason($0) }
    }

    static func reason(_ ctx: ScreenContext, household id: HouseholdID) -> TextKey? {
        if ctx.readOnly { return ctx.readOnlyWhy }
        guard let user = ctx.user else { return "tasks.denied.noUser" }
        let board = ctx.board
        guard let h = board.household(id) else { return "rcs.noHousehold" }
        return Permissions.authorize(.recheck, user: user, target: .household(h), board: board).map { TextKey.reason($0) }
    }
}
