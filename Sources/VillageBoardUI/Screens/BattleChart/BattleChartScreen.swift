import TerminalKit
import VillageBoardCore

/// The battle chart (作战图): the villages of a scope as coloured tiles grouped by township within county,
/// or placed on a map by their coordinates. Enter drills down one level toward the selected village.
public struct BattleChartScreen: Screen {
    public enum Mode: Hashable, Sendable { case tiles, map }

    public let scope: DivisionCode
    public private(set) var selected: DivisionCode?
    public private(set) var mode: Mode = .tiles
    var layoutCache = ChartLayout()
    /// The units headed on the chart that are behind pace for their deadline (marked beside their name).
    var behind: Set<DivisionCode> = []
    var size = Size(width: 80, height: 21)
    /// The first line of tiles shown.
    var scroll = 0

    static let tileWidth = 16
    static let summaryHeight = 3

    public init(scope: DivisionCode, selected: DivisionCode? = nil, ctx: ScreenContext) {
        self.scope = scope
        self.selected = selected
        rebuild(ctx)
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.board.unit(scope)?.name ?? scope.description }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        [KeyBinding([.enter], .open, "action.open", hint: true),
         KeyBinding([.char("m")], .toggleLayout, "action.toggleLayout", hint: true),
         KeyBinding([.char("X")], .listExits, "exit.action.list"),
         KeyBinding([.char("b")], .burnDown, "action.burnDown", hint: true)]
            + StandardBindings.movement
    }

    var perRow: Int { max(1, (size.width + 1) / (Self.tileWidth + 1)) }
    var tileRows: Int { max(1, size.height - Self.summaryHeight) }

    mutating func rebuild(_ ctx: ScreenContext) {
        layoutCache = ChartLayout(board: ctx.board, scope: scope, perRow: perRow)
        behind = BurnDownMarks.behind(on: ctx.board, units: layoutCache.lines.compactMap(\.headingCode))
        if selected == nil || layoutCache.position[selected!] == nil { selected = layoutCache.villages.first }
        keepSelectionVisible()
    }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) {
        guard size != self.size else { return }
        self.size = size
        rebuild(ctx)
    }

    public mutating func boardChanged(_ ctx: ScreenContext) { rebuild(ctx) }

    mutating func keepSelectionVisible() {
        guard let s = selected, let line = layoutCache.position[s]?.line else { return }
        if line < scroll { scroll = max(0, line - 1) }
        if line >= scroll + tileRows { scroll = line - tileRows + 1 }
        scroll = max(0, min(scroll, max(0, layoutCache.lines.count - tileRows)))
    }

    public var canSearch: Bool { true }

    /// `/` on the chart: the village best matching by name or pinyin initials (三道湖 or sdh) gets the cursor.
    public mutating func search(_ query: String, _ ctx: ScreenContext) -> Outcome? {
        let board = ctx.board
        let found = FuzzyMatcher.rank(query: query, items: layoutCache.villages) { [board.unit($0)?.name ?? ""] }
        guard let best = found.first else { return .message(StatusMessage(ctx.text("search.none", query), isError: true)) }
        selected = best
        keepSelectionVisible()
        let name = board.unit(best)?.name ?? best.description
        return .message(StatusMessage(ctx.text("chart.search.found", name, found.count)))
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        switch action {
        case .toggleLayout:
            mode = mode == .tiles ? .map : .tiles
            return .none
        case .listExits:
            return .push(ExitListScreen(scope: scope, ctx: ctx))
        case .burnDown:
            return .push(BurnDownScreen(scope: scope, ctx: ctx))
        case .open:
            guard let village = selected else { return .none }
            let path = ctx.board.path(to: village).map(\.code)
            guard let here = path.firstIndex(of: scope), here + 1 < path.count else { return .none }
            let next = path[here + 1]
            if next == village { return .push(VillageBoardScreen(village: village, ctx: ctx)) }
            var deeper = BattleChartScreen(scope: next, selected: village, ctx: ctx)
            deeper.mode = mode
            return .push(deeper)
        case .up, .down, .left, .right, .pageUp, .pageDown, .top, .bottom:
            if mode == .map, let s = selected, [.up, .down, .left, .right].contains(action) {
                // The same grid the map is drawn on (inside its frame, above the info line).
                selected = MapPlot(board: ctx.board, villages: layoutCache.villages, width: size.width - 2,
                                   height: tileRows - 3).step(from: s, action: action)
            } else {
                selected = layoutCache.step(from: selected, action: action)
            }
            keepSelectionVisible()
            return .none
        default:
            return .none
        }
    }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let (summary, body) = area.sliceTop(Self.summaryHeight)
        ChartSummary.render(scope: scope, ctx: ctx, into: &canvas, area: summary)
        if layoutCache.villages.isEmpty {
            canvas.put(ctx.text("chart.noVillages"), x: body.x + 1, y: body.y, style: "muted", maxWidth: body.width - 1)
            return
        }
        switch mode {
        case .tiles: renderTiles(ctx, into: &canvas, area: body)
        case .map: renderMap(ctx, into: &canvas, area: body)
        }
    }

    func renderTiles(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let board = ctx.board
        for (i, line) in layoutCache.lines.dropFirst(scroll).prefix(area.height).enumerated() {
            let y = area.y + i
            switch line {
            case .heading(let code, let depth):
                guard let unit = board.unit(code) else { continue }
                let r = board.rollup(code)
                let colour = board.colour(of: code)
                let indent = depth * 2
                var x = area.x + indent
                x += canvas.put(VillageTile.marker(colour, glyphs: ctx.glyphs), x: x, y: y, style: VillageTile.style(colour))
                x += canvas.put(" " + unit.name + " ", x: x, y: y, style: depth == 0 ? "header" : "focus")
                if behind.contains(code) {
                    x += canvas.put("!" + ctx.text("burndown.behind"), x: x, y: y, style: "warning", maxWidth: area.maxX - x)
                }
                canvas.put(Self.headingFigures(r, ctx, width: area.maxX - x - 1),
                           x: x + 1, y: y, style: "muted", maxWidth: area.maxX - x - 1)
            case .tiles(let row):
                for (column, village) in row.enumerated() {
                    guard let unit = board.unit(village) else { continue }
                    let colour = board.colour(of: village)
                    let x = area.x + column * (Self.tileWidth + 1)
                    let r = board.rollup(village)
                    let pending = r.exitsPending > 0 ? ctx.text("exit.tile.pending", r.exitsPending) : ""
                    let label = VillageTile.label(name: unit.name, rollup: r, colour: colour, glyphs: ctx.glyphs,
                                                  width: Self.tileWidth, pending: pending)
                    let style = village == selected ? VillageTile.style(colour).layered(with: "focus") : VillageTile.style(colour)
                    canvas.put(label, x: x, y: y, style: style, maxWidth: min(Self.tileWidth, area.maxX - x))
                }
            }
        }
    }

    func renderMap(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 2 else { return }
        let (infoLine, mapArea) = area.sliceBottom(1)
        canvas.drawBox(mapArea, glyphs: ctx.glyphs, style: "map.border")
        let inner = mapArea.insetBy(dx: 1, dy: 1)
        let plot = MapPlot(board: ctx.board, villages: layoutCache.villages, width: inner.width, height: inner.height)
        // The selected village last, so it is never hidden under a neighbour.
        let order = layoutCache.villages.filter { $0 != selected } + (selected.map { [$0] } ?? [])
        for village in order {
            guard let p = plot.cells[village] else { continue }
            let colour = ctx.board.colour(of: village)
            let marker = VillageTile.marker(colour, glyphs: ctx.glyphs)
            let isSelected = village == selected
            let style = isSelected ? VillageTile.style(colour).layered(with: "focus") : VillageTile.style(colour)
            canvas.put(marker, x: inner.x + p.x, y: inner.y + p.y, style: style, maxWidth: inner.maxX - inner.x - p.x)
            if isSelected, let name = ctx.board.unit(village)?.name {
                canvas.put(" " + name, x: inner.x + p.x + 1, y: inner.y + p.y, style: "focus", maxWidth: max(0, inner.maxX - inner.x - p.x - 1))
            }
        }
        if let s = selected, let unit = ctx.board.unit(s) {
            let r = ctx.board.rollup(s)
            let path = ctx.board.path(to: s).dropFirst().map(\.name).joined(separator: " › ")
            canvas.put(path + "  " + Self.headingFigures(r, ctx, width: max(0, infoLine.width - 3 - DisplayWidth.of(path))),
                       x: infoLine.x + 1, y: infoLine.y, style: unit.coordinate == nil ? "muted" : "normal", maxWidth: infoLine.width - 1)
        }
    }
}

extension BattleChartScreen {
    /// A unit's figures beside its name: unresolved households and their people, then remaining households and their
    /// people (each pair counts the same households), then the work awaiting verification and overdue.
    /// Whole parts only, as many as fit in `width`: a figure is never cut.
    static func headingFigures(_ r: Rollup, _ ctx: ScreenContext, width: Int) -> String {
        let all = ctx.text("chart.headingPairs", r.householdsUnresolved, r.peopleUnresolved, r.householdsRemaining,
                           r.peopleRemaining, r.tasksDone, r.tasksOverdue)
        var shown = ""
        for part in all.split(separator: " · ").map(String.init) {
            let next = shown.isEmpty ? part : shown + " · " + part
            if DisplayWidth.of(next) > width { break }
            shown = next
        }
        return shown.isEmpty ? DisplayWidth.truncate(all, to: width) : shown
    }
}
