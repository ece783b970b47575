import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// The task board's filters as text at 80×24 in Chinese and English: the village chooser open (full height, typed to
/// narrow), then a village and "overdue" on, named in the header and the hint bar.
@Suite struct TaskFilterSnapshotTests {
    static let size = Size(width: 80, height: 24)

    @Test(arguments: Language.allCases)
    func villageChooserAndFiltersOn(language: Language) {
        var app = ListsFixture.app("3", ListsFixture.ctx(language), size: Self.size)
        _ = app.handle(.char("V"))
        SnapshotAssertion.check(ListsFixture.lines(app, size: Self.size), screen: "TaskFilters", name: "\(language)-village-chooser")
        _ = app.handle(.char("2"))
        _ = app.handle(.char("O"))
        SnapshotAssertion.check(ListsFixture.lines(app, size: Self.size), screen: "TaskFilters", name: "\(language)-village-overdue")
    }

    @Test(arguments: Language.allCases)
    func ownerChooserNarrowedByTyping(language: Language) {
        var app = ListsFixture.app("3", ListsFixture.ctx(language), size: Self.size)
        _ = app.handle(.char("p"))
        SnapshotAssertion.check(ListsFixture.lines(app, size: Self.size), screen: "TaskFilters", name: "\(language)-owner-chooser")
    }

    /// Every row shown passes the filters, the counts in the tabs are the filtered ones, and `x` brings all back.
    @Test func filtersNarrowEveryPaneAndClear() throws {
        let ctx = ListsFixture.ctx(.zh)
        var screen = TaskBoardScreen(ctx: ctx)
        let all = TaskState.allCases.map { screen.taskIndices($0).count }
        let board = ctx.board
        let village = try #require(screen.taskIndices(.open).first.flatMap { board.village(of: board.tasks[$0]) })
        _ = screen.update(.filterVillage, ctx)
        _ = screen.input(.char("1"), ctx)   // "all" keeps nothing narrowed
        #expect(screen.filters.isEmpty)
        _ = screen.update(.filterOverdue, ctx)
        #expect(screen.taskIndices(.open).allSatisfy { board.tasks[$0].isOverdue(on: board.today) })
        #expect(screen.taskIndices(.done).isEmpty && screen.taskIndices(.verified).isEmpty)
        _ = screen.update(.filterOverdue, ctx)
        _ = screen.update(.filterDueWeek, ctx)
        let weekEnd = TaskFilters.endOfWeek(board.today)
        #expect(screen.taskIndices(.open).allSatisfy { !(board.tasks[$0].due < board.today) && !(weekEnd < board.tasks[$0].due) })
        _ = screen.update(.clearFilter, ctx)
        #expect(TaskState.allCases.map { screen.taskIndices($0).count } == all)
        var f = TaskFilters()
        f.village = village
        screen.setFilters(f, ctx)
        #expect(!screen.taskIndices(.open).isEmpty)
        #expect(TaskState.allCases.allSatisfy { s in screen.taskIndices(s).allSatisfy { board.village(of: board.tasks[$0]) == village } })
    }

    /// Weeks run Monday to Sunday.
    @Test func endOfWeekIsSunday() throws {
        let thursday = try #require(Day(year: 2020, month: 9, day: 3))
        #expect(TaskFilters.endOfWeek(thursday).iso == "2020-09-06")
        let sunday = try #require(Day(year: 2020, month: 9, day: 6))
        #expect(TaskFilters.endOfWeek(sunday).iso == "2020-09-06")
        let monday = try #require(Day(year: 2020, month: 9, day: 7))
        #expect(TaskFilters.endOfWeek(monday).iso == "2020-09-13")
    }
}
