import VillageBoardCore
import VillageBoardText

/// Department cross-check findings (issue 14) as the household screen says them: under the checklist item they
/// speak to, open or looked at.
enum FindingText {
    static func department(_ d: Department) -> TextKey {
        switch d {
        case .school: "finding.department.school"
        case .insurance: "finding.department.insurance"
        case .housing: "finding.department.housing"
        }
    }

    /// One line per finding on `item`: "学籍 2020-06-01 · 未核实：王小明 不在学籍名单", or who looked and what they found.
    static func lines(_ h: Household, item: ChecklistItem, ctx: ScreenContext) -> [StyledLine] {
        let t = ctx.text
        return h.findings.filter { $0.item == item }.map { f in
            let state = f.look.map { t("finding.looked", HouseholdFormat.user($0.by, ctx.board), $0.on.iso, $0.note) }
                ?? t("finding.open")
            return StyledLine(t("finding.line", t(department(f.department)), f.foundOn.iso, state, f.says),
                              f.isOpen ? "status.unresolved" : "muted")
        }
    }

    /// The finding `K` looks at: the first open one on the selected item, else the household's first open one.
    static func next(_ h: Household, item: ChecklistItem) -> Int? {
        h.findings.indices.first { h.findings[$0].isOpen && h.findings[$0].item == item }
            ?? h.findings.indices.first { h.findings[$0].isOpen }
    }
}
