import TerminalKit
import Testing
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText
import VillageBoardDemo

/// Every pair of figures a screen or report shows under one label counts the same households: the chart's headings,
/// the village board's header and the report's columns, each recomputed here from the board's households (not from
/// the roll-ups the screens read).
@Suite struct PairedCountsTests {
    static let board = DemoScreens.board

    /// Households, people: every household, registered, remaining (registered, not out), unresolved (remaining plus
    /// monitored at risk), under `scope`, counted from the households themselves.
    struct Recount: Equatable {
        var all = (0, 0), registered = (0, 0), remaining = (0, 0), unresolved = (0, 0)
        static func == (a: Recount, b: Recount) -> Bool {
            a.all == b.all && a.registered == b.registered && a.remaining == b.remaining && a.unresolved == b.unresolved
        }
    }

    static func recount(_ scope: DivisionCode) -> Recount {
        var r = Recount()
        for h in board.households where board.isInside(h.village, scope: scope) {
            let n = h.members.count
            r.all = (r.all.0 + 1, r.all.1 + n)
            if h.registered { r.registered = (r.registered.0 + 1, r.registered.1 + n) }
            if h.registered && h.status == .notOut { r.remaining = (r.remaining.0 + 1, r.remaining.1 + n) }
            if h.status == .notOut || (h.status.isMonitoredKind && !h.mark.riskEliminated) {
                r.unresolved = (r.unresolved.0 + 1, r.unresolved.1 + n)
            }
        }
        return r
    }

    /// The integers in `text`, in order.
    static func numbers(_ text: Substring) -> [Int] {
        text.split { !$0.isNumber }.compactMap { Int($0) }
    }

    static func unit(named name: String) -> DivisionCode? {
        let found = board.units.values.filter { $0.name == name }
        return found.count == 1 ? found[0].code : nil
    }

    /// Each county's list of every village, wide enough that nothing is cut: every heading's two pairs against the recount.
    @Test func chartHeadingsPairUnresolvedAndRemainingWithTheirOwnPeople() throws {
        let size = Size(width: 160, height: 60)
        var checked = 0
        for county in Self.board.children[BaishanDemo.cityCode] ?? [] {
            let app = DemoScreens.app(.zh, size: size) { ctx in BattleChartScreen(scope: county, mode: .villages, ctx: ctx) }
            for line in DemoScreens.frame(app, size: size) {
                guard let range = line.range(of: "  未解决 ") else { continue }
                let name = line[..<range.lowerBound].split(separator: " ").last.map(String.init) ?? ""
                let code = try #require(Self.unit(named: name), "\(name)")
                let n = Self.numbers(line[range.lowerBound...])
                let want = Self.recount(code)
                let shown = Array(n.prefix(4))
                #expect(shown == [want.unresolved.0, want.unresolved.1, want.remaining.0, want.remaining.1], "\(line)")
                #expect(line.contains("未解决 \(n[0]) 户 \(n[1]) 人 · 剩余 \(n[2]) 户 \(n[3]) 人"), "\(line)")
                checked += 1
            }
        }
        #expect(checked >= 20, "headings checked: \(checked)")
    }

    /// 太平村's header names every household (全部, with the monitored households never registered) beside the
    /// registered ones the report counts, and each pair of figures.
    @Test(arguments: Language.allCases)
    func villageHeaderSaysWhichCountIsWhich(language: Language) throws {
        let taiping = try #require(DemoScreens.code("太平村"))
        let size = Size(width: 200, height: 24)
        let app = DemoScreens.app(language, size: size) { ctx in VillageBoardScreen(village: taiping, ctx: ctx) }
        let header = try #require(DemoScreens.frame(app, size: size).first { $0.contains(language == .zh ? "全部" : "in all") })
        let want = Self.recount(taiping)
        #expect(want.all.0 != want.registered.0, "太平村 has monitored households never registered (98 vs 96)")
        let n = Self.numbers(header[...])
        #expect(Array(n.prefix(9)) == [want.all.0, want.all.1, want.registered.0, want.remaining.0, want.remaining.1,
                                       want.unresolved.0, want.unresolved.1, n[7], n[8]], "\(header)")
        if language == .zh {
            #expect(header.contains("全部 \(want.all.0) 户 \(want.all.1) 人（建档 \(want.registered.0) 户）"))
            #expect(header.contains("未解决 \(want.unresolved.0) 户 \(want.unresolved.1) 人"))
        }
    }

    /// The report gives all-household, registered, remaining and unresolved columns, so the board's 全部 and the
    /// report's 建档户 reconcile; a unit with no data shows "—" for its incidence and stays out of the denominator.
    @Test func reportColumnsRecomputeFromTheBoard() throws {
        let report = try #require(ScopeReport(board: Self.board, scope: BaishanDemo.cityCode))
        for row in report.rows {
            let want = Self.recount(row.code)
            let r = row.rollup
            #expect(ReportFigure.households.count(r) == want.all.0 && ReportFigure.people.count(r) == want.all.1)
            #expect(ReportFigure.householdsRegistered.count(r) == want.registered.0)
            #expect(ReportFigure.peopleRegistered.count(r) == want.registered.1)
            #expect(ReportFigure.householdsRemaining.count(r) == want.remaining.0)
            #expect(ReportFigure.peopleRemaining.count(r) == want.remaining.1)
            #expect(ReportFigure.householdsUnresolved.count(r) == want.unresolved.0)
            #expect(ReportFigure.peopleUnresolved.count(r) == want.unresolved.1)
        }
        for figure in [ReportFigure.households, .people, .householdsUnresolved, .peopleUnresolved] {
            #expect(ReportFigure.exported.contains(figure) && ReportFigure.printed.contains(figure))
        }
    }

    @Test func aUnitWithNoDataShowsNoIncidenceAndStaysOutOfRates() throws {
        var b = Self.board
        let grey = try #require(b.units.values.first { $0.level == .village && !b.rollup($0.code).hasData })
        // Give the grey village a population: it still has no data, so no rate counts it.
        var unit = grey
        unit.ruralPopulation = 5_000
        let township = try #require(grey.parent)
        let before = b.rollup(township)
        b.restore(unit)
        #expect(b.rollup(grey.code).incidence == nil)
        #expect(ReportFigure.incidence.cell(b.rollup(grey.code)) == "—")
        #expect(b.rollup(township).incidence == before.incidence, "the township's rate is unchanged")
        #expect(b.rollup(township).ruralPopulation == before.ruralPopulation + 5_000 - grey.ruralPopulation)
        #expect(b.rollups == b.recountedRollups())
    }
}
