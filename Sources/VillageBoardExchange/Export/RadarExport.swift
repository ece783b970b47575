import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// The monitoring radar as JSON or CSV for a weekly report (`village-board radar`), with stable machine names
/// (`RadarWarning.key`; docs/IMPORT.md lists them).
public enum RadarExport {
    /// `{"asOf", "scope", "warnings":[{"warning", "count", "about":"households"|"tasks", "ids":[…]}], "cadres":[…]}`.
    public static func json(_ radar: Radar, board: Board) -> [UInt8] {
        var w = JSONWriter(capacity: 4096)
        w.beginObject()
        w.field("asOf", radar.today.iso)
        w.field("scope", radar.scope?.description ?? "")
        w.field("total", radar.total)
        w.key("warnings")
        w.beginArray()
        for warning in RadarWarning.allCases {
            w.beginObject()
            w.field("warning", warning.key)
            w.field("count", radar.count(warning))
            w.field("about", warning.isAboutTasks ? "tasks" : "households")
            w.key("ids")
            w.beginArray()
            for id in ids(warning, radar, board) { w.value(id) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("cadres")
        w.beginArray()
        for c in radar.cadres {
            w.beginObject()
            w.field("cadre", c.cadre.raw)
            w.field("name", board.user(c.cadre)?.name ?? "")
            for column in CadreLoad.Column.allCases where column != .cadre {
                w.key(name(column))
                w.value(c.figure(column))
            }
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.newline()
        return w.bytes
    }

    /// One table: a row per warning (`row` = `warning`, with its count), then a row per cadre (`row` = `cadre`).
    /// Without a byte-order mark, as `report --format csv` (this goes to standard output, not to a file for Excel).
    public static func csv(_ radar: Radar, board: Board) -> String {
        let figures = CadreLoad.Column.allCases.filter { $0 != .cadre }
        let header = ["row", "key", "name", "count"] + figures.map(name)
        var rows: [[String]] = RadarWarning.allCases.map {
            ["warning", $0.key, "", String(radar.count($0))] + figures.map { _ in "" }
        }
        rows += radar.cadres.map { c in
            ["cadre", c.cadre.raw, board.user(c.cadre)?.name ?? "", String(c.warnings)] + figures.map { String(c.figure($0)) }
        }
        let table = CSVTable(header: header, rows: rows.enumerated().map { CSVTable.Row(line: $0.offset + 2, fields: $0.element) })
        return table.text()
    }

    /// The machine name of a per-cadre figure.
    public static func name(_ column: CadreLoad.Column) -> String {
        switch column {
        case .cadre: "cadre"
        case .households: "households"
        case .recentVisits: "visits_30d"
        case .overdueTasks: "overdue_tasks"
        case .warnings: "warnings"
        }
    }

    /// The ids of the households or tasks behind a warning.
    static func ids(_ warning: RadarWarning, _ radar: Radar, _ board: Board) -> [String] {
        radar.positions(warning).compactMap { p in
            warning.isAboutTasks
                ? (board.tasks.indices.contains(p) ? board.tasks[p].id.raw : nil)
                : (board.households.indices.contains(p) ? board.households[p].id.raw : nil)
        }
    }
}
