import TerminalKit
import Testing
import VillageBoardCore
import VillageBoardDemo
@testable import VillageBoardUI

/// The map's names never overlap: on every map of the demo (the city, each county, each township) at several sizes,
/// no two labels share a cell or touch, none covers a village's glyph, and all lie inside the map.
@Suite struct MapLabelTests {
    /// What is wrong with a map's labels, in words (empty when nothing is).
    static func problems(_ map: ChartMap) -> [String] {
        let plot = map.plot
        var out: [String] = []
        var owner: [Int: Int] = [:]
        for (i, label) in map.labels.labels.enumerated() {
            if label.x < 0 || label.y < 0 || label.x + label.width > plot.width || label.y >= plot.height {
                out.append("\(label.text) leaves the map")
                continue
            }
            if DisplayWidth.of(label.text) != label.width { out.append("\(label.text) is not \(label.width) wide") }
            for x in label.x..<(label.x + label.width) {
                if let other = owner[label.y * plot.width + x] {
                    out.append("\(label.text) overlaps \(map.labels.labels[other].text)")
                }
                owner[label.y * plot.width + x] = i
                if plot.group(x: x, y: label.y) != nil { out.append("\(label.text) covers a village at \(x),\(label.y)") }
            }
        }
        // Two names side by side with no blank column between would read as one.
        for (i, label) in map.labels.labels.enumerated() {
            for side in [label.x - 1, label.x + label.width] {
                if let other = owner[label.y * plot.width + side], other != i, side >= 0, side < plot.width {
                    out.append("\(label.text) touches \(map.labels.labels[other].text)")
                }
            }
        }
        return out
    }

    static let sizes = [Size(width: 56, height: 16), Size(width: 80, height: 24), Size(width: 120, height: 40),
                        Size(width: 200, height: 60)]

    @Test(arguments: sizes)
    func noTwoLabelsOverlapOnAnyMapOfTheDemo(size: Size) {
        let board = DemoScreens.board
        let ctx = DemoScreens.ctx(.zh)
        var maps = 0, labels = 0
        for unit in board.units.values where unit.level != .village {
            let chart = BattleChartScreen(scope: unit.code, mode: .map, ctx: ctx)
            var sized = chart
            sized.layout(for: Size(width: size.width, height: size.height - 3), ctx)
            #expect(Self.problems(sized.map).isEmpty, "\(unit.name) at \(size): \(Self.problems(sized.map))")
            maps += 1
            labels += sized.map.labels.labels.count
        }
        #expect(maps > 40 && labels > maps, "maps \(maps), labels \(labels)")
    }

    @Test func aNameThatFindsNoRoomIsLeftOffNotDrawnOver() {
        // A 4×3 map of villages on every cell: there is no room for any name.
        var plot = MapPlot()
        plot.width = 4
        plot.height = 3
        plot.groupAt = Array(0..<12)
        plot.groups = (0..<12).map { MapPlot.Group(x: $0 % 4, y: $0 / 4, villages: [DivisionCode(value: 220_600_000_000 + Int64($0) + 1)!]) }
        let wanted = [MapLabels.Wanted(unit: DivisionCode(value: 220_600_000_000)!, name: "白山市", x: 1, y: 1, besideGlyph: false,
                                       style: "map.label")]
        #expect(MapLabels(plot: plot, wanted: wanted, ellipsis: "…").labels.isEmpty)
    }
}
