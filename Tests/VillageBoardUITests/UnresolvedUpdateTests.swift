import Testing
import TerminalKit
import VillageBoardCore
import VillageBoardStore
@testable import VillageBoardUI

/// Every key of the unresolved list: filters and their menus, sort, search by name and initials, n/N,
/// Enter, and rebuilding after a change.
@Suite struct UnresolvedUpdateTests {
    static let jingyu = ListsFixture.code("220622000000")
    static let sandaohu = ListsFixture.code("220622101000")

    func screen(_ app: AppModel) -> UnresolvedScreen? { app.top as? UnresolvedScreen }

    func households(_ app: AppModel) -> [Household] {
        guard let s = screen(app) else { return [] }
        return s.rows.map { app.ctx.board.households[s.base[$0].household] }
    }

    func selected(_ app: AppModel) -> Household? {
        guard let s = screen(app), let row = s.selectedRow else { return nil }
        return app.ctx.board.households[row.household]
    }

    /// Registers a household with these members in 太平村, as the demo's admin.
    func adding(_ names: [String], id: String, to board: Board, mark: HouseholdMark = HouseholdMark(.notOut)) -> Board {
        let hid = HouseholdID(id)
        let members = names.enumerated().map { i, name in
            Member(id: MemberID("\(id)-\(i + 1)"), name: name, relation: i == 0 ? .head : .other, birthYear: 1970)
        }
        let h = Household(id: hid, village: ListsFixture.code("220622101201"), mark: mark,
                          mainCause: .illness, members: members)
        return ListsFixture.applying(.registerHousehold(h), to: board)
    }

    @Test func listsEveryUnresolvedHouseholdOfTheScopeOnce() {
        let app = ListsFixture.app("2", ListsFixture.ctx())
        let board = ListsFixture.demo
        let expected = board.householdIndices(under: Self.sandaohu).filter { board.households[$0].isUnresolved }
        #expect(screen(app)?.rows.count == expected.count)
        #expect(Set(screen(app)?.base.map(\.household) ?? []) == Set(expected))
        #expect(households(app).allSatisfy { $0.isUnresolved })
    }

    @Test func enterOpensTheSelectedHousehold() {
        var app = ListsFixture.app("2", ListsFixture.ctx())
        _ = app.handle(.down)
        _ = app.handle(.down)
        let chosen = selected(app)?.id
        _ = app.handle(.enter)
        #expect((app.top as? HouseholdScreen)?.household == chosen)
        #expect(app.stack.count == 2)
        _ = app.handle(.escape)
        #expect(selected(app)?.id == chosen, "coming back keeps the selection")
    }

    @Test func sortStepsThroughEveryColumnAndReverses() {
        var app = ListsFixture.app("2", ListsFixture.ctx(user: "admin"))
        for column in UnresolvedColumn.allCases.dropFirst(2) + [.head, .place] {
            _ = app.handle(.char("s"))
            guard let s = screen(app) else { return }
            #expect(s.sortColumn == column)
            let all = UnresolvedSort.keys(s.base, by: column)
            let keys = s.rows.map { all[$0] }
            let sorted = s.ascending ? keys == keys.sorted() : keys == keys.sorted(by: >)
            #expect(sorted, "rows follow \(column)")
        }
        guard let before = screen(app)?.rows else { return }
        _ = app.handle(.char("S"))
        #expect(screen(app)?.ascending == false)
        #expect(screen(app)?.rows != before)
        #expect(Set(screen(app)?.rows ?? []) == Set(before))
    }

    @Test func countsSortLargestFirstAndStatusMessageNamesTheColumn() {
        var app = ListsFixture.app("2", ListsFixture.ctx())
        for _ in UnresolvedColumn.place.rawValue..<UnresolvedColumn.overdue.rawValue { _ = app.handle(.char("s")) }
        #expect(screen(app)?.sortColumn == .overdue)
        #expect(screen(app)?.ascending == false)
        #expect(app.status?.text == "按“逾期”排序")
        let first = screen(app).flatMap { s in s.rows.first.map { s.base[$0].overdueTasks } } ?? 0
        #expect(first == screen(app)?.base.map(\.overdueTasks).max())
    }

    @Test func countyTownshipAndVillageMenusNarrowTheList() {
        var app = ListsFixture.app("2", ListsFixture.ctx(user: "admin"))
        let board = ListsFixture.demo
        _ = app.handle(.char("c"))
        #expect(screen(app)?.menu?.slot == .county)
        // Entry 5 is 靖宇县 (entry 1 is "all", then the counties in code order).
        _ = app.handle(.char("5"))
        #expect(screen(app)?.menu == nil)
        #expect(screen(app)?.filters.county == Self.jingyu)
        #expect(households(app).allSatisfy { board.isInside($0.village, scope: Self.jingyu) })
        #expect(app.status?.text == "显示 \(screen(app)?.rows.count ?? -1) 户")

        _ = app.handle(.char("t"))
        let townships = screen(app)?.menu?.options.dropFirst().map(\.choice) ?? []
        #expect(!townships.isEmpty)
        #expect(townships.allSatisfy { if case .unit(let c) = $0 { board.isInside(c, scope: Self.jingyu) } else { false } })
        let sandaohu = townships.firstIndex(of: .unit(Self.sandaohu)) ?? 0
        for _ in 0...sandaohu { _ = app.handle(.down) }
        _ = app.handle(.enter)
        #expect(screen(app)?.filters.township == Self.sandaohu)
        #expect(households(app).allSatisfy { board.isInside($0.village, scope: Self.sandaohu) })

        _ = app.handle(.char("v"))
        _ = app.handle(.char("2"))
        guard let village = screen(app)?.filters.village else {
            Issue.record("no village chosen")
            return
        }
        #expect(!households(app).isEmpty)
        #expect(households(app).allSatisfy { $0.village == village })
        let line = ListsFixture.lines(app, size: Size(width: 80, height: 24))[1]
        #expect(line.contains("靖宇县 · 三道湖镇 · " + (board.unit(village)?.name ?? "?")), "the filter line: \(line)")

        // Choosing another county drops the township and village that are not in it.
        _ = app.handle(.char("c"))
        _ = app.handle(.char("2"))
        #expect(screen(app)?.filters.county != Self.jingyu)
        #expect(screen(app)?.filters.township == nil && screen(app)?.filters.village == nil)
    }

    @Test func menuCountsAndKeys() {
        var app = ListsFixture.app("2", ListsFixture.ctx(user: "admin"))
        _ = app.handle(.char("i"))
        guard let menu = screen(app)?.menu else {
            Issue.record("no menu")
            return
        }
        // "All" counts every household; each item counts the households lacking it.
        #expect(menu.options.first?.count == screen(app)?.base.count)
        for option in menu.options.dropFirst() {
            guard case .item(let item) = option.choice else { continue }
            #expect(option.count == screen(app)?.base.filter { $0.lacks(item) }.count)
        }
        // A number past the entries shown does nothing. Typing narrows by name or pinyin initials ("zf" → 住房安全);
        // Esc clears what was typed, then closes the menu without leaving the screen.
        _ = app.handle(.char("9"))
        #expect(screen(app)?.menu != nil)
        _ = app.handle(.char("z"))
        _ = app.handle(.char("f"))
        #expect(screen(app)?.menu?.shown.compactMap { screen(app)?.menu?.options[$0].label } == ["住房安全"])
        _ = app.handle(.backspace)
        _ = app.handle(.backspace)
        #expect(screen(app)?.menu?.shown.count == menu.options.count)
        _ = app.handle(.char("z"))
        _ = app.handle(.escape)
        #expect(screen(app)?.menu?.query == "")
        _ = app.handle(.escape)
        #expect(screen(app)?.menu == nil)
        #expect(app.stack.count == 1)
        #expect(screen(app)?.filters.isEmpty == true)
        // Choose an item, then "all" clears it again.
        _ = app.handle(.char("i"))
        _ = app.handle(.char("2"))
        guard let item = screen(app)?.filters.item else {
            Issue.record("no item chosen")
            return
        }
        #expect(households(app).allSatisfy { $0.checklist[item].state == .notMet })
        _ = app.handle(.char("i"))
        _ = app.handle(.char("1"))
        #expect(screen(app)?.filters.item == nil)
    }

    /// A township supervisor may not see health: the cause menu offers no 因病 or 因残 and the list never filters by
    /// them, while an admin's menu does (the demo has households of both).
    @Test func healthCausesAreNotOfferedToThoseWhoMayNotSeeHealth() {
        func causes(_ user: String) -> [PovertyCause] {
            var app = ListsFixture.app("2", ListsFixture.ctx(user: user))
            _ = app.handle(.char("r"))
            return screen(app)?.menu?.options.compactMap { if case .cause(let c) = $0.choice { c } else { nil } } ?? []
        }
        let admin = causes("admin"), supervisor = causes("sandaohu-sup")
        #expect(admin.contains(.illness) && admin.contains(.disability))
        #expect(!supervisor.contains(where: Privacy.carriesHealth), "\(supervisor)")
        #expect(!supervisor.isEmpty, "other causes are still offered")
    }

    /// Sorted by cause, a township supervisor's list must not group the health causes it masks (因病 apart from 因残):
    /// those rows sort as the masked value they show, one group in list order.
    @Test func sortingByCauseKeepsMaskedHealthCausesInOneGroup() {
        var app = ListsFixture.app("2", ListsFixture.ctx(user: "sandaohu-sup"))
        while screen(app)?.sortColumn != .cause { _ = app.handle(.char("s")) }
        guard let s = screen(app) else { return }
        let board = app.ctx.board
        let user = app.ctx.user
        let masked = s.rows.filter { p in
            let h = board.households[s.base[p].household]
            return h.mainCause.map(Privacy.carriesHealth) == true && !Privacy.seesHealth(in: h, for: user, board: board)
        }
        #expect(Set(masked.map { board.households[s.base[$0].household].mainCause }).count == 2, "the demo has both")
        #expect(masked == masked.sorted(), "masked rows keep list order: the sort did not read the hidden cause")
        if let first = s.rows.firstIndex(of: masked.first ?? -1) {
            #expect(Array(s.rows[first..<(first + masked.count)]) == masked, "one group")
        }
    }

    @Test func causeCadreOverdueAndMonitoredFilters() {
        var app = ListsFixture.app("2", ListsFixture.ctx(user: "admin"))
        let all = screen(app)?.rows.count ?? 0
        _ = app.handle(.char("r"))
        _ = app.handle(.char("2"))
        let cause = screen(app)?.filters.cause
        #expect(cause != nil)
        #expect(households(app).allSatisfy { $0.mainCause == cause })
        _ = app.handle(.char("x"))
        #expect(screen(app)?.filters.isEmpty == true)
        #expect(screen(app)?.rows.count == all)

        _ = app.handle(.char("p"))
        _ = app.handle(.char("2"))
        guard case .cadre(let cadre)? = screen(app)?.filters.cadre else {
            Issue.record("no cadre chosen")
            return
        }
        #expect(!households(app).isEmpty)
        #expect(households(app).allSatisfy { $0.cadre == cadre })
        _ = app.handle(.char("x"))

        _ = app.handle(.char("o"))
        #expect(screen(app)?.filters.overdueOnly == true)
        let board = ListsFixture.demo
        #expect(!households(app).isEmpty)
        #expect(households(app).allSatisfy { h in
            board.taskIndices(forHousehold: h.id).contains { board.tasks[$0].isOverdue(on: board.today) }
        })
        _ = app.handle(.char("m"))
        #expect(households(app).allSatisfy { $0.isMonitored })
        _ = app.handle(.char("o"))
        _ = app.handle(.char("m"))
        #expect(screen(app)?.rows.count == all)
    }

    @Test func searchByNameAndByInitialsThenStepWithN() {
        var board = adding(["单志远", "单丽"], id: "220622101201-9001", to: ListsFixture.demo)
        board = adding(["曾国平"], id: "220622101201-9002", to: board)
        var app = ListsFixture.app("2", ListsFixture.ctx(board: board))
        _ = app.handle(.char("/"))
        _ = ListsFixture.type("szy", into: &app)
        #expect(selected(app)?.id.raw == "220622101201-9001", "单 reads Shàn: szy → 单志远")
        #expect(app.status?.text.contains("找到") == true)

        _ = app.handle(.char("/"))
        _ = ListsFixture.type("zgp", into: &app)
        #expect(selected(app)?.id.raw == "220622101201-9002", "曾 reads Zēng: zgp → 曾国平")

        // A member's name, not only the head's, and Chinese text anywhere in a name.
        _ = app.handle(.char("/"))
        _ = ListsFixture.type("单丽", into: &app)
        #expect(selected(app)?.id.raw == "220622101201-9001")

        // Several matches: n and N step through them, wrapping.
        let names = households(app).map(\.headName)
        let surname = names.first { n in names.filter { $0.first == n.first }.count >= 3 }?.first
        guard let surname else {
            Issue.record("the demo has no surname three times in 三道湖镇")
            return
        }
        _ = app.handle(.char("g"))
        _ = app.handle(.char("/"))
        _ = ListsFixture.type(String(surname), into: &app)
        let matches = screen(app)?.finder.matches ?? []
        #expect(matches.count == names.filter { $0.contains(surname) }.count)
        #expect(screen(app)?.cursor.selected == matches.first)
        _ = app.handle(.char("n"))
        #expect(screen(app)?.cursor.selected == matches[1])
        _ = app.handle(.char("N"))
        _ = app.handle(.char("N"))
        #expect(screen(app)?.cursor.selected == matches.last, "N wraps to the last match")
        _ = app.handle(.char("n"))
        #expect(screen(app)?.cursor.selected == matches.first, "n wraps to the first")
    }

    @Test func searchWithoutMatchesSaysSo() {
        var app = ListsFixture.app("2", ListsFixture.ctx(.en))
        _ = app.handle(.char("n"))
        #expect(app.status?.isError == true)
        _ = app.handle(.char("/"))
        _ = ListsFixture.type("qqqq", into: &app)
        #expect(app.status?.isError == true)
        #expect(screen(app)?.finder.matches.isEmpty == true)
    }

    @Test func aChangeOnTheBoardRebuildsTheListAndKeepsTheSelection() {
        var app = ListsFixture.app("2", ListsFixture.ctx())
        _ = app.handle(.char("G"))
        let chosen = selected(app)?.id
        let count = screen(app)?.rows.count ?? 0
        let board = adding(["王新户"], id: "220622101201-9003", to: app.ctx.board)
        app.follow(board)
        #expect(screen(app)?.rows.count == count + 1)
        #expect(selected(app)?.id == chosen)
        // The same board again: nothing to rebuild.
        let base = screen(app)?.stamp
        app.follow(board)
        #expect(screen(app)?.stamp == base)
    }

    @Test func movementKeysMoveTheCursorOnly() {
        var app = ListsFixture.app("2", ListsFixture.ctx(user: "admin"))
        let rows = screen(app)?.rows
        _ = app.handle(.char("j"))
        #expect(screen(app)?.cursor.selected == 1)
        _ = app.handle(.pageDown)
        #expect(screen(app)?.cursor.selected == 1 + 19)
        _ = app.handle(.char("G"))
        #expect(screen(app)?.cursor.selected == (rows?.count ?? 0) - 1)
        _ = app.handle(.char("g"))
        #expect(screen(app)?.cursor.selected == 0)
        #expect(screen(app)?.rows == rows)
    }

    @Test func numberKeysOutsideMenusStillSwitchScreens() {
        var app = ListsFixture.app("2", ListsFixture.ctx())
        #expect(screen(app) != nil)
        _ = app.handle(.char("3"))
        #expect(app.top is TaskBoardScreen)
        _ = app.handle(.char("2"))
        #expect(screen(app) != nil)
    }
}
