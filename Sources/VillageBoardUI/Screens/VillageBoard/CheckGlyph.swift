import TerminalKit
import VillageBoardCore

/// A checklist state as glyph and style: ✓ met, ✗ not met, – n/a, ? not checked (never colour alone).
enum CheckGlyph {
    static func glyph(_ state: ItemState, _ glyphs: GlyphSet) -> String {
        switch state {
        case .met: glyphs.mark(.met)
        case .notMet: glyphs.mark(.notMet)
        case .notApplicable: glyphs.mark(.notApplicable)
        case .notChecked: glyphs.mark(.notChecked)
        }
    }

    static func style(_ state: ItemState) -> StyleName {
        switch state {
        case .met: "status.cleared"
        case .notMet: "status.unresolved"
        case .notApplicable: "muted"
        case .notChecked: "status.pending"
        }
    }

    static func cell(_ state: ItemState, _ glyphs: GlyphSet) -> TableCell { TableCell(glyph(state, glyphs), style: style(state)) }

    static func style(_ mark: HouseholdMark) -> StyleName {
        if mark.status == .notOut { return "status.unresolved" }
        if mark.status.isMonitoredKind && !mark.riskEliminated { return "status.pending" }
        return "status.cleared"
    }
}
