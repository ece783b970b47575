import VillageBoardCore

/// Printable sheets: the battle chart (挂图) of a scope and a household's card (明白卡), as plain text or as one
/// self-contained HTML page (print from a browser). ID numbers on paper are always masked.
public enum PrintSheets {
    /// Text or HTML.
    public enum Format: String, CaseIterable, Sendable { case txt, html }

    static func stateName(_ s: ItemState) -> String {
        switch s {
        case .met: "达标"
        case .notMet: "未达标"
        case .notApplicable: "不适用"
        case .notChecked: "未核查"
        }
    }

    static func itemName(_ i: ChecklistItem) -> String {
        switch i {
        case .food: "不愁吃"
        case .clothing: "不愁穿"
        case .education: "义务教育"
        case .medical: "基本医疗"
        case .housing: "住房安全"
        case .water: "饮水安全"
        case .income: "收入"
        }
    }

    static func statusName(_ s: HouseholdStatus) -> String {
        switch s {
        case .notOut: "未脱贫"
        case .out: "已脱贫"
        case .unstable: "脱贫不稳定户"
        case .edge: "边缘易致贫户"
        case .sudden: "突发严重困难户"
        }
    }

    /// The battle chart of `scope`: one line (or table row) per village under it, worst first.
    public static func chart(_ board: Board, scope: DivisionCode, format: Format) -> String? {
        guard let unit = board.unit(scope) else { return nil }
        let villages = board.villages(under: scope).sorted {
            (board.rollup($0).householdsRemaining, $1) > (board.rollup($1).householdsRemaining, $0)
        }
        let header = ["村", "乡镇", "剩余户", "剩余人", "未达标项", "待办任务", "逾期", "待验收", "着色"]
        var rows: [[String]] = []
        for code in villages {
            let r = board.rollup(code)
            rows.append([board.unit(code)?.name ?? code.description, board.unit(code)?.parent.flatMap { board.unit($0)?.name } ?? "",
                         String(r.householdsRemaining), String(r.peopleRemaining),
                         String(ChecklistItem.allCases.reduce(0) { $0 + r.notMet[$1] }), String(r.tasksOpen),
                         String(r.tasksOverdue), String(r.tasksDone), board.colour(of: code).rawValue])
        }
        let total = board.rollup(scope)
        let title = "\(unit.name) 挂图作战 — \(board.today.iso)"
        let summary = "建档立卡 \(total.householdsRegistered) 户 \(total.peopleRegistered) 人，已脱贫 \(total.householdsOut) 户，"
            + "剩余 \(total.householdsRemaining) 户 \(total.peopleRemaining) 人；任务 待办 \(total.tasksOpen)、逾期 \(total.tasksOverdue)、待验收 \(total.tasksDone)"
        return render(title: title, sections: [(summary, header, rows)], format: format)
    }

    /// The household's card (明白卡): who, status, income against the line, the checklist with evidence, the plan,
    /// the cadre and the open tasks.
    public static func householdCard(_ board: Board, household id: HouseholdID, format: Format) -> String? {
        guard let h = board.household(id) else { return nil }
        let place = board.path(to: h.village).map(\.name).joined(separator: " ")
        let cadre = h.cadre.map { board.user($0)?.name ?? $0.raw } ?? "—"
        let line = board.standard?.incomeLine
        let perCapita = h.income.perCapita(people: h.size)
        let summary = "\(place) \(h.hamlet)　户主 \(h.headName)　\(statusName(h.status))\(h.mark.riskEliminated ? "（风险已消除）" : "")"
            + "　包保干部 \(cadre)　人均纯收入 \(perCapita) 元" + (line.map { "（标准 \($0) 元）" } ?? "")
        let members = h.members.map {
            [$0.name, $0.relation.rawValue, String($0.birthYear), $0.idNumber?.masked ?? "—", $0.health.rawValue, $0.labour.rawValue,
             $0.medicalInsured ? "是" : "否"]
        }
        let checks = ChecklistItem.allCases.map { item -> [String] in
            let c = h.checklist[item]
            return [itemName(item), stateName(c.state), c.note, c.checkedBy?.raw ?? "", c.checkedOn?.iso ?? ""]
        }
        let measures = h.plan.measures.map { [$0.kind.rawValue, $0.detail] }
        let tasks = board.taskIndices(forHousehold: id).map { board.tasks[$0] }.map { [$0.title, $0.state.rawValue, $0.due.iso, $0.owner.raw] }
        return render(title: "明白卡 \(h.id)", sections: [
            (summary, ["姓名", "关系", "出生年", "身份证号", "健康", "劳动能力", "医保"], members),
            ("两不愁三保障", ["项目", "状态", "依据", "核查人", "日期"], checks),
            ("帮扶计划：" + (h.plan.needs.isEmpty ? "—" : h.plan.needs), ["措施", "内容"], measures),
            ("任务", ["任务", "状态", "期限", "负责人"], tasks),
        ], format: format)
    }

    static func render(title: String, sections: [(String, [String], [[String]])], format: Format) -> String {
        switch format {
        case .txt:
            var out = title + "\n" + String(repeating: "=", count: 40) + "\n"
            for (heading, header, rows) in sections {
                out += "\n" + heading + "\n"
                out += table([header] + rows)
            }
            return out
        case .html:
            var out = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>\(escape(title))</title>\n"
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
