import Testing
import VillageBoardCore
import VillageBoardDemo
@testable import VillageBoardExchange

/// The printed map's unit names stay off the village glyphs (they used to sit on their area's centre, hiding the
/// state of the villages under them in dense counties), and off each other.
@Suite struct WallChartLabelsTests {
    /// Each `<text>` of the SVG: x, y, font size and text.
    static func texts(_ svg: String) -> [(x: Double, y: Double, size: Double, text: String)] {
        svg.components(separatedBy: "<text ").dropFirst().compactMap { part in
            func attribute(_ name: String) -> Double? {
                guard let start = part.range(of: name + "=\"") else { return nil }
                return Double(part[start.upperBound...].prefix { $0 != "\"" })
            }
            guard let x = attribute("x"), let y = attribute("y"), let size = attribute("font-size"),
                  let open = part.firstIndex(of: ">"), let close = part.range(of: "</text>") else { return nil }
            return (x, y, size, String(part[part.index(after: open)..<close.lowerBound]))
        }
    }

    @Test(arguments: ["220600000000", "220602000000", "220621000000", "220622000000", "220623000000"])
    func noNameCoversAVillage(scope: String) throws {
        let board = BaishanDemo.board()
        let svg = WallChartMap(board: board, scope: try #require(DivisionCode(scope))).svg { $0 }
        let all = Self.texts(svg)
        // Glyphs are drawn 20 high, 7 below their point; names are the 26- and 15-unit texts.
        let glyphs = all.filter { $0.size == 20 }.map { WallChartLabels.Box(x0: $0.x - 10, y0: $0.y - 17, x1: $0.x + 10, y1: $0.y + 3) }
        let names = all.filter { $0.size == 26 || $0.size == 15 }
            .map { WallChartLabels.box($0.text, size: $0.size, at: WallChartMap.Point(x: $0.x, y: $0.y)) }
        #expect(!glyphs.isEmpty && !names.isEmpty)
        for (i, name) in names.enumerated() {
            #expect(!glyphs.contains { $0.overlap(name) > 0 }, "name \(i) of \(scope) covers a village")
            #expect(!names[(i + 1)...].contains { $0.overlap(name) > 0 }, "name \(i) of \(scope) covers another name")
        }
    }
}
