import Foundation
import TerminalKit
import Testing
import VillageBoardCore
import VillageBoardDemo
@testable import VillageBoardUI
import VillageBoardText

/// The chart at a glance (issue 16): each level on one screen at 80×24 and 120×40 — the city's counties, the county
/// with the most townships, the township with the most villages — as tiles and as a map, in both languages, in the
/// default theme, in monochrome (the snapshot adds each cell's attributes) and with ASCII glyphs. Every unit is on
/// the screen, no two tiles share a cell, and no village is hidden on the map.
@Suite struct ChartGlanceTests {
    static let board = DemoScreens.board

    /// The three levels: the city, its county with the most townships, the township with the most villages.
    static let levels: [(name: String, code: DivisionCode)] = {
        let city = BaishanDemo.cityCode
        let county = (board.children[city] ?? []).max { (board.children[$0]?.count ?? 0, $1) < (board.children[$1]?.count ?? 0, $0) }
        let townships = board.units.values.filter { $0.level == .township }.map(\.code)
        let township = townships.max { (board.children[$0]?.count ?? 0, $1) < (board.children[$1]?.count ?? 0, $0) }
        return [("city", city)] + [county.map { ("county", $0) }, township.map { ("township", $0) }].compactMap { $0 }
    }()

    enum Look: String, CaseIterable { case standard, monochrome, ascii }

    static func app(_ language: Language, scope: DivisionCode, size: Size, look: Look) -> AppModel {
        let ctx = DemoScreens.ctx(language, glyphs: look == .ascii ? .ascii : .unicode)
        return AppModel(ctx: ctx, home: HomeScreenSet.make(), first: BattleChartScreen(scope: scope, ctx: ctx), size: size)
    }

    /// The frame as text; in monochrome each line is followed by the attributes the monochrome theme gives each cell
    /// (R reverse, B bold, U underline, D dim, · none), so a state that only colour told apart would show here.
    static func snapshot(_ app: AppModel, size: Size, look: Look) -> [String] {
        var canvas = Canvas(size: size)
        app.render(into: &canvas)
        let text = canvas.lines()
        guard look == .monochrome, let theme = try? ThemeLoader(userDirectory: nil).load("monochrome") else { return text }
        var out: [String] = []
        for y in 0..<size.height {
            out.append(text[y])
            out.append(String((0..<size.width).map { x -> Character in
                let a = theme.resolve(canvas[x, y].style, depth: .monochrome).attributes
                if a.contains(.reverse) { return "R" }
                if a.contains(.bold) { return "B" }
                if a.contains(.underline) { return "U" }
                if a.contains(.dim) { return "D" }
                return "·"
            }))
        }
        return out
    }

    static let cases: [(String, Language, Size)] = levels.flatMap { level in
        Language.allCases.flatMap { language in DemoScreens.sizes.map { (level.name, language, $0) } }
    }

    @Test(arguments: cases, Look.allCases)
    func tilesShowEveryUnitOnOneScreen(level: (String, Language, Size), look: Look) throws {
        let (name, language, size) = level
        let scope = try #require(Self.levels.first { $0.name == name }?.code)
        let app = Self.app(language, scope: scope, size: size, look: look)
        let frame = DemoScreens.frame(app, size: size)
        for child in Self.board.children[scope] ?? [] {
            let unit = try #require(Self.board.unit(child))
            // The name, or as much of it as the tile holds (cut names end with the ellipsis).
            let shown = String(unit.name.prefix(3))
            #expect(frame.contains { $0.contains(shown) }, "\(unit.name) is not on the \(name) chart at \(size)")
        }
        let chart = try #require(app.top as? BattleChartScreen)
        #expect(chart.grid.fits, "\(name) at \(size) scrolls")
        #expect(Self.tileRectsAreApart(chart.grid, area: Size(width: size.width, height: size.height - 6)))
        SnapshotAssertion.check(Self.snapshot(app, size: size, look: look), screen: "ChartGlance",
                                name: "tiles-\(name)-\(language.rawValue)-\(look.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: cases, Look.allCases)
    func theMapDrawsEveryVillageAndNamesTheUnitsBelow(level: (String, Language, Size), look: Look) throws {
        let (name, language, size) = level
        let scope = try #require(Self.levels.first { $0.name == name }?.code)
        var app = Self.app(language, scope: scope, size: size, look: look)
        DemoScreens.press(&app, "m")
        let chart = try #require(app.top as? BattleChartScreen)
        let villages = Self.board.villages(under: scope)
        // Every village is drawn: alone as its glyph, or counted in its group's number.
        let drawn = chart.map.plot.groups.reduce(0) { $0 + $1.villages.count }
        #expect(drawn + chart.map.plot.unplaced == villages.count)
        #expect(chart.map.plot.groups.allSatisfy { !$0.villages.isEmpty })
        // The units one level down are named on the map (in full or cut with the ellipsis), when they are not villages.
        let frame = DemoScreens.frame(app, size: size)
        for child in Self.board.children[scope] ?? [] where Self.board.unit(child)?.level != .village {
            let prefix = String((Self.board.unit(child)?.name ?? "").prefix(1))
            #expect(chart.map.labels.labels.contains { $0.unit == child }, "\(child) not named at \(size)")
            #expect(frame.contains { $0.contains(prefix) })
        }
        #expect(MapLabelTests.problems(chart.map).isEmpty, "\(MapLabelTests.problems(chart.map))")
        SnapshotAssertion.check(Self.snapshot(app, size: size, look: look), screen: "ChartGlance",
                                name: "map-\(name)-\(language.rawValue)-\(look.rawValue)-\(size.width)x\(size.height)")
    }

    /// No two tiles share a cell and every tile lies inside the area.
    static func tileRectsAreApart(_ grid: TileGrid, area: Size) -> Bool {
        var taken = Set<Int>()
        for i in 0..<grid.count {
            let o = grid.origin(of: i, scroll: 0)
            guard o.x >= 0, o.y >= 0, o.x + grid.width <= area.width, o.y + grid.lines <= area.height else { return false }
            for y in o.y..<(o.y + grid.lines) {
                for x in o.x..<(o.x + grid.width) where !taken.insert(y * 10_000 + x).inserted { return false }
            }
        }
        return true
    }

    @Test func everyCountyAndTownshipOfTheDemoFitsOneScreenAt80x24() {
        for unit in Self.board.units.values where unit.level == .city || unit.level == .county || unit.level == .township {
            let count = Self.board.children[unit.code]?.count ?? 0
            #expect(TileGrid(count: count, width: 80, height: 18).fits, "\(unit.name): \(count) units")
        }
    }

    @Test func aBiggerTerminalGivesRicherTiles() {
        let small = TileGrid(count: 11, width: 80, height: 18), big = TileGrid(count: 11, width: 120, height: 34)
        #expect(small.fits && big.fits)
        #expect(big.lines >= small.lines && big.width >= small.width)
        #expect(TileGrid(count: 6, width: 120, height: 34).lines == TileGrid.richLines)
        #expect(TileGrid(count: 6, width: 120, height: 34, mostLines: 12).lines == 12)
        // Too many to fit: the narrowest three-line tiles, scrolling.
        let crowded = TileGrid(count: 200, width: 80, height: 18)
        #expect(!crowded.fits && crowded.lines == TileGrid.minimumLines && crowded.width >= TileGrid.minimumWidth)
    }

    @Test func tilesMoveEnterDrillsAndVShowsEveryVillage() throws {
        var app = DemoScreens.app()
        let chart = { app.top as? BattleChartScreen }
        #expect(chart()?.selected == Self.board.children[BaishanDemo.cityCode]?.first)
        DemoScreens.press(&app, "l", "j")
        let fifth = try #require(Self.board.children[BaishanDemo.cityCode]?[4])
        #expect(chart()?.selected == fifth)
        DemoScreens.press(&app, "Enter")
        #expect(DemoScreens.crumbs(app) == ["白山市", Self.board.unit(fifth)?.name ?? ""])
        #expect(chart()?.selected == Self.board.children[fifth]?.first)
        DemoScreens.press(&app, "Esc", "v")
        #expect(chart()?.mode == .villages)
        #expect(chart()?.selected == Self.board.villages(under: fifth).first)
        let frame = DemoScreens.frame(app, size: Size(width: 80, height: 24))
        #expect(frame.contains { $0.contains(Self.board.unit(fifth)?.name ?? "?") })
        DemoScreens.press(&app, "v")
        #expect(chart()?.mode == .tiles)
    }

    @Test(arguments: ["太平村", "tpc"])
    func slashOnTheMapMovesTheCursorThere(query: String) throws {
        var app = DemoScreens.app(.zh, size: Size(width: 80, height: 24))
        DemoScreens.press(&app, "m", "/")
        for c in query { _ = app.handle(.char(c)) }
        _ = app.handle(.enter)
        let chart = try #require(app.top as? BattleChartScreen)
        #expect(DemoScreens.crumbs(app) == ["白山市"])
        #expect(chart.mode == .map)
        let taiping = try #require(DemoScreens.code("太平村"))
        #expect(chart.selected == taiping)
        // The panel names it, and its group on the map is the one in the focus style.
        var canvas = Canvas(size: Size(width: 80, height: 24))
        app.render(into: &canvas)
        #expect(canvas.lines().contains { $0.contains("太平村") })
        let group = try #require(chart.map.plot.groupOf[taiping].map { chart.map.plot.groups[$0] })
        #expect(canvas[1 + group.x, 5 + group.y].style.rawValue.hasSuffix("+focus"))
    }

    @Test func slashOnTheTilesGoesDownToTheVillagesTownship() throws {
        var app = DemoScreens.app(.zh, size: Size(width: 80, height: 24))
        DemoScreens.press(&app, "/", "t", "p", "c", "Enter")
        #expect(DemoScreens.crumbs(app) == ["白山市", "靖宇县", "三道湖镇"])
        let chart = try #require(app.top as? BattleChartScreen)
        #expect(chart.selected == DemoScreens.code("太平村"))
        DemoScreens.press(&app, "Esc")
        #expect((app.top as? BattleChartScreen)?.tileIndex(app.ctx.board) == Self.board.children[DemoScreens.code("靖宇县")!]?
            .firstIndex(of: DemoScreens.code("三道湖镇")!))
    }

    @Test func mapArrowsVisitEveryVillageOfAGroup() throws {
        var app = DemoScreens.app(.zh, size: Size(width: 80, height: 24))
        DemoScreens.press(&app, "m")
        let chart = try #require(app.top as? BattleChartScreen)
        let group = try #require(chart.map.plot.groups.first { $0.villages.count > 1 })
        var plot = chart
        plot.selected = group.villages[0]
        var seen = [group.villages[0]]
        for _ in 1..<group.villages.count {
            _ = plot.update(.right, app.ctx)
            seen.append(try #require(plot.selected))
        }
        #expect(seen == group.villages)
    }
}
