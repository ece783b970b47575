import VillageBoardCore
import VillageBoardStore

/// Households, members and tasks as tables with the import's columns (docs/IMPORT.md), so an export can be imported
/// again; and any table as CSV (UTF-8 with a byte-order mark, for spreadsheet programs), JSON or .xlsx.
public enum TableExport {
    /// What can be exported as a table.
    public enum Kind: String, CaseIterable, Sendable {
        case households, members, tasks
    }

    /// The table of `kind` for the households (and their tasks) under `scope`. ID numbers are masked unless `fullIDs`.
    /// Health (a main cause of illness or disability, members' health) is left empty unless the permission table lets
    /// `reader` see it; with no reader it is left empty.
    public static func table(_ kind: Kind, board: Board, scope: DivisionCode? = nil, fullIDs: Bool = false,
                             readBy reader: User? = nil) -> CSVTable {
        let positions = scope.map { board.householdIndices(under: $0) } ?? Array(board.households.indices)
        var rows: [[String]] = []
        let header: [String]
        switch kind {
        case .households:
            header = SpreadsheetImport.columns(.households).map(\.key)
            for i in positions {
                let h = board.households[i]
                let cause = h.mainCause.flatMap { c in
                    Privacy.carriesHealth(c) && !Privacy.seesHealth(in: h, for: reader, board: board) ? nil : c
                }
                rows.append([h.id.raw, h.village.description, h.hamlet, h.status.rawValue, h.registered ? "yes" : "no",
                             h.identifiedOn?.iso ?? "", cause?.key ?? "", String(h.income.wages), String(h.income.business),
                             String(h.income.property), String(h.income.transfer), String(h.income.productionCosts),
                             h.cadre?.raw ?? "", yesNo(h.mark.riskEliminated),
                             h.secondaryCauses.map(\.key).joined(separator: ";"), h.income.year.map(String.init) ?? "",
                             yesNo(h.enrolments.dibao), yesNo(h.enrolments.tekun), yesNo(h.enrolments.pensionInsurance),
                             yesNo(h.enrolments.familyDoctor)]
                            + ChecklistItem.allCases.flatMap { [h.checklist[$0].state.rawValue, h.checklist[$0].note] })
            }
        case .members:
            header = SpreadsheetImport.columns(.members).map(\.key)
            for i in positions {
                let h = board.households[i]
                let seesHealth = Privacy.seesHealth(in: h, for: reader, board: board)
                for m in h.members {
                    rows.append([h.id.raw, m.id.raw, m.name, m.relation.rawValue, String(m.birthYear),
                                 m.idNumber.map { fullIDs ? $0.full : $0.masked } ?? "", seesHealth ? m.health.rawValue : "", m.labour.rawValue,
                                 m.schooling.rawValue, m.medicalInsured ? "yes" : "no"])
                }
            }
        case .tasks:
            header = ["task_id", "household_id", "village_code", "title", "owner", "due", "state", "created_by", "created_on",
                      "done_by", "done_on", "done_note", "verified_by", "verified_on", "return_reason", "overdue"]
            let tasks = scope.map { board.taskIndices(under: $0) } ?? Array(board.tasks.indices)
            for i in tasks {
                let t = board.tasks[i]
                var household = ""
                if case .household(let h) = t.subject { household = h.raw }
                rows.append([t.id.raw, household, board.village(of: t)?.description ?? "", t.title, t.owner.raw, t.due.iso,
                             t.state.rawValue, t.createdBy.raw, t.createdOn.iso, t.doneBy?.raw ?? "", t.doneOn?.iso ?? "",
                             t.doneNote, t.verifiedBy?.raw ?? "", t.verifiedOn?.iso ?? "", t.returnReason,
                             t.isOverdue(on: board.today) ? "yes" : "no"])
            }
        }
        return CSVTable(header: header, rows: rows.enumerated().map { CSVTable.Row(line: $0.offset + 2, fields: $0.element) })
    }

    private static func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }

    /// CSV bytes with the UTF-8 byte-order mark (Excel and WPS then read Chinese correctly) and CRLF line ends.
    public static func csv(_ table: CSVTable) -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(table.text().utf8)
    }

    /// `[{"column":"value",…},…]`, one object per row, numbers as numbers where the column is numeric.
    public static func json(_ table: CSVTable, numeric: Set<String> = ["wages", "business", "property", "transfer", "costs", "birth_year",
                                                                      "income_year"]) -> [UInt8] {
        var w = JSONWriter(capacity: 4096)
        w.beginArray()
        for row in table.rows {
            w.beginObject()
            for (i, name) in table.header.enumerated() {
                let value = i < row.fields.count ? row.fields[i] : ""
                w.key(name)
                if numeric.contains(name), let n = Int(value) { w.value(n) } else { w.value(value) }
            }
            w.endObject()
        }
        w.endArray()
        w.newline()
        return w.bytes
    }

    /// The scope report as a table (for .xlsx): the CSV columns of `ReportExport`.
    public static func table(_ report: ScopeReport) -> CSVTable {
        let header = ["code", "name", "level"] + ReportExport.columns
        let rows = ([report.scope] + report.rows).enumerated().map { n, r in
            CSVTable.Row(line: n + 2, fields: [r.code.description, r.name, r.level.rawValue] + ReportExport.values(r))
        }
        return CSVTable(header: header, rows: rows)
    }
}
