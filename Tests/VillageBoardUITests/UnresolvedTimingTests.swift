import Testing
import TerminalKit
import VillageBoardCore
import VillageBoardDemo
import VillageBoardStore
@testable import VillageBoardUI
import VillageBoardText

/// How long the lists take on a synthetic board of 100,000 households: printed, not asserted (machines differ).
@Suite struct UnresolvedTimingTests {
    static func ms(_ d: Duration) -> String {
        let c = d.components
        return String(format: "%.2f ms", Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15)
    }

    /// Runs `body` and prints its time with `label`.
    @discardableResult
    static func timed<T>(_ label: String, _ body: () -> T) -> T {
        let clock = ContinuousClock()
        var result: T?
        let d = clock.measure { result = body() }
        print("[lists timing] \(label): \(ms(d))")
        guard let result else { return body() }
        return result
    }

    @Test func unresolvedListAndTaskBoardAt100000Households() {
        let today = Day(iso: "2020-06-30") ?? Day(daysSinceEpoch: 18_443)
        let board = Self.timed("generate 100,000 households") { SyntheticBoard.generate(households: 100_000, seed: 1, today: today) }
        let ctx = ScreenContext(board: board, text: Catalog(.zh), glyphs: .unicode, user: nil, readOnly: false)
        let size = Size(width: 120, height: 40)
        var app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: HomeScreenSet.chart(ctx), size: size)
        Self.timed("build the unresolved list (key 2)") { _ = app.handle(.char("2")) }
        let count = (app.top as? UnresolvedScreen)?.rows.count ?? 0
        print("[lists timing] unresolved households listed: \(count) of \(board.households.count)")
        #expect(count > 0)
        Self.timed("one cursor move (j)") { _ = app.handle(.char("j")) }
        Self.timed("page down") { _ = app.handle(.pageDown) }
        Self.timed("to the last row (G)") { _ = app.handle(.char("G")) }
        var canvas = Canvas(size: size)
        Self.timed("draw one frame") { app.render(into: &canvas) }
        Self.timed("first search (prepares the names)") {
            _ = app.handle(.char("/"))
            _ = ListsFixture.type("zs", into: &app)
        }
        Self.timed("second search") {
            _ = app.handle(.char("/"))
            _ = ListsFixture.type("wl", into: &app)
        }
        Self.timed("next match (n)") { _ = app.handle(.char("n")) }
        Self.timed("filter: overdue only (o)") { _ = app.handle(.char("o")) }
        Self.timed("filter menu: cause (r)") { _ = app.handle(.char("r")) }
        Self.timed("choose a cause") { _ = app.handle(.char("2")) }
        for _ in 0..<8 {
            Self.timed("sort (s) by the next column") { _ = app.handle(.char("s")) }
        }
        #expect((app.top as? UnresolvedScreen)?.sortColumn == .head)

        // The list with every household in it, to see the costs at 100,000 rows.
        guard var screen = app.top as? UnresolvedScreen, let scope = screen.scope else { return }
        _ = screen.update(.clearFilter, ctx)
        Self.timed("100,000 rows: build") {
            screen.base = UnresolvedRows.build(board: board, scope: scope, everyHousehold: true)
            screen.order = UnresolvedSort.order(screen.base, by: screen.sortColumn, ascending: screen.ascending)
            screen.finder = ListSearch()
            screen.refilter(ctx)
        }
        print("[lists timing] rows: \(screen.rows.count)")
        Self.timed("100,000 rows: one cursor move") { _ = screen.update(.down, ctx) }
        Self.timed("100,000 rows: to the last row") { _ = screen.update(.bottom, ctx) }
        Self.timed("100,000 rows: draw one frame") { screen.render(ctx, into: &canvas, area: Rect(x: 0, y: 0, width: 120, height: 37)) }
        Self.timed("100,000 rows: first search (prepares the names)") { _ = screen.search("zs", ctx) }
        Self.timed("100,000 rows: second search") { _ = screen.search("王", ctx) }
        Self.timed("100,000 rows: filter overdue only") { _ = screen.update(.filterOverdue, ctx) }
        Self.timed("100,000 rows: clear filters") { _ = screen.update(.clearFilter, ctx) }
        for _ in 0..<UnresolvedColumn.allCases.count {
            Self.timed("100,000 rows: sort by the next column") { _ = screen.update(.sortNext, ctx) }
        }

        Self.timed("build the task board (key 3)") { _ = app.handle(.char("3")) }
        let tasks = (app.top as? TaskBoardScreen).map { s in TaskState.allCases.map { s.taskIndices($0).count } } ?? []
        print("[lists timing] tasks open/done/verified: \(tasks)")
        Self.timed("task board: one cursor move (j)") { _ = app.handle(.char("j")) }
        Self.timed("task board: Tab") { _ = app.handle(.tab) }
        Self.timed("task board: draw one frame") { app.render(into: &canvas) }
    }
}
