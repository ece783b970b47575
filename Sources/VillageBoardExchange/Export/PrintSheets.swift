import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// Printable sheets: the battle chart (挂图) of a scope and a household's card (明白卡), as plain text or as one
/// self-contained HTML page (print from a browser). ID numbers on paper are always masked.
public enum PrintSheets {
    /// Text or HTML.
    public enum Format: String, CaseIterable, Sendable { case txt, html }

    /// The battle chart of `scope`: one line (or table row) per village under it, worst first.
    public static func chart(_ board: Board, scope: DivisionCode, format: Format, language: Language = .zh) -> String? {
        guard let unit = board.unit(scope) else { return nil }
        let words = PrintSheetWords(language: language)
        let villages = board.villages(under: scope).sorted {
            (board.rollup($0).householdsRemaining, $1) > (board.rollup($1).householdsRemaining, $0)
        }
        var rows: [[String]] = []
        for code in villages {
            let r = board.rollup(code)
            rows.append([board.unit(code)?.name ?? code.description, board.unit(code)?.parent.flatMap { board.unit($0)?.name } ?? "",
                         String(r.householdsRemaining), String(r.peopleRemaining),
                         String(ChecklistItem.allCases.reduce(0) { $0 + r.notMet[$1] }), String(r.tasksOpen),
                         String(r.tasksOverdue), String(r.tasksDone), words.name(board.colour(of: code))])
        }
        return render(title: words.chartTitle(unit: unit.name, day: board.today),
                      sections: [(words.chartSummary(board.rollup(scope)), words.chartColumns, rows)],
                      format: format, language: language)
    }

    /// The household's card (明白卡): who, status, causes, income against the line, the checklist with evidence,
    /// the plan, the cadre and its tasks. Every value is printed as a word a cadre reads, never as its key; people
    /// by their names. Health (causes and risks of illness or disability, members' health, the medical item's
    /// evidence) is printed only for a `reader` the permission table lets see it; for anyone else, or nobody, masked.
    public static func householdCard(_ board: Board, household id: HouseholdID, format: Format,
                                     language: Language = .zh, readBy reader: User? = nil) -> String? {
        guard let h = board.household(id) else { return nil }
        let words = PrintSheetWords(language: language)
        let health = HealthWords(h, for: reader, board: board, text: Catalog(language))
        func person(_ user: UserID) -> String { board.user(user)?.name ?? user.raw }
        let place = board.path(to: h.village).map(\.name).joined(separator: " ")
        let cadre = h.cadre.map(person) ?? "—"
        var summary = [place, h.hamlet].filter { !$0.isEmpty }.joined(separator: " ")
            + words.fieldSeparator + words.head(h.headName)
            + words.fieldSeparator + words.name(h.status) + (h.mark.riskEliminated ? words.riskEliminatedNote : "")
        if let causes = words.causesAndRisks(main: h.mainCause, secondary: h.secondaryCauses, risks: h.riskTypes, health: health) {
            summary += words.fieldSeparator + causes
        }
        summary += words.fieldSeparator + words.cadre(cadre) + words.fieldSeparator
            + words.income(h.income.perCapita(people: h.size), line: board.standard?.incomeLine)
        let members = h.members.map {
            [$0.name, words.name($0.relation), String($0.birthYear), $0.idNumber?.masked ?? "—", health.health($0.health),
             words.name($0.labour), words.name($0.schooling), words.insured($0.medicalInsured)]
        }
        let checks = ChecklistItem.allCases.map { item -> [String] in
            let c = h.checklist[item]
            return [words.name(item), words.name(c.state), health.evidence(c.note, of: item), c.checkedBy.map(person) ?? "",
                    c.checkedOn?.iso ?? ""]
        }
        let measures = h.plan.measures.map { [words.name($0.kind), $0.detail] }
        let tasks = board.taskIndices(forHousehold: id).map { board.tasks[$0] }
            .map { [$0.title, words.name($0.state), $0.due.iso, person($0.owner)] }
        var sections = [
            (summary, words.memberColumns, members),
            (words.checklistHeading, words.checklistColumns, checks),
            (words.planHeading(needs: h.plan.needs), words.measureColumns, measures),
            (words.tasksHeading, words.taskColumns, tasks),
        ]
        // The evidence files (issue 21), named only where the reader may open them, as on the screens.
        let attached = board.attachments(ofHousehold: id)
        if !attached.isEmpty {
            let text = Catalog(language)
            let rows = attached.map { a in
                [Privacy.opensAttachment(a, for: reader, board: board) ? a.name : text("evidence.masked"), text.fileSize(a.size),
                 person(a.by), a.on.iso, text.evidenceTarget(a.target, board: board)]
            }
            sections.append((text("print.card.evidence", attached.count), words.evidenceColumns, rows))
        }
        return render(title: words.cardTitle(h.id), sections: sections, format: format, language: language)
    }

    static func render(title: String, sections: [(String, [String], [[String]])], format: Format,
                       language: Language = .zh) -> String {
        switch format {
        case .txt:
            // Data goes to a terminal or a printer as it is: every control character in it is made visible first.
            func safe(_ s: String) -> String { s.visibleControls() }
            var out = safe(title) + "\n" + String(repeating: "=", count: 40) + "\n"
            for (heading, header, rows) in sections {
                out += "\n" + safe(heading) + "\n"
                out += table(([header] + rows).map { $0.map(safe) })
            }
            return out
        case .html:
            var out = "<!DOCTYPE html>\n<html lang=\"\(PrintSheetWords(language: language).htmlLanguage)\"><head><meta charset=\"utf-8\"><title>\(escape(title))</title>\n"
                + "<style>body{font-family:sans-serif;margin:1.5cm}table{border-collapse:collapse;margin:.5em 0 1.2em}"
                + "td,th{border:1px solid #444;padding:2px 6px}th{background:#eee}@media print{body{margin:0}}</style></head><body>\n"
                + "<h1>\(escape(title))</h1>\n"
            for (heading, header, rows) in sections {
                out += "<p>\(escape(heading))</p>\n<table><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
                for row in rows { out += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n" }
                out += "</table>\n"
            }
            return out + "</body></html>\n"
        }
    }

    /// Columns padded to their display width (Chinese characters count two).
    static func table(_ rows: [[String]]) -> String {
        func width(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && $1.value != 0x2014 ? 2 : 1) } }
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], width(cell)) } }
        return rows.map { row in
            row.enumerated().map { i, cell in cell + String(repeating: " ", count: widths[i] - width(cell)) }
                .joined(separator: "  ").trimmingSpaces
        }.joined(separator: "\n") + "\n"
    }

    static func escape(_ s: String) -> String { XLSXWorkbook.escape(s) }
}
