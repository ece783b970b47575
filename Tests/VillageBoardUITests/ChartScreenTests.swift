import TerminalKit
import Testing
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// The battle chart: snapshots of the tiles and the map in both languages at 80×24 and 120×40, and every key it
/// binds (movement, Enter drilling city → county → township → village, Esc, m, and the number keys).
@Suite struct ChartScreenTests {
    func chart(_ app: AppModel) -> BattleChartScreen? { app.top as? BattleChartScreen }
    func name(_ code: DivisionCode?) -> String? { code.flatMap { DemoScreens.board.unit($0)?.name } }

    @Test(arguments: Language.allCases, DemoScreens.sizes)
    func snapshotOfTheTiles(language: Language, size: Size) {
        let app = DemoScreens.app(language, size: size)
        SnapshotAssertion.check(DemoScreens.frame(app, size: size), screen: "BattleChart",
                                name: "tiles-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: Language.allCases, DemoScreens.sizes)
    func snapshotOfTheMap(language: Language, size: Size) {
        var app = DemoScreens.app(language, size: size)
        DemoScreens.press(&app, "m")
        SnapshotAssertion.check(DemoScreens.frame(app, size: size), screen: "BattleChart",
                                name: "map-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: Language.allCases, DemoScreens.sizes)
    func snapshotOfACountyScrolledDown(language: Language, size: Size) {
        var app = DemoScreens.app(language, size: size)
        DemoScreens.press(&app, "G", "Enter", "PgUp")
        SnapshotAssertion.check(DemoScreens.frame(app, size: size), screen: "BattleChart",
                                name: "county-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test func startsOnTheUsersScopeWithTheFirstVillageSelected() {
        let app = DemoScreens.app()
        #expect(DemoScreens.crumbs(app) == ["白山市"])
        #expect(name(chart(app)?.selected) == "浑江区")
        #expect(chart(app)?.mode == .tiles)
        let header = DemoScreens.frame(app, size: Size(width: 80, height: 24))[0]
        #expect(header.contains("村级作战图  白山市"))
        #expect(header.contains("赵刚 · 管理员"))
    }

    @Test func rightAndLeftStepThroughVillagesInOrder() {
        var app = DemoScreens.app()
        DemoScreens.press(&app, "v", "l")
        #expect(name(chart(app)?.selected) == "长发村")
        DemoScreens.press(&app, "Right")
        #expect(name(chart(app)?.selected) == "合心村")
        // Past the end of a row: on to the next township's first village.
        DemoScreens.press(&app, "l")
        #expect(name(chart(app)?.selected) == "长胜村")
        DemoScreens.press(&app, "h", "Left")
        #expect(name(chart(app)?.selected) == "长发村")
        DemoScreens.press(&app, "h", "h", "h")
        #expect(name(chart(app)?.selected) == "江沿村")
    }

    @Test func downAndUpMoveALineOfTilesKeepingTheColumn() {
        var app = DemoScreens.app()
        DemoScreens.press(&app, "v", "l", "j")
        #expect(name(chart(app)?.selected) == "红光村")
        DemoScreens.press(&app, "Down")
        #expect(name(chart(app)?.selected) == "小石人村")
        DemoScreens.press(&app, "k", "Up")
        #expect(name(chart(app)?.selected) == "长发村")
        DemoScreens.press(&app, "k")
        #expect(name(chart(app)?.selected) == "长发村")
    }

    @Test func pageKeysMoveEightLinesAndHomeEndGoToTheEnds() {
        var app = DemoScreens.app()
        DemoScreens.press(&app, "v", "PgDn")
        let paged = chart(app)?.selected
        #expect(paged != nil && name(paged) != "江沿村")
        DemoScreens.press(&app, "PgUp")
        #expect(name(chart(app)?.selected) == "江沿村")
        DemoScreens.press(&app, "C-f", "C-b")
        #expect(name(chart(app)?.selected) == "江沿村")
        DemoScreens.press(&app, "G")
        let last = DemoScreens.board.villages(under: DemoScreens.code("临江市")!).last
        #expect(chart(app)?.selected == last)
        DemoScreens.press(&app, "g")
        #expect(name(chart(app)?.selected) == "江沿村")
        DemoScreens.press(&app, "End", "Home")
        #expect(name(chart(app)?.selected) == "江沿村")
    }

    @Test func theSelectedTileStaysOnScreen() throws {
        var app = DemoScreens.app()
        let size = Size(width: 80, height: 24)
        DemoScreens.press(&app, "v")
        for _ in 0..<40 {
            DemoScreens.press(&app, "j")
            let selected = try #require(name(chart(app)?.selected))
            #expect(DemoScreens.frame(app, size: size).contains { $0.contains(selected) }, "\(selected) is off screen")
        }
        DemoScreens.press(&app, "G")
        let selected = try #require(name(chart(app)?.selected))
        #expect(DemoScreens.frame(app, size: size).contains { $0.contains(selected) })
    }

    @Test func enterDrillsCityCountyTownshipVillageAndEscComesBack() throws {
        var app = DemoScreens.app()
        let taiping = try #require(DemoScreens.code("太平村"))
        // Walk down the list of every village until 太平村 is selected, as a user would.
        DemoScreens.press(&app, "v")
        var steps = 0
        while chart(app)?.selected != taiping && steps < 500 {
            DemoScreens.press(&app, "l")
            steps += 1
        }
        #expect(chart(app)?.selected == taiping)
        DemoScreens.press(&app, "Enter")
        #expect(DemoScreens.crumbs(app) == ["白山市", "靖宇县"])
        #expect(chart(app)?.selected == taiping)
        DemoScreens.press(&app, "Enter")
        #expect(DemoScreens.crumbs(app) == ["白山市", "靖宇县", "三道湖镇"])
        DemoScreens.press(&app, "Enter")
        #expect(DemoScreens.crumbs(app) == ["白山市", "靖宇县", "三道湖镇", "太平村"])
        #expect((app.top as? VillageBoardScreen)?.village == taiping)
        let header = DemoScreens.frame(app, size: Size(width: 100, height: 30))[0]
        #expect(header.contains("白山市 › 靖宇县 › 三道湖镇 › 太平村"))
        DemoScreens.press(&app, "Esc")
        #expect(DemoScreens.crumbs(app) == ["白山市", "靖宇县", "三道湖镇"])
        DemoScreens.press(&app, "Esc", "Esc")
        #expect(DemoScreens.crumbs(app) == ["白山市"])
        #expect(chart(app)?.selected == taiping)
        // Esc at the top stays.
        DemoScreens.press(&app, "Esc")
        #expect(DemoScreens.crumbs(app) == ["白山市"])
    }

    @Test func mTogglesTheMapAndTheMapKeepsItsModeWhenDrilling() throws {
        var app = DemoScreens.app()
        DemoScreens.press(&app, "m")
        #expect(chart(app)?.mode == .map)
        let frame = DemoScreens.frame(app, size: Size(width: 80, height: 24))
        #expect(frame[4].hasPrefix("┌"))
        // The side panel: the first village and where it is.
        #expect(frame.contains { $0.contains("✓ 江沿村") })
        #expect(frame.contains { $0.contains("六道江镇 · 浑江区") })
        DemoScreens.press(&app, "Enter")
        #expect(chart(app)?.mode == .map)
        #expect(DemoScreens.crumbs(app) == ["白山市", "浑江区"])
        DemoScreens.press(&app, "m")
        #expect(chart(app)?.mode == .tiles)
    }

    @Test func arrowsOnTheMapGoToTheNearestVillageThatWay() throws {
        var app = DemoScreens.app(size: Size(width: 120, height: 40))
        DemoScreens.press(&app, "m")
        let board = DemoScreens.board
        for key in ["l", "j", "h", "k", "Right", "Down"] {
            let before = try #require(chart(app)?.selected)
            DemoScreens.press(&app, key)
            let after = try #require(chart(app)?.selected)
            guard after != before else { continue }
            let a = try #require(board.unit(before)?.coordinate), b = try #require(board.unit(after)?.coordinate)
            switch key {
            case "l", "Right": #expect(b.longitude >= a.longitude, "\(key) moved west")
            case "h": #expect(b.longitude <= a.longitude, "h moved east")
            case "j", "Down": #expect(b.latitude <= a.latitude, "\(key) moved north")
            default: #expect(b.latitude >= a.latitude, "k moved south")
            }
        }
    }

    @Test func numberKeysSwitchBetweenTheFourViews() {
        var app = DemoScreens.app()
        DemoScreens.press(&app, "Enter")
        #expect(app.stack.count == 2)
        DemoScreens.press(&app, "4")
        #expect(app.top is ReportsScreen)
        #expect(app.stack.count == 1)
        DemoScreens.press(&app, "2")
        #expect(!(app.top is ReportsScreen))
        DemoScreens.press(&app, "3")
        #expect(!(app.top is ReportsScreen))
        DemoScreens.press(&app, "1")
        #expect(app.top is BattleChartScreen)
        #expect(DemoScreens.crumbs(app) == ["白山市"])
    }

    @Test func aVillageCadreStartsOnTheirVillageBoard() throws {
        let board = DemoScreens.board
        let cadre = try #require(board.users.values.filter { board.unit($0.scope)?.level == .village }.min { $0.id < $1.id })
        let app = DemoScreens.app(user: cadre.id.raw)
        #expect(app.top is VillageBoardScreen)
    }

    @Test func qQuits() {
        var app = DemoScreens.app()
        #expect(DemoScreens.press(&app, "q") == [.quit])
        #expect(app.wantsQuit)
    }

    @Test(arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 16, height: 4), Size(width: 60, height: 16)])
    func tinyWindowsHoldTheirFrame(size: Size) {
        var app = DemoScreens.app(size: size)
        DemoScreens.press(&app, "j", "l", "PgDn", "m", "l", "k", "Enter", "G")
        DemoScreens.expectSmallWindowHolds(app, size: size)
        DemoScreens.press(&app, "m", "Enter", "Enter")
        DemoScreens.expectSmallWindowHolds(app, size: size)
    }
}
