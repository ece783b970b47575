import VillageBoardCore

/// A table in the words an office's spreadsheet uses: the register's Chinese column names and values (未脱贫, 因病,
/// 之子, 达标, 是/否) instead of the stable machine keys. `import` reads both back, so a Chinese export can be imported
/// again; the keys stay available (`export --keys`, and always in JSON) for programs.
public enum ExportWords {
    /// The task table's columns in Chinese (tasks are exported, never imported, so these live here).
    static let taskLabels: [String: String] = [
        "task_id": "任务编号", "household_id": "户编号", "village_code": "村代码", "title": "任务", "owner": "负责人",
        "due": "截止日期", "state": "状态", "created_by": "创建人", "created_on": "创建日期", "done_by": "完成人",
        "done_on": "完成日期", "done_note": "完成说明", "verified_by": "验收人", "verified_on": "验收日期",
        "return_reason": "退回原因", "overdue": "逾期",
    ]

    static let taskStates: [(String, String)] = [("open", "待办"), ("done", "待验收"), ("verified", "已销号")]
    static let yesNo: [(String, String)] = [("yes", "是"), ("no", "否")]

    /// The first register word of each machine key in an import choice list (`[key, 中文, …]`).
    static func words<T>(_ choices: [(T, [String])]) -> [(String, String)] {
        choices.compactMap { entry in
            guard entry.1.count > 1, let key = entry.1.first else { return nil }
            return (key, entry.1[1])
        }
    }

    /// Per machine column, the Chinese word for each key it may hold.
    static func values(for kind: TableExport.Kind) -> [String: [String: String]] {
        func map(_ pairs: [(String, String)]) -> [String: String] { Dictionary(pairs, uniquingKeysWith: { a, _ in a }) }
        switch kind {
        case .households:
            var out: [String: [String: String]] = [
                "status": map(words(ImportContext.statuses)), "main_cause": map(words(ImportContext.causes)),
                "secondary_causes": map(words(ImportContext.causes)),
            ]
            for flag in ["registered", "risk_eliminated", "dibao", "tekun", "pension", "family_doctor"] { out[flag] = map(yesNo) }
            for item in ChecklistItem.allCases { out[ImportColumn.check(item)] = map(words(ImportContext.itemStates)) }
            return out
        case .members:
            return ["relation": map(words(ImportContext.relations)), "health": map(words(ImportContext.healths)),
                    "labour": map(words(ImportContext.labours)), "schooling": map(words(ImportContext.schoolings)),
                    "insured": map(yesNo)]
        case .tasks:
            return ["state": map(taskStates), "overdue": map(yesNo)]
        }
    }

    /// The Chinese column name of a machine key.
    public static func label(of key: String, kind: TableExport.Kind) -> String {
        switch kind {
        case .households: SpreadsheetImport.columns(.households).first { $0.key == key }?.label ?? key
        case .members: SpreadsheetImport.columns(.members).first { $0.key == key }?.label ?? key
        case .tasks: taskLabels[key] ?? key
        }
    }

    /// `table` (made by `TableExport.table(kind, …)`) with Chinese column names and values. A list of causes keeps
    /// its separator-free words joined by 、, which import splits again.
    public static func chinese(_ table: CSVTable, kind: TableExport.Kind) -> CSVTable {
        let values = values(for: kind)
        let maps = table.header.map { values[$0] }
        let rows = table.rows.map { row in
            CSVTable.Row(line: row.line, fields: row.fields.enumerated().map { i, field in
                guard i < maps.count, let map = maps[i], !field.isEmpty else { return field }
                if table.header[i] == "secondary_causes" {
                    return field.split(separator: ";").map { map[String($0)] ?? String($0) }.joined(separator: "、")
                }
                return map[field] ?? field
            })
        }
        return CSVTable(header: table.header.map { label(of: $0, kind: kind) }, rows: rows)
    }
}
