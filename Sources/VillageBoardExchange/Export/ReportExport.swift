import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// The scope report as CSV or JSON, with stable machine-readable column names (docs/STORE.md lists them).
public enum ReportExport {
    /// Column names, in order, after `code`, `name` and `level` (`ReportFigure.exported`).
    public static let columns: [String] = ReportFigure.exported.map(\.column)

    static func values(_ r: ScopeReport.Row) -> [String] { ReportFigure.exported.map { $0.exportValue(r) } }

    /// One header line, then the scope, then each unit under it. Fields with commas or quotes are quoted.
    public static func csv(_ report: ScopeReport) -> String {
        var lines = [(["code", "name", "level"] + columns).joined(separator: ",")]
        for row in [report.scope] + report.rows {
            lines.append(([row.code.description, row.name, row.level.rawValue] + values(row)).map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ s: String) -> String { CSVTable.quote(s) }

    /// `{"asOf":…, "scope":{…}, "rows":[…]}` with the same names as the CSV columns.
    public static func json(_ report: ScopeReport) -> [UInt8] {
        var w = JSONWriter(capacity: 4096)
        w.beginObject()
        w.field("asOf", report.asOf.iso)
        if let s = report.standard { w.field("incomeLine", s.incomeLine) }
        w.key("scope")
        write(report.scope, to: &w)
        w.key("rows")
        w.beginArray()
        for row in report.rows { write(row, to: &w) }
        w.endArray()
        w.key("burnDown")
        write(report.burnDown, to: &w)
        w.endObject()
        w.newline()
        return w.bytes
    }

    /// The burn-down's machine names, in order (docs/STORE.md lists them).
    public static let burnDownColumns = ["day", "households", "items", "tasks"]

    /// The scope's burn-down as CSV (`report --format csv --burn-down`): one line a point, oldest first.
    public static func burnDownCSV(_ report: ScopeReport) -> String {
        var lines = [burnDownColumns.joined(separator: ",")]
        for p in report.burnDown.points {
            lines.append([p.day.iso, String(p.figures.households), String(p.figures.items), String(p.figures.tasks)].joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// `{"countsFrom":…, "deadline":…, "perWeek":…, "projected":…, "needed":…, "behind":…, "points":[…]}`.
    private static func write(_ b: BurnDown, to w: inout JSONWriter) {
        w.beginObject()
        w.field("countsFrom", b.countsFrom.iso)
        w.key("deadline")
        if let d = b.deadline { w.value(d.iso) } else { w.null() }
        w.key("perWeek")
        if let p = b.pace.perWeek, p.isFinite { w.value(p) } else { w.null() }
        w.key("projected")
        if let d = b.pace.projected { w.value(d.iso) } else { w.null() }
        w.key("needed")
        if let n = b.pace.needed { w.value(n) } else { w.null() }
        w.key("behind")
        w.value(b.pace.behind)
        w.key("points")
        w.beginArray()
        for p in b.points {
            w.beginObject()
            w.field("day", p.day.iso)
            w.field("households", p.figures.households)
            w.field("items", p.figures.items)
            w.field("tasks", p.figures.tasks)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    private static func write(_ row: ScopeReport.Row, to w: inout JSONWriter) {
        w.beginObject()
        w.field("code", row.code.description)
        w.field("name", row.name)
        w.field("level", row.level.rawValue)
        for figure in ReportFigure.exported {
            let value = figure.exportValue(row)
            w.key(figure.column)
            if figure == .colour { w.value(value) } else if let n = Int(value) { w.value(n) } else if let d = Double(value) { w.value(d) } else { w.null() }
        }
        w.endObject()
    }
}

extension String {
    func replacingAll(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
