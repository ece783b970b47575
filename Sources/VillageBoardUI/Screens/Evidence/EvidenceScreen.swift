import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The evidence files (佐证材料) of a task or of a household (its checklist marks, visits and tasks), one row each:
/// name, size, who attached it, when, and what for (issue 21). Enter opens the file with the desktop's opener (or says
/// where it is); `a` asks for the path of a file to attach to the task. Names the user may not open are masked, as
/// health is.
public struct EvidenceScreen: Screen {
    /// Whose attachments: a task's, or everything of a household.
    public enum Subject: Hashable, Sendable {
        case task(TaskID)
        case household(HouseholdID)
    }

    public let subject: Subject
    var cursor = ListCursor()
    var size = Size(width: 80, height: 21)

    public init(_ subject: Subject, ctx: ScreenContext) {
        self.subject = subject
        cursor.setCount(rows(ctx.board).count)
    }

    func rows(_ board: Board) -> [Attachment] {
        switch subject {
        case .task(let id): board.attachments(of: .task(id))
        case .household(let id): board.attachments(ofHousehold: id)
        }
    }

    public func title(_ ctx: ScreenContext) -> String {
        let board = ctx.board
        let about = switch subject {
        case .task(let id): board.task(id)?.title ?? id.raw
        case .household(let id): board.household(id)?.headName ?? id.raw
        }
        return ctx.text("evidence.title", about)
    }

    /// The row under the cursor.
    func selected(_ board: Board) -> Attachment? {
        let all = rows(board)
        return all.indices.contains(cursor.selected) ? all[cursor.selected] : nil
    }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        let board = ctx.board
        var openReason: TextKey?
        if let a = selected(board) {
            if !Privacy.opensAttachment(a, for: ctx.user, board: board) { openReason = "evidence.denied.open" }
        } else {
            openReason = "evidence.denied.none"
        }
        var attachReason: TextKey? = "evidence.denied.taskOnly"
        if case .task(let id) = subject {
            let change = Change.attachEvidence(Attachment(hash: String(repeating: "0", count: 64), name: "-", size: 0, type: .jpg,
                                                          target: .task(id), by: ctx.user?.id ?? UserID(""), on: board.today))
            attachReason = Permissions.denial(for: change, by: ctx.user?.id ?? UserID(""), on: board) == nil
                ? nil : "evidence.denied.attach"
        }
        return [KeyBinding([.enter], .open, "evidence.action.open", hint: true, disabled: openReason),
                KeyBinding([.char("a")], .attachEvidence, "evidence.action.attach", hint: attachReason == nil, disabled: attachReason)]
            + StandardBindings.movement
    }

    var pageHeight: Int { max(1, size.height - 3) }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) {
        self.size = size
        cursor.setCount(rows(ctx.board).count)
        _ = cursor.visibleRange(rows: pageHeight)
    }

    public mutating func boardChanged(_ ctx: ScreenContext) {
        cursor.setCount(rows(ctx.board).count)
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if cursor.handle(action, page: pageHeight) {
            _ = cursor.visibleRange(rows: pageHeight)
            return .none
        }
        switch action {
        case .open:
            guard let a = selected(ctx.board) else { return .none }
            guard Privacy.opensAttachment(a, for: ctx.user, board: ctx.board) else {
                return .message(StatusMessage(ctx.text("evidence.denied.open"), isError: true))
            }
            return .effects([.openEvidence(hash: a.hash)])
        case .attachEvidence:
            guard case .task(let id) = subject else {
                return .message(StatusMessage(ctx.text("evidence.denied.taskOnly"), isError: true))
            }
            return .prompt(Prompt(label: ctx.text("evidence.prompt.path"), required: true, question: .attachPath(.task(id))))
        default:
            return .none
        }
    }

    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        guard case .answered(.attachPath(let target), let typed) = message else { return .none }
        let path = typed.trimmingSpaces
        return path.isEmpty ? .none : .effects([.attachEvidence(path: path, to: target)])
    }

    // MARK: Drawing

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 0 else { return }
        let t = ctx.text
        let board = ctx.board
        let all = rows(board)
        canvas.put(all.isEmpty ? t("evidence.none") : t("evidence.count", all.count), x: area.x + 1, y: area.y,
                   style: "muted", maxWidth: area.width - 1)
        guard !all.isEmpty else { return }
        let tableArea = Rect(x: area.x + 1, y: area.y + 1, width: max(0, area.width - 2), height: max(0, area.height - 1))
        let window = cursor.window(rows: max(0, tableArea.height - 1))
        // Sizes are figures: their column is as wide as the widest shown, never cut.
        let sizeWidth = max(DisplayWidth.of(t("evidence.col.size")), window.map { DisplayWidth.of(t.fileSize(all[$0].size)) }.max() ?? 0)
        let rest = max(12, tableArea.width - sizeWidth - 8 - 10 - 4)
        let columns = [TableColumn(t("evidence.col.name"), width: rest - rest / 2),
                       TableColumn(t("evidence.col.size"), width: sizeWidth, alignment: .right),
                       TableColumn(t("evidence.col.by"), width: 8), TableColumn(t("evidence.col.on"), width: 10),
                       TableColumn(t("evidence.col.for"), width: rest / 2)]
        Table.render(columns: columns, window: window, selected: cursor.selected, into: &canvas, area: tableArea) { row, column in
            let a = all[row]
            switch column {
            case 0:
                return Privacy.opensAttachment(a, for: ctx.user, board: board)
                    ? TableCell(a.name) : TableCell(t("evidence.masked"), style: "muted")
            case 1: return TableCell(t.fileSize(a.size))
            case 2: return TableCell(board.user(a.by)?.name ?? a.by.raw)
            case 3: return TableCell(a.on.iso, style: "muted")
            default: return TableCell(t.evidenceTarget(a.target, board: board))
            }
        }
    }
}
