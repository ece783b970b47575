import Testing
import TerminalKit
import VillageBoardCore
import VillageBoardText
@testable import VillageBoardUI

/// The monitoring radar (key 7) as 三道湖镇's supervisor sees it: its counts are the Core radar's for their scope,
/// Enter lists what is behind a warning and opens a household, the cadre table sorts; snapshots in both languages.
@Suite struct RadarScreenTests {
    static func app(_ language: Language = .zh, size: Size = Size(width: 80, height: 24)) -> AppModel {
        ListsFixture.app("7", ListsFixture.ctx(language, user: "sandaohu-sup"), size: size)
    }

    @Test func sevenOpensTheRadarOfTheUsersScope() throws {
        let app = Self.app()
        let radar = try #require(app.top as? RadarScreen)
        let scope = try #require(app.ctx.user?.scope)
        #expect(radar.scope == scope)
        let fresh = Radar(board: ListsFixture.demo, scope: scope)
        for w in RadarWarning.allCases { #expect(radar.radar.count(w) == fresh.count(w)) }
        let frame = DemoScreens.frame(app, size: Size(width: 80, height: 24)).joined(separator: "\n")
        for w in RadarWarning.allCases {
            #expect(frame.contains(Catalog(.zh)(.name(w))), "\(w) listed")
        }
    }

    @Test func enterListsTheHouseholdsBehindAWarningAndOpensOne() throws {
        var app = Self.app()
        let radar = try #require(app.top as? RadarScreen)
        let first = try #require(RadarWarning.allCases.firstIndex { !$0.isAboutTasks && radar.radar.count($0) > 0 })
        for _ in 0..<first { DemoScreens.press(&app, "j") }
        DemoScreens.press(&app, "Enter")
        let list = try #require(app.top as? RadarListScreen)
        #expect(list.warning == RadarWarning.allCases[first])
        #expect(list.positions == Radar(board: ListsFixture.demo, scope: radar.scope).positions(RadarWarning.allCases[first]))
        DemoScreens.press(&app, "Enter")
        let household = try #require(app.top as? HouseholdScreen)
        #expect(household.household == ListsFixture.demo.households[list.positions[0]].id)
        DemoScreens.press(&app, "Esc", "Esc")
        #expect(app.top is RadarScreen)
    }

    @Test func aWarningWithNothingBehindItSaysSo() throws {
        var app = Self.app()
        let radar = try #require(app.top as? RadarScreen)
        guard let empty = RadarWarning.allCases.firstIndex(where: { radar.radar.count($0) == 0 }) else { return }
        for _ in 0..<empty { DemoScreens.press(&app, "j") }
        DemoScreens.press(&app, "Enter")
        #expect(app.top is RadarScreen)
        #expect(app.status?.isError == true)
    }

    @Test func theCadreTableSortsByEachColumnAndBack() throws {
        var app = Self.app()
        var radar = try #require(app.top as? RadarScreen)
        #expect(radar.sortColumn == .warnings && !radar.ascending)
        #expect(radar.cadres.map(\.warnings) == radar.cadres.map(\.warnings).sorted(by: >))
        DemoScreens.press(&app, "s")
        radar = try #require(app.top as? RadarScreen)
        #expect(radar.sortColumn == .cadre)
        DemoScreens.press(&app, "s")
        radar = try #require(app.top as? RadarScreen)
        #expect(radar.sortColumn == .households)
        #expect(radar.cadres.map(\.households) == radar.cadres.map(\.households).sorted(by: >))
        DemoScreens.press(&app, "S")
        radar = try #require(app.top as? RadarScreen)
        #expect(radar.cadres.map(\.households) == radar.cadres.map(\.households).sorted())
        #expect(Set(radar.cadres) == Set(radar.radar.cadres))
    }

    @Test func tabMovesTheCursorToTheCadres() throws {
        var app = Self.app()
        DemoScreens.press(&app, "Tab", "j")
        let radar = try #require(app.top as? RadarScreen)
        #expect(radar.onCadres)
        #expect(radar.cadreCursor.selected == 1 || radar.cadres.count < 2)
        #expect(radar.warningCursor.selected == 0)
    }

    @Test func aSmallWindowHolds() {
        for size in [Size(width: 60, height: 16), Size(width: 40, height: 10)] {
            var app = Self.app(size: size)
            DemoScreens.expectSmallWindowHolds(app, size: size)
            DemoScreens.press(&app, "Enter")
            DemoScreens.expectSmallWindowHolds(app, size: size)
        }
    }

    @Test(arguments: Language.allCases, [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func snapshot(language: Language, size: Size) {
        let app = Self.app(language, size: size)
        SnapshotAssertion.check(DemoScreens.frame(app, size: size), screen: "Radar",
                                name: "\(language)-\(size.width)x\(size.height)")
    }

    /// The households behind the first warning with a count.
    @Test(arguments: Language.allCases)
    func listSnapshot(language: Language) throws {
        var app = Self.app(language)
        let radar = try #require(app.top as? RadarScreen)
        let first = try #require(RadarWarning.allCases.firstIndex { radar.radar.count($0) > 0 })
        for _ in 0..<first { DemoScreens.press(&app, "j") }
        DemoScreens.press(&app, "Enter")
        SnapshotAssertion.check(DemoScreens.frame(app, size: Size(width: 80, height: 24)), screen: "Radar",
                                name: "list-\(language)-80x24")
    }
}
