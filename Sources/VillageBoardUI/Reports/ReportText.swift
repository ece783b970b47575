import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The scope report as an aligned text table (Chinese columns line up by display width).
public enum ReportText {
    /// The column headers and the cells of each row: the unit, then `ReportFigure.printed`.
    public static func table(_ report: ScopeReport, text: Catalog) -> (headers: [String], rows: [[String]]) {
        let headers = [text.unitHeader()] + ReportFigure.printed.map { text.header($0) }
        let rows = ([report.scope] + report.rows).map { row in [row.name] + ReportFigure.printed.map { $0.cell(row) } }
        return (headers, rows)
    }

    /// `0.28%`.
    public static func percent(_ fraction: Double) -> String { ReportFigure.percent(fraction) + "%" }

    /// The whole report as lines of text: a title, the table, and the legend of the standard.
    public static func render(_ report: ScopeReport, text: Catalog) -> String {
        let (headers, rows) = table(report, text: text)
        var widths = headers.map { DisplayWidth.of($0) }
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                DisplayWidth.pad(Sanitizer.sanitize(cell), to: widths[i], alignment: i == 0 ? .left : .right)
            }.joined(separator: "  ")
        }
        var out = [text("report.title", report.scope.name, report.asOf.iso)]
        if let s = report.standard { out.append(text("report.standard", s.year, s.incomeLine)) }
        out.append("")
        out.append(line(headers))
        for (i, row) in rows.enumerated() {
            out.append(line(row))
            if i == 0 { out.append(String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))) }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
