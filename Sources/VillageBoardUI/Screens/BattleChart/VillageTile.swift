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

    /// ✗ households left, ! tasks not yet verified, ✓ all verified, – no data (`RollupRules.colour`).
    static func marker(_ colour: VillageColour, glyphs: GlyphSet) -> String {
        switch colour {
        case .red: glyphs.mark(.notMet)
        case .amber: "!"
        case .green: glyphs.mark(.met)
        case .grey: glyphs.mark(.notApplicable)
        }
    }

    /// The figure on a tile, as the legend names it (`RollupRules.figure`), then "+N" for village-level targets not
    /// met, counted beside the households ("12+2").
    static func figure(_ r: Rollup, _ colour: VillageColour) -> String {
        let households = RollupRules.figure(of: r, colour).map(String.init) ?? ""
        return r.villageTargetsNotMet > 0 ? households + "+" + String(r.villageTargetsNotMet) : households
    }

    /// "✗太平村 12" fitted to `width`; "退2" after it while exits are under way there (`pending`, from the catalogue).
    static func label(name: String, rollup: Rollup, colour: VillageColour, glyphs: GlyphSet, width: Int,
                      pending: String = "") -> String {
        let figure = figure(rollup, colour)
        let marker = marker(colour, glyphs: glyphs)
        var tail = figure.isEmpty ? "" : " " + figure
        // The mark gives way before the name is cut to nothing; the figures never do.
        if !pending.isEmpty && width - DisplayWidth.of(marker) - DisplayWidth.of(tail) - DisplayWidth.of(pending) >= 5 {
            tail += " " + pending
        }
        let nameWidth = max(0, width - DisplayWidth.of(marker) - DisplayWidth.of(tail))
        return marker + DisplayWidth.fit(name, to: nameWidth) + tail
    }
}
