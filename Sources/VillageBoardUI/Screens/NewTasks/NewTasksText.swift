import TerminalKit
import VillageBoardCore
import VillageBoardText

/// How the new-tasks screen draws: the choices made so far on one line, what is asked now, then the list to choose
/// from with each choice's count, or the preview: every household the tasks would be for, with its village and owner.
enum NewTasksText {
    static func render(_ s: NewTasksScreen, _ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 2, area.width > 0 else { return }
        let t = ctx.text
        let board = ctx.board
        let none = "—"
        let made = [t("batch.made.place", s.place.flatMap { board.unit($0)?.name } ?? none),
                    t("batch.made.item", s.item.map { t.name($0) } ?? none),
                    t("batch.made.measure", s.measure?.title ?? none),
                    t("batch.made.due", s.due?.iso ?? none)].joined(separator: " · ")
        canvas.put(DisplayWidth.truncate(made, to: area.width), x: area.x, y: area.y, style: "title", maxWidth: area.width)
        let asked: String = switch s.step {
        case .place: t("batch.ask.place")
        case .item: t("batch.ask.item")
        case .measure: t("batch.ask.measure")
        case .preview: t("batch.ask.preview", s.batch?.count ?? 0, s.measure?.title ?? "", s.due?.iso ?? "")
        }
        canvas.put(DisplayWidth.truncate(asked, to: area.width), x: area.x, y: area.y + 1,
                   style: s.step == .preview ? "info" : .normal, maxWidth: area.width)
        let table = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        let window = s.cursor.window(rows: max(0, table.height - 1))
        if s.step == .preview {
            preview(s, board, ctx, into: &canvas, area: table, window: window)
            return
        }
        let choices = s.choices(ctx)
        let top = s.places.first.map { board.path(to: $0).count } ?? 0
        let countWidth = 8
        Table.render(columns: [TableColumn(t("batch.col.choice"), width: max(0, table.width - countWidth - 1)),
                               TableColumn(t("batch.col.households"), width: countWidth, alignment: .right)],
                     window: window, selected: s.cursor.selected, into: &canvas, area: table) { row, column in
            let choice = choices[row]
            if column == 1 { return TableCell(s.count(choice, board).map(String.init) ?? "") }
            switch choice {
            case .place(let code):
                let depth = max(0, board.path(to: code).count - top)
                return TableCell(String(repeating: "  ", count: depth) + (board.unit(code)?.name ?? code.description))
            case .item(let i): return TableCell(t.name(i))
            case .measure(let m): return TableCell(m.title)
            }
        }
    }

    static func preview(_ s: NewTasksScreen, _ board: Board, _ ctx: ScreenContext, into canvas: inout Canvas, area: Rect,
                        window: Range<Int>) {
        let t = ctx.text
        guard let batch = s.batch else { return }
        let fixed = 10 + 10 + 2
        Table.render(columns: [TableColumn(t("batch.col.head"), width: 10),
                               TableColumn(t("batch.col.village"), width: max(0, area.width - fixed)),
                               TableColumn(t("batch.col.owner"), width: 10)],
                     window: window, selected: s.cursor.selected, into: &canvas, area: area) { row, column in
            let id = batch.households[row]
            switch column {
            case 0: return TableCell(board.household(id)?.headName ?? id.raw)
            case 1:
                let village = board.household(id).map(\.village)
                let place = village.map { v in board.path(to: v).suffix(2).map(\.name).joined(separator: " ") } ?? ""
                return TableCell(place, style: "muted")
            default:
                let owner = batch.owners[row]
                return TableCell(board.user(owner)?.name ?? owner.raw)
            }
        }
        if batch.count == 0 {
            canvas.put(DisplayWidth.truncate(t("batch.denied.none"), to: area.width - 1), x: area.x + 1, y: area.y + 2, style: "muted", maxWidth: area.width - 1)
        }
    }
}
