import Testing
import TerminalKit
import VillageBoardCore
import VillageBoardText
import VillageBoardDemo
@testable import VillageBoardUI

/// The lists on a synthetic board of many households say what the board holds, whatever was done to them on the
/// way. How long they take is measured by the bench (`village-board-bench`, keys.*), not here.
@Suite struct UnresolvedScaleTests {
    @Test func unresolvedListAndTaskBoardOnALargeBoard() throws {
        let today = Day(iso: "2020-06-30") ?? Day(daysSinceEpoch: 18_443)
        let board = SyntheticBoard.generate(households: 20_000, seed: 1, today: today)
        let ctx = ScreenContext(board: board, text: Catalog(.zh), glyphs: .unicode, user: nil, readOnly: false)
        let size = Size(width: 120, height: 40)
        var app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: HomeScreenSet.chart(ctx), size: size)
        _ = app.handle(.char("2"))
        let list = try #require(app.top as? UnresolvedScreen)
        let scope = try #require(list.scope)
        let inScope = board.householdIndices(under: scope)
        let unresolved = inScope.filter { board.households[$0].isUnresolved }
        #expect(!unresolved.isEmpty)
        #expect(list.rows.count == unresolved.count, "every unresolved household in scope is listed, once")

        _ = app.handle(.char("G"))
        let atEnd = try #require(app.top as? UnresolvedScreen)
        #expect(atEnd.cursor.selected == atEnd.rows.count - 1)

        // Sorting by every column in turn comes back to the first, and never loses or adds a row.
        let first = atEnd.sortColumn
        for _ in UnresolvedColumn.allCases {
            _ = app.handle(.char("s"))
            #expect((app.top as? UnresolvedScreen)?.rows.count == unresolved.count)
        }
        #expect((app.top as? UnresolvedScreen)?.sortColumn == first)

        // The list with every household in it.
        var screen = atEnd
        _ = screen.update(.clearFilter, ctx)
        screen.base = UnresolvedRows.build(board: board, scope: scope, everyHousehold: true)
        screen.order = UnresolvedSort.order(screen.base, by: screen.sortColumn, ascending: screen.ascending)
        screen.finder = ListSearch()
        screen.refilter(ctx)
        #expect(screen.rows.count == inScope.count)
        _ = screen.update(.filterOverdue, ctx)
        let overdue = screen.rows.count
        #expect(overdue < inScope.count)
        _ = screen.update(.clearFilter, ctx)
        #expect(screen.rows.count == inScope.count, "clearing the filter brings every row back")
        var canvas = Canvas(size: size)
        screen.render(ctx, into: &canvas, area: Rect(x: 0, y: 0, width: 120, height: 37))
        #expect(canvas.lines().contains { $0.contains { $0 != " " } })

        _ = app.handle(.char("3"))
        let tasks = try #require(app.top as? TaskBoardScreen)
        let shown = TaskState.allCases.map { tasks.taskIndices($0).count }.reduce(0, +)
        #expect(shown == board.taskIndices(under: scope).count, "each task of the scope is in exactly one pane")
    }
}
