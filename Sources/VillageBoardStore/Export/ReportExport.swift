import VillageBoardCore

/// The scope report as CSV or JSON, with stable machine-readable column names (docs/STORE.md lists them).
public enum ReportExport {
    /// Column names, in order, after `code`, `name` and `level`.
    public static let columns: [String] = [
        "households_registered", "people_registered", "households_out", "people_out",
        "households_remaining", "people_remaining", "households_monitored", "people_monitored",
        "incidence_percent", "rural_population", "villages", "poor_villages",
    ] + ChecklistItem.allCases.map { "not_met_\($0.key)" } + [
        "tasks_open", "tasks_done_awaiting_verification", "tasks_verified", "tasks_overdue", "colour",
    ]

    static func values(_ r: ScopeReport.Row) -> [String] {
        let x = r.rollup
        var v: [String] = [
            String(x.householdsRegistered), String(x.peopleRegistered), String(x.householdsOut), String(x.peopleOut),
            String(x.householdsRemaining), String(x.peopleRemaining), String(x.householdsMonitored), String(x.peopleMonitored),
            x.incidence.map { percent($0) } ?? "", String(x.ruralPopulation), String(x.villages), String(x.poorVillages),
        ]
        v += ChecklistItem.allCases.map { String(x.notMet[$0]) }
        v += [String(x.tasksOpen), String(x.tasksDone), String(x.tasksVerified), String(x.tasksOverdue), r.colour.rawValue]
        return v
    }

    /// Incidence as a percentage with two decimals, e.g. `0.28`.
    public static func percent(_ fraction: Double) -> String {
        let hundredths = Int((fraction * 10_000).rounded())
        let whole = hundredths / 100, part = hundredths % 100
        return "\(whole).\(part < 10 ? "0" : "")\(part)"
    }

    /// One header line, then the scope, then each unit under it. Fields with commas or quotes are quoted.
    public static func csv(_ report: ScopeReport) -> String {
        var lines = [(["code", "name", "level"] + columns).joined(separator: ",")]
        for row in [report.scope] + report.rows {
            lines.append(([row.code.description, row.name, row.level.rawValue] + values(row)).map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingAll("\"", "\"\"") + "\""
    }

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
        w.endObject()
        w.newline()
        return w.bytes
    }

    private static func write(_ row: ScopeReport.Row, to w: inout JSONWriter) {
        w.beginObject()
        w.field("code", row.code.description)
        w.field("name", row.name)
        w.field("level", row.level.rawValue)
        for (name, value) in zip(columns, values(row)) {
            w.key(name)
            if name == "colour" { w.value(value) } else if let n = Int(value) { w.value(n) } else if let d = Double(value) { w.value(d) } else { w.null() }
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
