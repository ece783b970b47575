import TerminalKit
import VillageBoardCore

/// The map of one scope at one size: the villages placed and grouped, the areas of the units below the scope and
/// their outlines, and the names — all worked out when the map is opened, resized or the board changes, so a key
/// press only moves the cursor and redraws.
struct ChartMap {
    var plot = MapPlot()
    var regions = MapRegions()
    var labels = MapLabels()

    init() {}

    /// The side panel's width beside a map `width` columns wide in all.
    static func panelWidth(for width: Int) -> Int { min(30, max(22, width / 4)) }

    /// The map's inner grid (inside its frame) for a body of `size`, the panel taken off the right.
    static func gridSize(for size: Size) -> Size {
        Size(width: max(0, size.width - panelWidth(for: size.width) - 2), height: max(0, size.height - 2))
    }

    init(board: Board, scope: DivisionCode, villages: [DivisionCode], grid: Size, glyphs: GlyphSet) {
        plot = MapPlot(board: board, villages: villages, width: grid.width, height: grid.height)
        // Each placed village's units one and two levels below the scope (the second nil when that is the village).
        var below: [DivisionCode: (DivisionCode, DivisionCode?)] = [:]
        for group in plot.groups {
            for v in group.villages {
                let path = board.path(to: v).map(\.code)
                guard let here = path.firstIndex(of: scope), here + 1 < path.count else { continue }
                below[v] = (path[here + 1], here + 2 < path.count ? path[here + 2] : nil)
            }
        }
        let isVillage = { (code: DivisionCode) in board.unit(code)?.level == .village }
        // Areas one level down; on a township's map (the level down is villages) the township's own area.
        regions = MapRegions(plot: plot) { v in
            guard let first = below[v]?.0 else { return nil }
            return isVillage(first) ? scope : first
        }
        var wanted: [MapLabels.Wanted] = []
        for (i, unit) in regions.units.enumerated() where unit != scope {
            let c = regions.centres[i]
            wanted.append(.init(unit: unit, name: board.unit(unit)?.name ?? "", x: c.x, y: c.y, besideGlyph: false, style: "map.label"))
        }
        // The level below that, at the middle of its villages.
        var sums: [DivisionCode: (x: Int, y: Int, n: Int)] = [:]
        var order: [DivisionCode] = []
        for group in plot.groups {
            for v in group.villages {
                guard let second = below[v]?.1, !isVillage(second) else { continue }
                if sums[second] == nil { order.append(second) }
                sums[second, default: (0, 0, 0)].x += group.x
                sums[second, default: (0, 0, 0)].y += group.y
                sums[second, default: (0, 0, 0)].n += 1
            }
        }
        for unit in order {
            guard let s = sums[unit], s.n > 0 else { continue }
            wanted.append(.init(unit: unit, name: board.unit(unit)?.name ?? "", x: s.x / s.n, y: s.y / s.n, besideGlyph: false,
                                style: "muted"))
        }
        // Villages one or two levels down, beside their glyph; a group's villages are named in the panel instead.
        for group in plot.groups where group.villages.count == 1 {
            let v = group.villages[0]
            guard let b = below[v], isVillage(b.0) || b.1.map(isVillage) == true else { continue }
            wanted.append(.init(unit: v, name: board.unit(v)?.name ?? "", x: group.x, y: group.y, besideGlyph: true, style: "normal"))
        }
        labels = MapLabels(plot: plot, wanted: wanted, ellipsis: glyphs.ellipsis)
    }

    /// The colour a group shows: the most urgent among its villages.
    static func colour(of group: MapPlot.Group, board: Board) -> VillageColour {
        let colours = Set(group.villages.map { board.colour(of: $0) })
        return [VillageColour.red, .amber, .green, .grey].first { colours.contains($0) } ?? .grey
    }

    /// The glyph of a group: a village's colour glyph, or how many villages share the cell (+ for ten or more).
    static func glyph(of group: MapPlot.Group, board: Board, glyphs: GlyphSet) -> String {
        switch group.villages.count {
        case 1: VillageTile.marker(board.colour(of: group.villages[0]), glyphs: glyphs)
        case 2...9: String(group.villages.count)
        default: "+"
        }
    }

    /// Draws the framed map into `area`, the selected village's group in the focus style.
    func render(board: Board, glyphs: GlyphSet, selected: DivisionCode?, into canvas: inout Canvas, area: Rect) {
        canvas.drawBox(area, glyphs: glyphs, style: "map.border")
        let inner = area.insetBy(dx: 1, dy: 1)
        guard plot.width > 0, plot.height > 0 else { return }
        for y in 0..<min(plot.height, inner.height) {
            for x in 0..<min(plot.width, inner.width) where regions.outline.indices.contains(y * plot.width + x) {
                if regions.outline[y * plot.width + x] {
                    canvas.put(glyphs.dot, x: inner.x + x, y: inner.y + y, style: "map.border")
                }
            }
        }
        for label in labels.labels {
            canvas.fill(Rect(x: inner.x + label.x, y: inner.y + label.y, width: label.width, height: 1))
            canvas.put(label.text, x: inner.x + label.x, y: inner.y + label.y, style: label.style,
                       maxWidth: max(0, inner.width - label.x))
        }
        let selectedGroup = selected.flatMap { plot.groupOf[$0] }
        for (i, group) in plot.groups.enumerated() {
            let style = VillageTile.style(Self.colour(of: group, board: board))
            canvas.put(Self.glyph(of: group, board: board, glyphs: glyphs), x: inner.x + group.x, y: inner.y + group.y,
                       style: i == selectedGroup ? style.layered(with: "focus") : style, maxWidth: 1)
        }
    }
}
