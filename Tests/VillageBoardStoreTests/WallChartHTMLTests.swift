import Foundation
import Testing
import VillageBoardCore
import VillageBoardDemo
@testable import VillageBoardExchange
import VillageBoardText

/// The printed A3 wall chart (`print chart --format html`): one self-contained page, every name escaped, no script,
/// nothing fetched, tags that close, and the burn-down, the tiles and who printed it on it.
@Suite struct WallChartHTMLTests {
    static let hostile = "<script>alert(1)</script>&\"'"

    /// The demo with its made-up weeks of work, and one village whose name tries to break out of the page.
    static func board() -> Board {
        var b = BaishanDemo.board()
        let device = DeviceID("wall-chart-test")
        for e in MadeUpHistory.entries(on: b, weeks: 6, households: 60) {
            try? b.apply(Operation(id: OperationID(device: device, sequence: b.nextSequence(for: device)), time: e.time,
                                   author: e.author, change: e.change))
        }
        if let village = b.units.values.filter({ $0.level == .village }).map(\.code).min(), var unit = b.unit(village) {
            unit.name = hostile
            b.restore(unit)
        }
        return b
    }

    @Test(arguments: Language.allCases)
    func thePageIsSelfContainedAndEscaped(language: Language) throws {
        let b = Self.board()
        let top = try #require(b.roots.first)
        let page = try #require(WallChartHTML(board: b, scope: top, language: language, printedBy: "张<b>三").page())
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("size:A3 landscape"))
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.lowercased().contains("http"))
        #expect(!page.contains("src="), "nothing fetched")
        #expect(!page.contains(Self.hostile))
        #expect(!page.contains("<b>三"))
        #expect(page.contains("张&lt;b&gt;三"))
        // Well-formed enough: every element this page opens is closed, as often.
        for tag in ["html", "head", "body", "div", "section", "svg", "text", "h1", "h2", "p", "footer", "header", "small", "table", "tr", "td", "th"] {
            let opened = page.components(separatedBy: "<\(tag)>").count - 1 + page.components(separatedBy: "<\(tag) ").count - 1
            let closed = page.components(separatedBy: "</\(tag)>").count - 1
            #expect(opened == closed, "<\(tag)> opened \(opened), closed \(closed)")
        }
        let t = Catalog(language)
        #expect(page.contains(PrintSheets.escape(BurnDownWords.pace(b.burnDown(of: top), text: t))))
        #expect(page.contains(PrintSheets.escape(t("print.wall.printed", "张<b>三", b.today.iso))))
        for county in b.children[top] ?? [] {
            #expect(page.contains(PrintSheets.escape(b.unit(county)?.name ?? "?")), "tile and map name of \(county)")
        }
    }

    @Test func anUnknownUnitHasNoPage() throws {
        let b = Self.board()
        #expect(WallChartHTML(board: b, scope: try #require(DivisionCode("990000000000")), language: .zh, printedBy: "x").page() == nil)
    }
}
