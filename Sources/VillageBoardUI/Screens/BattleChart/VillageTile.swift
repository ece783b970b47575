import TerminalKit
import VillageBoardCore

/// How a village looks on the chart: style and glyph by its colour, so colour is never the only sign.
enum VillageTile {
    static func style(_ colour: VillageColour) -> StyleName {
        switch colour {
        case .red: "status.unresolved"
        case .amber: "status.pending"
        case .green: "status.cleared"
        case .grey: "status.nodata"
        }
    }

    /// ✗ unresolved, ! awaiting verification or overdue, ✓ cleared, – no data.
    static func marker(_ colour: VillageColour, glyphs: GlyphSet) -> String {
        switch colour {
        case .red: glyphs.mark(.notMet)
        case .amber: "!"
        case .green: glyphs.mark(.met)
        case .grey: glyphs.mark(.notApplicable)
        }
    }

    /// The figure on a tile: unresolved households when red, unverified tasks when amber, nothing otherwise.
    static func figure(_ r: Rollup, _ colour: VillageColour) -> String {
        switch colour {
        case .red: String(max(r.householdsUnresolved, r.householdsWithUnmetItems))
        case .amber: String(r.tasksOpen + r.tasksDone)
        case .green, .grey: ""
        }
    }

    /// "✗太平村 12" fitted to `width`.
    static func label(name: String, rollup: Rollup, colour: VillageColour, glyphs: GlyphSet, width: Int) -> String {
        let figure = figure(rollup, colour)
        let marker = marker(colour, glyphs: glyphs)
        let tail = figure.isEmpty ? "" : " " + figure
        let nameWidth = max(0, width - DisplayWidth.of(marker) - DisplayWidth.of(tail))
        return marker + DisplayWidth.fit(name, to: nameWidth) + tail
    }
}
