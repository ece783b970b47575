import TerminalKit
import VillageBoardCore

extension BattleChartScreen {
    public var canSearch: Bool { true }

    /// `/` on the chart: the village best matching by name or pinyin initials (三道湖 or sdh) gets the cursor — in the
    /// list and on the map where it is drawn; on the tiles the chart goes down to the village's township, one screen
    /// per level as Enter would (so Esc comes back the same way), with the village's tile under the cursor.
    public mutating func search(_ query: String, _ ctx: ScreenContext) -> Outcome? {
        let board = ctx.board
        let found = FuzzyMatcher.rank(query: query, items: layoutCache.villages) { [board.unit($0)?.name ?? ""] }
        guard let best = found.first else { return .message(StatusMessage(ctx.text("search.none", query), isError: true)) }
        selected = best
        keepSelectionVisible()
        let name = board.unit(best)?.name ?? best.description
        let message = Outcome.message(StatusMessage(ctx.text("chart.search.found", name, found.count)))
        guard mode == .tiles else { return message }
        tileScroll = grid.scroll(showing: tileIndex(board) ?? 0, from: tileScroll)
        let path = board.path(to: best).map(\.code)
        guard let here = path.firstIndex(of: scope) else { return message }
        // The units between the scope and the village: one chart each, the village selected in every one.
        let levels = path.dropFirst(here + 1).dropLast()
        let pushes = levels.map { Outcome.push(BattleChartScreen(scope: $0, selected: best, mode: .tiles, ctx: ctx)) }
        return .all(pushes + [message])
    }
}
