import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The households or tasks behind one warning of the radar (Enter on the radar): one row each, Enter opens the
/// household (a task's household). The list is as the board was when opened; Esc goes back to a fresh radar.
public struct RadarListScreen: Screen {
    public let warning: RadarWarning
    /// Positions in `Board.households`, or in `Board.tasks` for a task warning.
    public let positions: [Int]
    let today: Day
    var cursor = ListCursor()
    var size = Size(width: 80, height: 21)

    /// The list of `positions` (the households or tasks behind `warning` on `today`).
    public init(warning: RadarWarning, positions: [Int], today: Day) {
        self.warning = warning
        self.positions = positions
        self.today = today
        cursor.setCount(positions.count)
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("radar.list.title", ctx.text(.name(warning)), positions.count) }

    /// The household the row under the cursor is about, if any.
    func selectedHousehold(_ board: Board) -> HouseholdID? {
        guard positions.indices.contains(cursor.selected) else { return nil }
        let p = positions[cursor.selected]
        if warning.isAboutTasks {
            guard board.tasks.indices.contains(p), case .household(let id) = board.tasks[p].subject else { return nil }
            return id
        }
        return board.households.indices.contains(p) ? board.households[p].id : nil
    }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        let reason: TextKey? = selectedHousehold(ctx.board) == nil
            ? (positions.isEmpty ? "radar.list.empty" : "radar.list.noHousehold") : nil
        return [KeyBinding([.enter], .open, "radar.list.action.open", hint: true, disabled: reason)] + StandardBindings.movement
    }

    var pageHeight: Int { max(1, size.height - 3) }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if cursor.handle(action, page: pageHeight) {
            _ = cursor.visibleRange(rows: pageHeight)
            return .none
        }
        if action == .open, let id = selectedHousehold(ctx.board) {
            return .push(HouseholdScreen(household: id, ctx: ctx))
        }
        return .none
    }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) {
        self.size = size
        _ = cursor.visibleRange(rows: pageHeight)
    }

    // MARK: Drawing

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 0 else { return }
        let t = ctx.text
        let board = ctx.board
        canvas.put(RadarScreen.whole(RadarWords.about(warning, board: board, t), width: area.width - 1), x: area.x + 1, y: area.y,
                   style: "muted", maxWidth: area.width - 1)
        let tableArea = Rect(x: area.x + 1, y: area.y + 1, width: max(0, area.width - 1), height: max(0, area.height - 1))
        let window = cursor.window(rows: max(0, tableArea.height - 1))
        if positions.isEmpty {
            canvas.put(t("radar.list.empty"), x: area.x + 1, y: area.y + 2, style: "muted", maxWidth: area.width - 1)
            return
        }
        if warning.isAboutTasks {
            renderTasks(window, board, t, into: &canvas, area: tableArea)
        } else {
            renderHouseholds(window, board, t, into: &canvas, area: tableArea)
        }
    }

    private func renderHouseholds(_ window: Range<Int>, _ board: Board, _ t: Catalog, into canvas: inout Canvas, area: Rect) {
        let rest = max(10, area.width - 18 - 10 - 10 - 4)
        let columns = [TableColumn(t("radar.list.col.id"), width: 18), TableColumn(t("radar.list.col.head"), width: 10),
                       TableColumn(t("radar.list.col.village"), width: rest - rest / 2),
                       TableColumn(t("radar.list.col.cadre"), width: rest / 2),
                       TableColumn(t("radar.list.col.lastVisit"), width: 10)]
        Table.render(columns: columns, window: window, selected: cursor.selected, into: &canvas, area: area) { row, column in
            let p = positions[row]
            guard board.households.indices.contains(p) else { return TableCell("") }
            let h = board.households[p]
            switch column {
            case 0: return TableCell(h.id.raw, style: "muted")
            case 1: return TableCell(h.headName)
            case 2: return TableCell(board.unit(h.village)?.name ?? h.village.description)
            case 3: return TableCell(HouseholdFormat.user(h.cadre, board))
            default: return TableCell(h.lastVisit?.iso ?? t("radar.list.never"), style: h.lastVisit == nil ? "status.unresolved" : "normal")
            }
        }
    }

    private func renderTasks(_ window: Range<Int>, _ board: Board, _ t: Catalog, into canvas: inout Canvas, area: Rect) {
        // The count keeps all its digits, however many times a task was sent back.
        let digits = window.map { board.tasks.indices.contains(positions[$0]) ? String(board.tasks[positions[$0]].sendBacks).count : 1 }
        let sentWidth = max(4, DisplayWidth.of(t("radar.list.col.sendBacks")), digits.max() ?? 1)
        let titleWidth = max(10, area.width - 10 - 10 - sentWidth - 4 - 12)
        let columns = [TableColumn(t("radar.list.col.task"), width: titleWidth), TableColumn(t("radar.list.col.owner"), width: 12),
                       TableColumn(t("radar.list.col.due"), width: 10),
                       TableColumn(t("radar.list.col.sendBacks"), width: sentWidth, alignment: .right),
                       TableColumn(t("radar.list.col.village"), width: 10)]
        Table.render(columns: columns, window: window, selected: cursor.selected, into: &canvas, area: area) { row, column in
            let p = positions[row]
            guard board.tasks.indices.contains(p) else { return TableCell("") }
            let task = board.tasks[p]
            switch column {
            case 0: return TableCell(task.title)
            case 1: return TableCell(HouseholdFormat.user(task.owner, board))
            case 2: return TableCell(task.due.iso, style: task.isOverdue(on: today) ? "status.unresolved" : "normal")
            case 3: return TableCell(String(task.sendBacks))
            default: return TableCell(board.village(of: task).flatMap { board.unit($0)?.name } ?? "")
            }
        }
    }
}
