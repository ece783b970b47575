import VillageBoardCore

/// The four top-level views the number keys switch between, for the user's scope.
public enum HomeScreenSet {
    /// The chart of the user's scope; a village cadre's scope is one village, so they start on its board.
    public static func chart(_ ctx: ScreenContext) -> any Screen {
        let scope = ctx.scope ?? DivisionCode(value: 0)!
        if ctx.board.unit(scope)?.level == .village { return VillageBoardScreen(village: scope, ctx: ctx) }
        return BattleChartScreen(scope: scope, ctx: ctx)
    }

    public static func make() -> HomeScreens {
        HomeScreens(
            chart: { ctx in chart(ctx) },
            unresolved: { ctx in UnresolvedScreen(ctx: ctx) },
            tasks: { ctx in TaskBoardScreen(ctx: ctx) },
            reports: { ctx in ReportsScreen(ctx: ctx) })
    }
}
