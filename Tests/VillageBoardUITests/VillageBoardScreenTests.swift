import TerminalKit
import Testing
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// The village board of 太平村: snapshots in both languages at 80×24 and 120×40, and every key it binds
/// (movement, Enter, s/S sorting, f/U/M/x filters, / and n/N search).
@Suite struct VillageBoardScreenTests {
    static let village = DemoScreens.code("太平村")

    func board(_ language: Language = .zh, size: Size = Size(width: 80, height: 24)) -> AppModel {
        DemoScreens.app(language, size: size) { ctx in VillageBoardScreen(village: Self.village ?? ctx.scope!, ctx: ctx) }
    }

    func screen(_ app: AppModel) -> VillageBoardScreen? { app.top as? VillageBoardScreen }

    func households(_ app: AppModel) -> [Household] {
        (screen(app)?.rows ?? []).map { DemoScreens.board.households[$0] }
    }

    func selected(_ app: AppModel) -> Household? {
        guard let s = screen(app), s.rows.indices.contains(s.cursor.selected) else { return nil }
        return DemoScreens.board.households[s.rows[s.cursor.selected]]
    }

    @Test(arguments: Language.allCases, DemoScreens.sizes)
    func snapshot(language: Language, size: Size) {
        let app = board(language, size: size)
        SnapshotAssertion.check(DemoScreens.frame(app, size: size), screen: "VillageBoard",
                                name: "taiping-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: Language.allCases, DemoScreens.sizes)
    func snapshotFilteredAndSorted(language: Language, size: Size) {
        var app = board(language, size: size)
        DemoScreens.press(&app, "U", "s", "s", "s", "s", "s", "s")
        SnapshotAssertion.check(DemoScreens.frame(app, size: size), screen: "VillageBoard",
                                name: "taiping-unresolved-by-housing-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test func showsEveryHouseholdOfTheVillageUnresolvedFirst() throws {
        let app = board()
        let village = try #require(Self.village)
        #expect(households(app).count == DemoScreens.board.householdsByVillage[village]?.count)
        let rank = households(app).map { $0.isUnresolved ? 0 : ($0.isMonitored ? 1 : 2) }
        #expect(rank == rank.sorted())
    }

    @Test func movementKeys() {
        var app = board()
        DemoScreens.press(&app, "j", "Down")
        #expect(screen(app)?.cursor.selected == 2)
        DemoScreens.press(&app, "k", "Up", "Up")
        #expect(screen(app)?.cursor.selected == 0)
        DemoScreens.press(&app, "PgDn")
        #expect(screen(app)?.cursor.selected == 18)
        DemoScreens.press(&app, "C-f", "C-b", "PgUp")
        #expect(screen(app)?.cursor.selected == 0)
        DemoScreens.press(&app, "G")
        #expect(screen(app)?.cursor.selected == households(app).count - 1)
        DemoScreens.press(&app, "g", "End", "Home")
        #expect(screen(app)?.cursor.selected == 0)
        // h and l are bound (shared movement) but move nothing in a table.
        DemoScreens.press(&app, "l", "h")
        #expect(screen(app)?.cursor.selected == 0)
    }

    @Test func movingUpFromTheBottomDoesNotDragTheView() throws {
        var app = board()
        let size = Size(width: 80, height: 24)
        DemoScreens.press(&app, "G")
        let bottomFrame = DemoScreens.frame(app, size: size)
        DemoScreens.press(&app, "k")
        #expect(DemoScreens.frame(app, size: size) == bottomFrame, "the rows stay put while the selection moves up")
        let last = try #require(households(app).last?.headName)
        #expect(bottomFrame[21].hasPrefix(last))
    }

    @Test func enterOpensTheHouseholdAndEscComesBack() throws {
        var app = board()
        DemoScreens.press(&app, "j")
        let chosen = try #require(selected(app))
        DemoScreens.press(&app, "Enter")
        #expect(app.stack.count == 2)
        #expect(DemoScreens.crumbs(app).last == chosen.headName)
        DemoScreens.press(&app, "Esc")
        #expect(app.top is VillageBoardScreen)
        #expect(selected(app)?.id == chosen.id)
    }

    @Test func sCyclesTheSortColumnAndSReversesIt() throws {
        var app = board()
        #expect(screen(app)?.sortColumn == 2)
        DemoScreens.press(&app, "s")
        #expect(screen(app)?.sortColumn == 3)
        #expect(screen(app)?.ascending == true)
        let food = households(app).map { $0.checklist[.food].state }
        let order: [ItemState: Int] = [.notMet: 0, .notChecked: 1, .met: 2, .notApplicable: 3]
        #expect(food.map { order[$0] ?? 9 } == food.map { order[$0] ?? 9 }.sorted())
        DemoScreens.press(&app, "S")
        #expect(screen(app)?.ascending == false)
        let reversed = households(app).map { order[$0.checklist[.food].state] ?? 9 }
        #expect(reversed == reversed.sorted(by: >))
        for _ in 0..<VillageBoardScreen.columnCount() - 1 { DemoScreens.press(&app, "s") }
        #expect(screen(app)?.sortColumn == 2)
        DemoScreens.press(&app, "s", "s", "s", "s", "s", "s", "s", "s", "s", "s", "s")
        #expect(screen(app)?.sortColumn == 0)
        let names = households(app).map(\.headName)
        #expect(names == names.sorted())
        #expect(app.status?.text.contains("\(names.count) 户") == true)
    }

    @Test func fCyclesFiltersAndUMXSetThem() {
        var app = board()
        let all = households(app).count
        DemoScreens.press(&app, "f")
        #expect(screen(app)?.filter == .unresolved)
        #expect(households(app).allSatisfy { $0.isUnresolved })
        #expect(households(app).count < all)
        DemoScreens.press(&app, "f")
        #expect(screen(app)?.filter == .monitored)
        #expect(households(app).allSatisfy { $0.isMonitored })
        DemoScreens.press(&app, "f")
        #expect(screen(app)?.filter == .notMet(.food))
        for item in ChecklistItem.allCases.dropFirst() {
            DemoScreens.press(&app, "f")
            #expect(screen(app)?.filter == .notMet(item))
            #expect(households(app).allSatisfy { $0.checklist[item].state == .notMet })
        }
        DemoScreens.press(&app, "f")
        #expect(screen(app)?.filter == .all)
        #expect(households(app).count == all)
        DemoScreens.press(&app, "M")
        #expect(screen(app)?.filter == .monitored)
        DemoScreens.press(&app, "U")
        #expect(screen(app)?.filter == .unresolved)
        let frame = DemoScreens.frame(app, size: Size(width: 80, height: 24))
        #expect(frame[1].hasPrefix("筛选：未解决户"), "the filter in force is shown first")
        DemoScreens.press(&app, "x")
        #expect(screen(app)?.filter == .all)
        #expect(households(app).count == all)
    }

    @Test func aFilterWithNoHouseholdsSaysSo() {
        var app = board(.en)
        DemoScreens.press(&app, "f", "f", "f", "f", "f")
        #expect(screen(app)?.filter == .notMet(.education))
        if households(app).isEmpty {
            #expect(DemoScreens.frame(app, size: Size(width: 80, height: 24)).contains { $0.contains("No households") })
        }
        DemoScreens.press(&app, "Enter")
        #expect(app.top is VillageBoardScreen)
    }

    @Test func slashSearchesByPinyinInitialsAndNSteps() throws {
        var app = board()
        let target = try #require(households(app).dropFirst(5).first)
        let initials = PinyinInitials.initials(of: target.headName.first ?? " ").first.map(String.init) ?? ""
        DemoScreens.press(&app, "/")
        for c in target.headName { _ = app.handle(.char(c)) }
        DemoScreens.press(&app, "Enter")
        #expect(selected(app)?.headName == target.headName)
        DemoScreens.press(&app, "g", "/")
        for c in initials { _ = app.handle(.char(c)) }
        DemoScreens.press(&app, "Enter")
        #expect(app.status?.isError == false)
        let first = try #require(screen(app)?.cursor.selected)
        DemoScreens.press(&app, "n")
        let second = try #require(screen(app)?.cursor.selected)
        DemoScreens.press(&app, "N")
        #expect(screen(app)?.cursor.selected == first)
        _ = second
    }

    @Test(arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 20, height: 5)])
    func tinyWindowsHoldTheirFrame(size: Size) {
        var app = board(size: size)
        DemoScreens.press(&app, "j", "PgDn", "G", "s", "f", "k")
        #expect(app.top is VillageBoardScreen)
        DemoScreens.expectSmallWindowHolds(app, size: size)
    }
}
