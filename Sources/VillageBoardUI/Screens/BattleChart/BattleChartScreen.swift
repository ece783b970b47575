import TerminalKit
import VillageBoardCore

/// The battle chart (作战图) of a scope, three ways: the units one level down as tiles that fit one screen (a city's
/// counties, a county's townships, a township's villages), the list of every village grouped by township within
/// county (`v`), or a map of the villages by their coordinates (`m`). Enter drills down one level toward the selection.
public struct BattleChartScreen: Screen {
    public enum Mode: Hashable, Sendable { case tiles, villages, map }

    public let scope: DivisionCode
    /// The unit the cursor is on: a tile's unit, or a village (in the list and on the map, or one found by `/`).
    public internal(set) var selected: DivisionCode?
    public internal(set) var mode: Mode = .tiles
    /// The units one level down, in the board's order: one tile each.
    var children: [DivisionCode] = []
    var grid = TileGrid()
    /// The first row of tiles shown.
    var tileScroll = 0
    /// The list of every village (`v`).
    var layoutCache = ChartLayout()
    /// The units headed on the chart that are behind pace for their deadline (marked beside their name).
    var behind: Set<DivisionCode> = []
    /// Built when the map is shown, again on a resize or a save; never per key.
    var map = ChartMap()
    var size = Size(width: 80, height: 21)
    /// The first line of the village list shown.
    var scroll = 0

    static let tileWidth = 16
    static let summaryHeight = 3

    public init(scope: DivisionCode, selected: DivisionCode? = nil, mode: Mode = .tiles, ctx: ScreenContext) {
        self.scope = scope
        self.selected = selected
        self.mode = mode
        rebuild(ctx)
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.board.unit(scope)?.name ?? scope.description }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        [KeyBinding([.enter], .open, "action.open", hint: true),
         KeyBinding([.char("m")], .toggleLayout, "action.toggleLayout", hint: true),
         KeyBinding([.char("X")], .listExits, "exit.action.list"),
         KeyBinding([.char("b")], .burnDown, "action.burnDown", hint: true),
         KeyBinding([.char("v")], .toggleVillageList, "action.villageList", hint: true)]
            + StandardBindings.movement
    }

    var perRow: Int { max(1, (size.width + 1) / (Self.tileWidth + 1)) }
    var bodyHeight: Int { max(1, size.height - Self.summaryHeight) }
    var tileRows: Int { bodyHeight }

    mutating func rebuild(_ ctx: ScreenContext) {
        let board = ctx.board
        children = board.children[scope] ?? []
        // Tiles of units with units below may grow to name them, about two to a line.
        let most = children.reduce(0) { max($0, board.children[$1]?.count ?? 0) }
        let mostLines = most == 0 ? TileGrid.richLines : TileGrid.richLines + (most + 1) / 2
        grid = TileGrid(count: children.count, width: size.width, height: bodyHeight, mostLines: mostLines)
        if !grid.fits {
            // A line is kept for the note that more rows follow.
            grid = TileGrid(count: children.count, width: size.width, height: bodyHeight - 1, mostLines: mostLines)
        }
        layoutCache = ChartLayout(board: board, scope: scope, perRow: perRow)
        behind = BurnDownMarks.behind(on: board, units: layoutCache.lines.compactMap(\.headingCode))
        if let s = selected, s == scope || !board.isInside(s, scope: scope) { selected = nil }
        if selected == nil { selected = children.first }
        if mode != .tiles { selectAVillage(board) }
        if mode == .map { buildMap(ctx) }
        keepSelectionVisible()
        tileScroll = grid.scroll(showing: tileIndex(board) ?? 0, from: tileScroll)
    }

    mutating func buildMap(_ ctx: ScreenContext) {
        map = ChartMap(board: ctx.board, scope: scope, villages: layoutCache.villages,
                       grid: ChartMap.gridSize(for: Size(width: size.width, height: bodyHeight)), glyphs: ctx.glyphs)
    }

    /// The list and the map move between villages: a unit selected on the tiles gives way to its first village.
    mutating func selectAVillage(_ board: Board) {
        if let s = selected, layoutCache.position[s] != nil { return }
        selected = selected.flatMap { board.villages(under: $0).first } ?? layoutCache.villages.first
    }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) {
        guard size != self.size else { return }
        self.size = size
        rebuild(ctx)
    }

    public mutating func boardChanged(_ ctx: ScreenContext) { rebuild(ctx) }

    /// The tile the cursor is on: the unit one level down on the way to the selection.
    func tileIndex(_ board: Board) -> Int? {
        guard let s = selected else { return nil }
        if let i = children.firstIndex(of: s) { return i }
        let path = board.path(to: s).map(\.code)
        guard let here = path.firstIndex(of: scope), here + 1 < path.count else { return nil }
        return children.firstIndex(of: path[here + 1])
    }

    mutating func keepSelectionVisible() {
        guard let s = selected, let line = layoutCache.position[s]?.line else { return }
        if line < scroll { scroll = max(0, line - 1) }
        if line >= scroll + tileRows { scroll = line - tileRows + 1 }
        scroll = max(0, min(scroll, max(0, layoutCache.lines.count - tileRows)))
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        switch action {
        case .toggleLayout:
            mode = mode == .map ? .tiles : .map
            rebuild(ctx)
            return .none
        case .toggleVillageList:
            mode = mode == .villages ? .tiles : .villages
            rebuild(ctx)
            return .none
        case .listExits:
            return .push(ExitListScreen(scope: scope, ctx: ctx))
        case .burnDown:
            return .push(BurnDownScreen(scope: scope, ctx: ctx))
        case .open:
            return open(ctx)
        case .up, .down, .left, .right, .pageUp, .pageDown, .top, .bottom:
            move(action, ctx)
            return .none
        default:
            return .none
        }
    }

    mutating func move(_ action: Action, _ ctx: ScreenContext) {
        switch mode {
        case .tiles:
            guard !children.isEmpty else { return }
            let next = grid.step(from: tileIndex(ctx.board) ?? 0, action: action)
            selected = children[next]
            tileScroll = grid.scroll(showing: next, from: tileScroll)
        case .map where [.up, .down, .left, .right].contains(action):
            guard let s = selected else { return }
            selected = map.plot.groupOf[s] == nil ? map.plot.groups.first?.villages.first ?? s : map.plot.step(from: s, action: action)
        case .map, .villages:
            selected = layoutCache.step(from: selected, action: action)
            keepSelectionVisible()
        }
    }

    /// Enter: one level down toward the selection, in the same mode; on a village, its board.
    func open(_ ctx: ScreenContext) -> Outcome {
        guard let target = selected else { return .none }
        let path = ctx.board.path(to: target).map(\.code)
        guard let here = path.firstIndex(of: scope), here + 1 < path.count else { return .none }
        let next = path[here + 1]
        if ctx.board.unit(next)?.level == .village { return .push(VillageBoardScreen(village: next, ctx: ctx)) }
        return .push(BattleChartScreen(scope: next, selected: target == next ? nil : target, mode: mode, ctx: ctx))
    }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let (summary, body) = area.sliceTop(Self.summaryHeight)
        ChartSummary.render(scope: scope, ctx: ctx, into: &canvas, area: summary)
        if layoutCache.villages.isEmpty && children.isEmpty {
            canvas.put(ctx.text("chart.noVillages"), x: body.x + 1, y: body.y, style: "muted", maxWidth: body.width - 1)
            return
        }
        switch mode {
        case .tiles: renderTiles(ctx, into: &canvas, area: body)
        case .villages: renderVillageList(ctx, into: &canvas, area: body)
        case .map: renderMap(ctx, into: &canvas, area: body)
        }
    }

    func renderTiles(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let board = ctx.board
        let current = tileIndex(board)
        for (i, unit) in children.enumerated() {
            let row = i / max(1, grid.columns)
            guard row >= tileScroll, row < tileScroll + grid.visibleRows else { continue }
            let o = grid.origin(of: i, scroll: tileScroll)
            UnitTile.draw(unit, selected: i == current, board: board, ctx: ctx, grid: grid,
                          at: (area.x + o.x, area.y + o.y), clip: area, into: &canvas)
        }
        let hidden = grid.rows - tileScroll - grid.visibleRows
        if hidden > 0 {
            canvas.put(ctx.text("chart.tile.more", hidden), x: area.x, y: area.maxY - 1, style: "muted", maxWidth: area.width)
        }
    }

    func renderVillageList(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
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
        let (panel, mapArea) = area.sliceRight(ChartMap.panelWidth(for: area.width))
        map.render(board: ctx.board, glyphs: ctx.glyphs, selected: selected, into: &canvas, area: mapArea)
        MapPanel.render(map: map, scope: scope, selected: selected, ctx: ctx, into: &canvas, area: panel)
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
