import TerminalKit
import VillageBoardCore
import VillageBoardText

/// One unit's tile on the chart: its colour glyph and name, then its figures, one line each, as many as the grid
/// gives it. A figure is never cut: each line takes the longest wording that fits whole, or stays blank.
enum UnitTile {
    /// One line of a tile: pieces of text, each in its own style.
    typealias Line = [(String, StyleName)]

    /// The text lines of a tile `width` wide with `lines` lines.
    static func lines(_ code: DivisionCode, board: Board, ctx: ScreenContext, width: Int, lines: Int) -> [Line] {
        guard let unit = board.unit(code) else { return [] }
        let r = board.rollup(code)
        let colour = board.colour(of: code)
        let t = ctx.text
        let marker = VillageTile.marker(colour, glyphs: ctx.glyphs)
        // A village's unmet village-level targets (村级目标) beside its name, as the legend's "+" says.
        let targets = unit.level == .village && r.villageTargetsNotMet > 0 ? " +" + String(r.villageTargetsNotMet) : ""
        let nameRoom = max(0, width - DisplayWidth.of(marker) - 1 - DisplayWidth.of(targets))
        let head = DisplayWidth.truncate(unit.name, to: nameRoom, ellipsis: ctx.glyphs.ellipsis) + targets
        var out: [Line] = [[(marker + " " + DisplayWidth.fit(head, to: max(0, width - DisplayWidth.of(marker) - 1)),
                             VillageTile.style(colour))]]
        let unresolved = fitting([t("chart.tile.unresolved", r.householdsUnresolved, r.peopleUnresolved),
                                  t("chart.tile.unresolved.short", r.householdsUnresolved, r.peopleUnresolved),
                                  t("chart.tile.pair", r.householdsUnresolved, r.peopleUnresolved)], width: width)
        out.append([(unresolved, "normal")])
        let tasks = fitting([t("chart.tile.tasks", r.tasksDone, r.tasksOverdue),
                             t("chart.tile.tasks.short", r.tasksDone, r.tasksOverdue),
                             t("chart.tile.pair", r.tasksDone, r.tasksOverdue)], width: width)
        out.append([(tasks, r.tasksOverdue > 0 ? "status.overdue" : "normal")])
        if lines >= 4 {
            out.append([(fitting([t("chart.tile.remaining", r.householdsRemaining, r.peopleRemaining),
                                  t("chart.tile.remaining.short", r.householdsRemaining, r.peopleRemaining)], width: width), "muted")])
        }
        if lines >= 5 {
            if unit.level == .village {
                out.append([(fitting([t("chart.tile.monitored", r.householdsMonitored, r.itemsNotMet),
                                      t("chart.tile.monitored.short", r.householdsMonitored, r.itemsNotMet)], width: width), "muted")])
            } else {
                // The units below, one glyph each in its own colour; those past the tile's edge give way to an ellipsis.
                let prefix = t("chart.tile.below", "")
                var line: Line = [(prefix, "muted")]
                var room = width - DisplayWidth.of(prefix)
                let kids = board.children[code] ?? []
                for (i, kid) in kids.enumerated() {
                    let c = board.colour(of: kid)
                    let glyph = VillageTile.marker(c, glyphs: ctx.glyphs)
                    let last = i == kids.count - 1
                    if room < DisplayWidth.of(glyph) + (last ? 0 : 1) {
                        line.append((ctx.glyphs.ellipsis, "muted"))
                        break
                    }
                    line.append((glyph, VillageTile.style(c)))
                    room -= DisplayWidth.of(glyph)
                }
                out.append(line)
                // Two columns kept clear on the right, so a line of names never runs into the next tile's.
                if lines > 5 { out += named(kids, board: board, ctx: ctx, width: width - 2, lines: lines - 5) }
            }
        }
        return Array(out.prefix(lines))
    }

    /// On a tall tile, the units below by name with their glyph and figure ("✗红土崖镇 27"), packed into lines; an
    /// entry is never split, and when they do not all fit the last line ends with an ellipsis (the glyph line above
    /// still shows every one).
    static func named(_ kids: [DivisionCode], board: Board, ctx: ScreenContext, width: Int, lines: Int) -> [Line] {
        var out: [Line] = []
        var line: Line = []
        var used = 0
        let gap = 2
        for (i, kid) in kids.enumerated() {
            let c = board.colour(of: kid)
            let figure = VillageTile.figure(board.rollup(kid), c)
            let name = DisplayWidth.truncate(board.unit(kid)?.name ?? "", to: 10, ellipsis: ctx.glyphs.ellipsis)
            let entry = VillageTile.marker(c, glyphs: ctx.glyphs) + name + (figure.isEmpty ? "" : " " + figure)
            let w = DisplayWidth.of(entry)
            let start = line.isEmpty ? 0 : used + gap
            if start + w > width {
                if !line.isEmpty { out.append(line) }
                line = []
                used = 0
                if out.count == lines || w > width {
                    // No room for this one: say there are more on the last line, if it has room, and stop.
                    if var last = out.popLast() {
                        let room = width - last.reduce(0) { $0 + DisplayWidth.of($1.0) }
                        if room >= 1 + DisplayWidth.of(ctx.glyphs.ellipsis) { last.append((" " + ctx.glyphs.ellipsis, "muted")) }
                        out.append(last)
                    }
                    return out
                }
            }
            if !line.isEmpty { line.append((String(repeating: " ", count: gap), "normal")); used += gap }
            line.append((entry, VillageTile.style(c)))
            used += w
            if i == kids.count - 1 { out.append(line) }
        }
        return Array(out.prefix(lines))
    }

    /// The first wording that fits `width` whole, or nothing: a number on screen is never cut.
    static func fitting(_ wordings: [String], width: Int) -> String {
        wordings.first { DisplayWidth.of($0) <= width } ?? ""
    }

    /// Draws the tile at (x, y); the selected one in the focus style over its whole area, so it shows in monochrome.
    static func draw(_ code: DivisionCode, selected: Bool, board: Board, ctx: ScreenContext, grid: TileGrid,
                     at origin: (x: Int, y: Int), clip: Rect, into canvas: inout Canvas) {
        let width = min(grid.width, clip.maxX - origin.x)
        guard width > 0 else { return }
        for (i, line) in lines(code, board: board, ctx: ctx, width: width, lines: grid.lines).enumerated() {
            let y = origin.y + i
            guard y >= clip.y, y < clip.maxY else { continue }
            if selected { canvas.fill(Rect(x: origin.x, y: y, width: width, height: 1), style: "focus") }
            var x = origin.x
            for (text, style) in line {
                x += canvas.put(text, x: x, y: y, style: selected ? style.layered(with: "focus") : style,
                                maxWidth: max(0, origin.x + width - x))
            }
        }
    }
}
