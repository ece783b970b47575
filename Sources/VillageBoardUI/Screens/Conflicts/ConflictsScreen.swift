import TerminalKit
import VillageBoardCore
import VillageBoardText

/// Conflicts between laptops (冲突): every open conflict on the board, the sides of the one under the cursor, and
/// `c` to choose the side under the side cursor (←/→) — which saves a new operation that settles it on every laptop it reaches (docs/SYNC.md).
public struct ConflictsScreen: Screen {
    /// The open conflicts the user sees, in the board's order.
    public private(set) var rows: [Conflict] = []
    var cursor = ListCursor()
    var size = Size(width: 80, height: 21)

    public init(ctx: ScreenContext) { rebuild(ctx) }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("conflicts.title") }

    /// The conflict under the cursor.
    public var selected: Conflict? { rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil }

    /// The side under the side cursor (left/right), starting at the side the board shows.
    var side = 0

    /// Why the user may not choose here, if they may not.
    func refusal(_ ctx: ScreenContext) -> TextKey? {
        guard let conflict = selected else { return "conflicts.none" }
        if ctx.readOnly { return ctx.readOnlyWhy }
        guard let user = ctx.user, ctx.board.mayChoose(conflict, user: user) else { return "conflicts.notAllowed" }
        return nil
    }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        let household = selected?.field.household.flatMap { ctx.board.household($0) }
        return [KeyBinding([.char("c")], .choose1, "conflicts.action.choose", hint: true, disabled: refusal(ctx)),
                KeyBinding([.left, .char("h")], .left, "conflicts.action.previousSide", hint: true),
                KeyBinding([.right, .char("l")], .right, "conflicts.action.nextSide", hint: true),
                KeyBinding([.enter], .open, "conflicts.action.open", disabled: household == nil ? "conflicts.noHousehold" : nil)]
            + StandardBindings.movement.filter { $0.action != .left && $0.action != .right }
    }

    var pageHeight: Int { max(1, size.height / 2 - 2) }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if cursor.handle(action, page: pageHeight) {
            _ = cursor.visibleRange(rows: pageHeight)
            side = selected?.winner ?? 0
            return .none
        }
        let t = ctx.text
        switch action {
        case .left, .right:
            guard let conflict = selected, !conflict.entries.isEmpty else { return .none }
            side = min(max(0, side + (action == .left ? -1 : 1)), conflict.entries.count - 1)
            return .none
        case .choose1:
            guard let conflict = selected, conflict.entries.indices.contains(side) else { return .none }
            if let why = refusal(ctx) { return .message(StatusMessage(t(why), isError: true)) }
            guard let change = ctx.board.resolution(of: conflict, choosing: side, reason: t("conflicts.reason")) else {
                return .message(StatusMessage(t("conflicts.cannotTake"), isError: true))
            }
            return .all([.effects([.save(change)]), .message(StatusMessage(t("conflicts.chosen", side + 1)))])
        default: break
        }
        if action == .open, let id = selected?.field.household, ctx.board.household(id) != nil {
            return .push(HouseholdScreen(household: id, ctx: ctx))
        }
        return .none
    }

    public mutating func boardChanged(_ ctx: ScreenContext) { rebuild(ctx) }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) {
        self.size = size
        _ = cursor.visibleRange(rows: pageHeight)
    }

    mutating func rebuild(_ ctx: ScreenContext) {
        let board = ctx.board
        rows = board.conflictList.filter { c in
            guard let scope = ctx.scope else { return true }
            let village: DivisionCode?
            switch c.field {
            case .task(let id): village = board.task(id).flatMap { board.village(of: $0) }
            default: village = c.field.household.flatMap { board.household($0)?.village }
            }
            return village.map { board.isInside($0, scope: scope) } ?? (ctx.user?.role == .admin)
        }
        cursor.setCount(rows.count)
        _ = cursor.visibleRange(rows: pageHeight)
        side = selected?.winner ?? 0
    }

    // MARK: Drawing

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 0 else { return }
        let t = ctx.text
        canvas.put(DisplayWidth.truncate(t("conflicts.summary", rows.count), to: area.width - 1), x: area.x + 1, y: area.y, style: "muted", maxWidth: area.width - 1)
        guard !rows.isEmpty else {
            canvas.put(DisplayWidth.truncate(t("conflicts.empty"), to: area.width - 1), x: area.x + 1, y: area.y + 2, style: "muted", maxWidth: area.width - 1)
            return
        }
        let listArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height / 2))
        let window = cursor.window(rows: max(0, listArea.height - 1))
        let columns = [TableColumn(t("conflicts.col.what"), width: max(10, area.width - 24)),
                       TableColumn(t("conflicts.col.sides"), width: 8), TableColumn(t("conflicts.col.kind"), width: 10)]
        Table.render(columns: columns, window: window, selected: cursor.selected, into: &canvas, area: listArea) { row, column in
            let c = rows[row]
            switch column {
            case 0: return TableCell(ConflictsText.subject(c, ctx))
            case 1: return TableCell(String(c.entries.count), style: "muted")
            default: return TableCell(t(c.isStructural ? "conflicts.kind.structural" : "conflicts.kind.field"), style: "muted")
            }
        }
        guard let conflict = selected else { return }
        var y = listArea.maxY + 1
        canvas.put(ConflictsText.subject(conflict, ctx), x: area.x + 1, y: y, style: "title", maxWidth: area.width - 2)
        y += 1
        for (i, entry) in conflict.entries.enumerated() where y < area.maxY {
            let mark = i == conflict.winner ? "*" : " "
            let line = (i == side ? ">" : " ") + "\(i + 1)\(mark) " + ConflictsText.side(entry, ctx)
            canvas.put(line, x: area.x + 1, y: y, style: i == side ? "focus" : "normal", maxWidth: area.width - 2)
            y += 1
        }
    }
}

/// How a conflict and its sides read on screen.
enum ConflictsText {
    static func subject(_ c: Conflict, _ ctx: ScreenContext) -> String { ctx.text.subject(c, board: ctx.board) }

    static func side(_ e: ConflictEntry, _ ctx: ScreenContext) -> String {
        let t = ctx.text
        let who = e.op.map { "\(HouseholdFormat.user($0.author, ctx.board)) \($0.time.iso.prefix(16).replacingOccurrences(of: "T", with: " ")) \($0.id)" }
            ?? t("conflicts.fromSnapshot")
        guard let value = e.value else {
            // What the refused change would have done, in the log's words, not its kind's name in files.
            let what = e.op.map { LogText.describe($0.change, ctx: ctx) } ?? ""
            return who + " — " + t("conflicts.notApplied", what, t.describe(refusal: e))
        }
        return who + " — " + t.describe(value)
    }
}
