import TerminalKit
import Testing
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// The reports screen (key 4): snapshots at 80×24 and 120×40 in both languages, and every key it binds.
@Suite struct ReportScreenTests {
    func reports(_ language: Language = .zh, size: Size = Size(width: 80, height: 24)) -> AppModel {
        var app = DemoScreens.app(language, size: size)
        DemoScreens.press(&app, "4")
        return app
    }

    func screen(_ app: AppModel) -> ReportsScreen? { app.top as? ReportsScreen }

    @Test(arguments: Language.allCases, DemoScreens.sizes)
    func snapshotOfTheCity(language: Language, size: Size) {
        let app = reports(language, size: size)
        SnapshotAssertion.check(DemoScreens.frame(app, size: size), screen: "Reports",
                                name: "city-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: Language.allCases, DemoScreens.sizes)
    func snapshotOfACountyScrolledToItsCharts(language: Language, size: Size) {
        var app = reports(language, size: size)
        DemoScreens.press(&app, "j", "j", "j", "Enter", "PgDn")
        #expect(DemoScreens.crumbs(app) == ["白山市", "靖宇县"])
        SnapshotAssertion.check(DemoScreens.frame(app, size: size), screen: "Reports",
                                name: "county-paged-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test func keyFourOpensTheReportOfTheUsersScope() {
        let app = reports()
        #expect(screen(app)?.scope == DemoScreens.code("白山市"))
        #expect(screen(app)?.report?.rows.map(\.name) == ["浑江区", "江源区", "抚松县", "靖宇县", "长白朝鲜族自治县", "临江市"])
        let text = DemoScreens.frame(app, size: Size(width: 80, height: 24)).joined(separator: "\n")
        #expect(text.contains("已脱贫 10178 户 18076 人，剩余 414 户"))
        #expect(text.contains("贫困发生率 0.28%"))
    }

    @Test func figuresAreTheScopeReportOfCore() throws {
        let app = reports(size: Size(width: 120, height: 40))
        let city = try #require(DemoScreens.code("白山市"))
        let report = try #require(ScopeReport(board: DemoScreens.board, scope: city))
        let lines = DemoScreens.frame(app, size: Size(width: 120, height: 40))
        for row in report.rows {
            let line = try #require(lines.first { $0.hasPrefix(row.name + " ") && $0.contains(String(row.rollup.householdsRegistered)) })
            #expect(line.contains(" \(row.rollup.householdsRemaining) "))
            #expect(line.contains(" \(row.rollup.tasksOverdue)"))
        }
    }

    @Test func upAndDownMoveTheSelectionAndStopAtTheEnds() {
        var app = reports()
        DemoScreens.press(&app, "j")
        #expect(screen(app)?.selected == 1)
        DemoScreens.press(&app, "Down", "Down")
        #expect(screen(app)?.selected == 3)
        DemoScreens.press(&app, "k")
        #expect(screen(app)?.selected == 2)
        DemoScreens.press(&app, "Up", "Up", "Up", "Up")
        #expect(screen(app)?.selected == 0)
        #expect(screen(app)?.scroll == 0)
        for _ in 0..<10 { DemoScreens.press(&app, "j") }
        #expect(screen(app)?.selected == 5)
    }

    @Test func pagingScrollsThePageAndKeepsASelectedUnitOnScreen() throws {
        var app = reports()
        DemoScreens.press(&app, "PgDn")
        let paged = try #require(screen(app))
        #expect(paged.scroll > 0)
        let lines = DemoScreens.frame(app, size: Size(width: 80, height: 24)).joined(separator: "\n")
        #expect(lines.contains("两不愁三保障及收入未达标（项）"))
        DemoScreens.press(&app, "C-f", "C-f", "C-f")
        let bottom = try #require(screen(app)).scroll
        DemoScreens.press(&app, "PgDn")
        #expect(screen(app)?.scroll == bottom)
        DemoScreens.press(&app, "PgUp", "C-b", "PgUp", "PgUp")
        #expect(screen(app)?.scroll == 0)
    }

    @Test func homeAndEndGoToTheFirstAndLastUnit() {
        var app = reports()
        DemoScreens.press(&app, "G")
        #expect(screen(app)?.selected == 5)
        #expect((screen(app)?.scroll ?? 0) > 0)
        DemoScreens.press(&app, "g")
        #expect(screen(app)?.selected == 0)
        #expect(screen(app)?.scroll == 0)
        DemoScreens.press(&app, "End", "Home")
        #expect(screen(app)?.selected == 0)
    }

    @Test func enterDrillsFromCityToCountyToTownshipToTheVillageBoard() throws {
        var app = reports()
        DemoScreens.press(&app, "j", "j", "j", "Enter")
        #expect(DemoScreens.crumbs(app) == ["白山市", "靖宇县"])
        let county = try #require(screen(app))
        let township = try #require(county.report?.rows.firstIndex { $0.name == "三道湖镇" })
        for _ in 0..<township { DemoScreens.press(&app, "j") }
        DemoScreens.press(&app, "Enter")
        #expect(DemoScreens.crumbs(app) == ["白山市", "靖宇县", "三道湖镇"])
        let village = try #require(screen(app)?.report?.rows.firstIndex { $0.name == "太平村" })
        for _ in 0..<village { DemoScreens.press(&app, "j") }
        DemoScreens.press(&app, "Enter")
        #expect(app.top is VillageBoardScreen)
        #expect(DemoScreens.crumbs(app) == ["白山市", "靖宇县", "三道湖镇", "太平村"])
        DemoScreens.press(&app, "Esc", "Esc")
        #expect(DemoScreens.crumbs(app) == ["白山市", "靖宇县"])
        #expect(screen(app)?.selected == township)
        DemoScreens.press(&app, "Esc", "Esc")
        #expect(DemoScreens.crumbs(app) == ["白山市"])
    }

    @Test func exportKeysAskWhichFolderThenExportTheSameReportAsCSVAndJSON() throws {
        var app = reports()
        let city = try #require(DemoScreens.code("白山市"))
        // `c` asks for the folder first; Enter with it empty means the folder the program started in.
        #expect(DemoScreens.press(&app, "c").isEmpty)
        #expect(app.prompt?.question == .exportFolder(city, .csv))
        #expect(DemoScreens.press(&app, "Enter") == [.exportReport(scope: city, format: .csv, folder: "")])
        // The folder typed is offered again next time.
        DemoScreens.press(&app, "J")
        for c in "/tmp/报表" { _ = app.handle(.char(c)) }
        #expect(DemoScreens.press(&app, "Enter") == [.exportReport(scope: city, format: .json, folder: "/tmp/报表")])
        DemoScreens.press(&app, "c")
        #expect(app.prompt?.field.text == "/tmp/报表")
        DemoScreens.press(&app, "Esc")
        DemoScreens.press(&app, "Enter")
        let county = try #require(DemoScreens.code("浑江区"))
        #expect(DemoScreens.press(&app, "c").isEmpty)
        #expect(DemoScreens.press(&app, "Enter") == [.exportReport(scope: county, format: .csv, folder: "")])
        #expect(app.perform(.exportJSON).isEmpty)
        #expect(app.prompt?.question == .exportFolder(county, .json))
    }

    @Test func exportIsAllowedReadOnly() throws {
        let ctx = DemoScreens.ctx(.zh, readOnly: true)
        var app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: ReportsScreen(ctx: ctx), size: Size(width: 80, height: 24))
        #expect(DemoScreens.press(&app, "c").isEmpty)
        #expect(DemoScreens.press(&app, "Enter").count == 1)
    }

    @Test func slashFindsAUnitByPinyinInitialsAndNStepsThroughMatches() {
        var app = reports()
        func search(_ query: String) {
            DemoScreens.press(&app, "/")
            for c in query { _ = app.handle(.char(c)) }
            DemoScreens.press(&app, "Enter")
        }
        search("jyx")
        #expect(screen(app)?.selected == 3)
        #expect(app.status?.text.contains("找到 1 个") == true)
        // 靖宇县 (Jìngyǔ) and 江源区 (Jiāngyuán): the search stays on the selected match, n goes round to the other.
        search("jy")
        #expect(screen(app)?.selected == 3)
        DemoScreens.press(&app, "n")
        #expect(screen(app)?.selected == 1)
        search("区")
        #expect(screen(app)?.selected == 1)
        DemoScreens.press(&app, "n")
        #expect(screen(app)?.selected == 0)
        DemoScreens.press(&app, "n")
        #expect(screen(app)?.selected == 1)
        DemoScreens.press(&app, "N")
        #expect(screen(app)?.selected == 0)
        search("xyz")
        #expect(app.status?.isError == true)
        DemoScreens.press(&app, "n")
        #expect(app.status?.isError == true)
    }

    @Test func aVillageReportOpensTheVillageBoard() throws {
        let ctx = DemoScreens.ctx(.en)
        let village = try #require(DemoScreens.code("太平村"))
        var app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: ReportsScreen(scope: village, ctx: ctx),
                           size: Size(width: 80, height: 24))
        let text = DemoScreens.frame(app, size: Size(width: 80, height: 24)).joined(separator: "\n")
        #expect(text.contains("No units under 太平村"))
        DemoScreens.press(&app, "Enter")
        #expect(app.top is VillageBoardScreen)
    }

    @Test func aChangedBoardIsShownAtOnceAndTheSelectionKept() throws {
        var app = reports()
        DemoScreens.press(&app, "j", "j", "j")
        let before = try #require(screen(app)?.report?.scope.rollup.tasksOverdue)
        var board = DemoScreens.board
        board.setToday(board.today.adding(days: 400))
        app.follow(board)
        #expect(screen(app)?.selected == 3)
        #expect(screen(app)?.report?.asOf == board.today)
        #expect((screen(app)?.report?.scope.rollup.tasksOverdue ?? 0) > before)
    }

    @Test(arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 20, height: 5), Size(width: 60, height: 16)])
    func tinyWindowsHoldTheirFrame(size: Size) {
        var app = reports(size: size)
        DemoScreens.press(&app, "j", "PgDn", "G", "Enter")
        DemoScreens.expectSmallWindowHolds(app, size: size)
    }

    @Test func bindingsAreWhatTheHintBarShows() {
        let app = reports(.en)
        let hints = DemoScreens.frame(app, size: Size(width: 80, height: 24)).last ?? ""
        #expect(hints.contains("Enter open"))
        #expect(hints.contains("c CSV"))
        #expect(hints.contains("J JSON"))
    }
}
