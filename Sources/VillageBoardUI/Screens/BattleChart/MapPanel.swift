import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The panel beside the map: the selected village's figures (and the other villages sharing its spot), then the
/// map's legend at the bottom — each glyph with its meaning, so the map reads without colour.
enum MapPanel {
    static func render(map: ChartMap, scope: DivisionCode, selected: DivisionCode?, ctx: ScreenContext,
                       into canvas: inout Canvas, area: Rect) {
        guard area.width > 2, area.height > 0 else { return }
        let board = ctx.board
        let x = area.x + 1, width = area.width - 1
        let legend = legendLines(map: map, ctx: ctx)
        var info: [(String, StyleName)] = []
        if let s = selected, let unit = board.unit(s) {
            let r = board.rollup(s)
            let colour = board.colour(of: s)
            let t = ctx.text
            let fit = { (wordings: [String]) in UnitTile.fitting(wordings, width: width) }
            info.append((VillageTile.marker(colour, glyphs: ctx.glyphs) + " " + unit.name, VillageTile.style(colour)))
            let path = board.path(to: s).map(\.code)
            let between = path.drop { $0 != scope }.dropFirst().dropLast().compactMap { board.unit($0)?.name }
            if !between.isEmpty { info.append((between.reversed().joined(separator: " · "), "muted")) }
            info.append((fit([t("chart.tile.unresolved", r.householdsUnresolved, r.peopleUnresolved),
                              t("chart.tile.unresolved.short", r.householdsUnresolved, r.peopleUnresolved)]),
                         r.householdsUnresolved > 0 ? "warning" : "normal"))
            info.append((fit([t("chart.tile.remaining", r.householdsRemaining, r.peopleRemaining),
                              t("chart.tile.remaining.short", r.householdsRemaining, r.peopleRemaining)]), "normal"))
            info.append((fit([t("chart.awaiting", r.tasksDone)]), "normal"))
            info.append((fit([t("chart.overdue", r.tasksOverdue)]), r.tasksOverdue > 0 ? "status.overdue" : "normal"))
            info.append((fit([t("chart.monitored", r.householdsMonitored)]), "normal"))
            info.append((fit([t("chart.notMet", r.itemsNotMet)]), "normal"))
            if let g = map.plot.groupOf[s], map.plot.groups[g].villages.count > 1 {
                let group = map.plot.groups[g].villages
                info.append((t("chart.map.here", group.count), "muted"))
                for v in group {
                    let mark = v == s ? ctx.glyphs.pointer : " "
                    info.append((mark + VillageTile.marker(board.colour(of: v), glyphs: ctx.glyphs) + (board.unit(v)?.name ?? ""),
                                 v == s ? "focus" : "normal"))
                }
            }
        }
        // The legend keeps the bottom; the figures take what is above it. The colour lines give way first when both do
        // not fit (the summary above the chart has them too); the map's own glyphs stay.
        let own = legend.count - VillageColour.allCases.count
        let legendShown = min(area.height, max(own, min(legend.count, area.height - info.count - 1)))
        let infoRows = area.height - (legendShown > 0 ? legendShown + 1 : 0)
        for (i, (text, style)) in info.prefix(max(0, infoRows)).enumerated() {
            canvas.put(DisplayWidth.truncate(text, to: width, ellipsis: ctx.glyphs.ellipsis), x: x, y: area.y + i, style: style,
                       maxWidth: width)
        }
        for (i, (text, style)) in legend.suffix(legendShown).enumerated() {
            canvas.put(DisplayWidth.truncate(text, to: width, ellipsis: ctx.glyphs.ellipsis), x: x, y: area.maxY - legendShown + i,
                       style: style, maxWidth: width)
        }
    }

    /// Each glyph the map uses, with its meaning; the count of villages not on the map when there are any.
    static func legendLines(map: ChartMap, ctx: ScreenContext) -> [(String, StyleName)] {
        let t = ctx.text
        var lines: [(String, StyleName)] = VillageColour.allCases.map {
            (VillageTile.marker($0, glyphs: ctx.glyphs) + " " + t.name($0), VillageTile.style($0))
        }
        lines.append((t("chart.map.legend.group"), "muted"))
        lines.append((t("chart.map.legend.many"), "muted"))
        if map.regions.units.count > 1 { lines.append((t("chart.map.legend.border", ctx.glyphs.dot), "map.border")) }
        if map.plot.unplaced > 0 { lines.append((t("chart.map.unplaced", map.plot.unplaced), "warning")) }
        return lines
    }
}
