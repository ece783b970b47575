import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The exits under way in a scope (key `X` on the chart): those awaiting the township's review first, then those
/// awaiting the county's decision, so a township or county finds what waits for it. Enter opens a household's gate.
public struct ExitListScreen: Screen {
    public let scope: DivisionCode
    /// Positions in `board.households`, awaiting the township first, then by village and id.
    var rows: [Int] = []
    var cursor = ListCursor()
    var size = Size(width: 80, height: 21)

    public init(scope: DivisionCode, ctx: ScreenContext) {
        self.scope = scope
        rebuild(ctx)
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("exit.list.title") }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        [KeyBinding([.enter], .open, "exit.action.open", hint: !rows.isEmpty, disabled: rows.isEmpty ? "exit.list.empty" : nil)]
            + StandardBindings.movement
    }

    /// Scans the scope's households (the board's per-village index), and none when the roll-up counts no exit.
    mutating func rebuild(_ ctx: ScreenContext) {
        let board = ctx.board
        var found: [Int] = []
        if board.rollup(scope).exitsPending > 0 {
            let all = board.unit(scope)?.level == .village ? board.householdsByVillage[scope] ?? [] : board.householdIndices(under: scope)
            found = all.filter { board.households[$0].exitCase != nil }
        }
        rows = found.sorted { a, b in
            let x = board.households[a], y = board.households[b]
            let sx = x.exitCase?.stage == .proposed ? 0 : 1, sy = y.exitCase?.stage == .proposed ? 0 : 1
            return sx != sy ? sx < sy : x.id < y.id
        }
        cursor.setCount(rows.count)
    }

    public mutating func boardChanged(_ ctx: ScreenContext) { rebuild(ctx) }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) { self.size = size }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if action == .open {
            guard rows.indices.contains(cursor.selected) else { return .none }
            return .push(ExitGateScreen(household: ctx.board.households[rows[cursor.selected]].id))
        }
        _ = cursor.handle(action, page: max(1, size.height - 3))
        return .none
    }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let t = ctx.text
        let board = ctx.board
        let proposed = rows.filter { board.households[$0].exitCase?.stage == .proposed }.count
        let scopeName = board.unit(scope)?.name ?? scope.description
        canvas.put(scopeName + "  " + t("exit.list.count", proposed, rows.count - proposed), x: area.x + 1, y: area.y,
                   style: "title", maxWidth: area.width - 2)
        guard !rows.isEmpty else {
            canvas.put(DisplayWidth.truncate(t("exit.list.empty"), to: area.width - 2), x: area.x + 1, y: area.y + 2, style: "muted", maxWidth: area.width - 2)
            return
        }
        let columns = [TableColumn(t("exit.list.col.head"), width: 10), TableColumn(t("exit.list.col.village"), width: 10),
                       TableColumn(t("exit.list.col.stage"), width: 16), TableColumn(t("exit.list.col.target"), width: 22),
                       TableColumn(t("exit.list.col.since"), width: 10)]
        let table = Rect(x: area.x + 1, y: area.y + 2, width: area.width - 2, height: area.height - 2)
        var c = cursor
        let window = c.visibleRange(rows: max(1, table.height - 1))
        Table.render(columns: columns, window: window, selected: cursor.selected, into: &canvas, area: table) { row, col in
            let h = board.households[rows[row]]
            guard let e = h.exitCase else { return TableCell("") }
            switch col {
            case 0: return TableCell(h.headName)
            case 1: return TableCell(board.unit(h.village)?.name ?? h.village.description)
            case 2: return TableCell(t(Catalog.stageKey(e.stage)), style: "status.pending")
            case 3: return TableCell(t.name(e.proposal.target))
            default: return TableCell(e.proposedOn.iso)
            }
        }
    }
}
