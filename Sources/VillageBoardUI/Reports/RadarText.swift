import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The monitoring radar as aligned text (`village-board radar`): the warnings most urgent first, then the cadres
/// by warnings, as the screen first shows them.
public enum RadarText {
    public static func render(_ radar: Radar, board: Board, text t: Catalog) -> String {
        let place = radar.scope.flatMap { board.unit($0)?.name } ?? ""
        var out = [t("radar.summary", place, radar.today.iso, radar.total), ""]
        let warnings = RadarWarning.allCases.map { [t(.name($0)), String(radar.count($0)), RadarWords.about($0, board: board, t)] }
        out += aligned([t("radar.col.warning"), t("radar.col.count"), t("radar.col.about")], warnings, rightAligned: [1])
        out += ["", t("radar.cadres", radar.cadres.count)]
        let cadres = radar.cadres.sorted { ($0.warnings, $1.cadre) > ($1.warnings, $0.cadre) }
        let columns = CadreLoad.Column.allCases
        let rows = cadres.map { c in
            columns.map { $0 == .cadre ? (board.user(c.cadre)?.name ?? c.cadre.raw) : String(c.figure($0)) }
        }
        out += aligned(columns.map { t(.header($0)) }, rows, rightAligned: Set(1..<columns.count))
        return out.joined(separator: "\n") + "\n"
    }

    /// A header and rows padded by display width, so Chinese lines up.
    static func aligned(_ header: [String], _ rows: [[String]], rightAligned: Set<Int>) -> [String] {
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(Sanitizer.sanitize(cell))) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                DisplayWidth.pad(Sanitizer.sanitize(cell), to: widths[i], alignment: rightAligned.contains(i) ? .right : .left)
            }.joined(separator: "  ").trimmingSpaces
        }
        return [line(header)] + rows.map(line)
    }
}
