import Testing
import TerminalKit
import VillageBoardCore
import VillageBoardDemo
import VillageBoardText
@testable import VillageBoardUI

/// The burn-down (`b` on the battle chart) on the demo with eight weeks of made-up work: snapshots at 80×24 in both
/// languages, in the default look, in monochrome (the attributes each cell gets with no colour) and with ASCII glyphs.
@Suite struct BurnDownScreenTests {
    /// The demo with its made-up history applied, as the store would after `init --demo --with-history`.
    static let board: Board = {
        var b = DemoScreens.board
        let device = DeviceID("history-test")
        for e in MadeUpHistory.entries(on: b, weeks: 8, households: 160) {
            let op = Operation(id: OperationID(device: device, sequence: b.nextSequence(for: device)), time: e.time,
                               author: e.author, change: e.change)
            try? b.apply(op)
        }
        return b
    }()

    static func app(_ language: Language, glyphs: GlyphSet = .unicode, size: Size = Size(width: 80, height: 24)) -> AppModel {
        let ctx = ScreenContext(board: board, text: Catalog(language), glyphs: glyphs, user: board.user(UserID("admin")),
                                readOnly: false)
        var app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: HomeScreenSet.chart(ctx), size: size)
        DemoScreens.press(&app, "b")
        return app
    }

    @Test func bOnTheChartOpensTheBurnDownOfItsUnit() throws {
        let app = Self.app(.zh)
        let screen = try #require(app.top as? BurnDownScreen)
        #expect(screen.series == Self.board.burnDown(of: screen.scope))
        #expect(screen.series.points.count > 2, "the made-up weeks give a history")
        let frame = DemoScreens.frame(app, size: Size(width: 80, height: 24)).joined(separator: "\n")
        #expect(frame.contains(Catalog(.zh)("burndown.countsFrom", screen.series.countsFrom.iso)))
    }

    @Test func sortPutsUnitsBehindPaceFirstAndEnterOpensOne() throws {
        var app = Self.app(.en)
        DemoScreens.press(&app, "s")
        let screen = try #require(app.top as? BurnDownScreen)
        #expect(screen.behindFirst)
        let flags = screen.units.map(\.pace.behind)
        #expect(flags == flags.sorted { $0 && !$1 }, "behind pace first")
        // The cursor stays on the unit it was on; Enter opens the one under it.
        let selected = screen.units[screen.cursor.selected]
        DemoScreens.press(&app, "Enter")
        #expect((app.top as? BurnDownScreen)?.scope == selected.scope)
    }

    @Test func aSmallWindowHolds() {
        for size in [Size(width: 60, height: 16), Size(width: 40, height: 10)] {
            DemoScreens.expectSmallWindowHolds(Self.app(.zh, size: size), size: size)
        }
    }

    @Test(arguments: Language.allCases)
    func snapshot(language: Language) {
        let size = Size(width: 80, height: 24)
        SnapshotAssertion.check(DemoScreens.frame(Self.app(language), size: size), screen: "BurnDown", name: "\(language)-80x24")
        SnapshotAssertion.check(DemoScreens.frame(Self.app(language, glyphs: .ascii), size: size), screen: "BurnDown",
                                name: "\(language)-ascii-80x24")
    }

    /// Monochrome: each line, then under it the attributes its cells get with no colour (b bold, r reverse,
    /// u underline, d dim), so the chart and the "behind" mark are seen to hold without colour.
    @Test(arguments: Language.allCases)
    func monochromeSnapshot(language: Language) {
        let size = Size(width: 80, height: 24)
        let app = Self.app(language)
        var canvas = Canvas(size: size)
        app.render(into: &canvas)
        let theme = Theme.builtinDefault
        var out: [String] = []
        for (y, line) in canvas.lines().enumerated() {
            out.append(line)
            let marks = String((0..<size.width).map { x -> Character in
                let a = theme.resolve(canvas[x, y].style, depth: .monochrome).attributes
                if a.contains(.reverse) { return "r" }
                if a.contains(.bold) { return "b" }
                if a.contains(.underline) { return "u" }
                if a.contains(.dim) { return "d" }
                return " "
            })
            if marks.contains(where: { $0 != " " }) { out.append(marks) }
        }
        SnapshotAssertion.check(out, screen: "BurnDown", name: "\(language)-monochrome-80x24")
    }
}
