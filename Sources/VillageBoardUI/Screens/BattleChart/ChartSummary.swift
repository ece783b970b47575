import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The two lines above the chart: the scope's totals and the colour legend.
enum ChartSummary {
    static func render(scope: DivisionCode, ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height >= 1, let unit = ctx.board.unit(scope) else { return }
        let r = ctx.board.rollup(scope)
        let t = ctx.text
        let overdue = t("chart.overdue", r.tasksOverdue)
        var parts = [
            t("chart.remaining", r.householdsRemaining, r.peopleRemaining),
            t("chart.incidence", r.incidence.map { ReportText.percent($0) } ?? "—"),
            t("chart.monitored", r.householdsMonitored),
            t("chart.notMet", r.itemsNotMet),
            t("chart.awaiting", r.tasksDone),
            overdue,
        ]
        // Exits under way count as their own state: the township sees what awaits it, the county what awaits it.
        if r.exitsPending > 0 { parts.insert(t("exit.chart.pending", r.exitsProposed, r.exitsReviewed), at: 3) }
        if let deadline = unit.deadline ?? ctx.board.path(to: scope).compactMap(\.deadline).first {
            let days = ctx.board.today.days(until: deadline)
            parts.append(days >= 0 ? t("chart.countdown", days) : t("chart.pastDeadline", -days))
        }
        var x = area.x
        for (i, part) in parts.enumerated() {
            let style: StyleName = (i == 0 && r.householdsRemaining > 0) || (part == overdue && r.tasksOverdue > 0) ? "warning" : "normal"
            let w = DisplayWidth.of(part)
            if x + w > area.maxX { break }
            canvas.put(part, x: x, y: area.y, style: style)
            x += w + 2
        }
        guard area.height >= 2 else { return }
        var lx = area.x
        for colour in VillageColour.allCases {
            let marker = VillageTile.marker(colour, glyphs: ctx.glyphs)
            let text = t.name(colour)
            if lx + DisplayWidth.of(marker) + DisplayWidth.of(text) + 2 > area.maxX { break }
            lx += canvas.put(marker, x: lx, y: area.y + 1, style: VillageTile.style(colour))
            lx += canvas.put(" " + text, x: lx, y: area.y + 1, style: "muted") + 2
        }
    }
}
