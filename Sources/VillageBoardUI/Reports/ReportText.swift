import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The scope report as an aligned text table (Chinese columns line up by display width).
public enum ReportText {
    /// The column headers and the cells of each row, shared by the text table and the report screen.
    public static func table(_ report: ScopeReport, text: Catalog) -> (headers: [String], rows: [[String]]) {
        var headers = [text("report.col.unit"), text("report.col.households"), text("report.col.people"),
                       text("report.col.out"), text("report.col.outPeople"), text("report.col.remaining"),
                       text("report.col.remainingPeople"), text("report.col.incidence"), text("report.col.monitored")]
        headers += ChecklistItem.allCases.map { text("report.col.notMet", text.shortName($0)) }
        headers += [text("task.state.open"), text("task.state.done"), text("task.state.verified"), text("task.overdue")]
        let rows = ([report.scope] + report.rows).map { row -> [String] in
            let r = row.rollup
            var cells = [row.name, String(r.householdsRegistered), String(r.peopleRegistered), String(r.householdsOut),
                         String(r.peopleOut), String(r.householdsRemaining), String(r.peopleRemaining),
                         r.incidence.map { ReportText.percent($0) } ?? "—", String(r.householdsMonitored)]
            cells += ChecklistItem.allCases.map { String(r.notMet[$0]) }
            cells += [String(r.tasksOpen), String(r.tasksDone), String(r.tasksVerified), String(r.tasksOverdue)]
            return cells
        }
        return (headers, rows)
    }

    /// `0.28%`.
    public static func percent(_ fraction: Double) -> String {
        let hundredths = Int((fraction * 10_000).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)%"
    }

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
