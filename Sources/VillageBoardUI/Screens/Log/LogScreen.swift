import Foundation
import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The log (操作日志): every change in the user's scope since the store's last snapshot, newest first, with who, when,
/// on which laptop and what (old → new); filtered by who (`w`, or `m` for one's own) and by date (`f` from, `t` to).
/// With a task it is that task's history. Reads `Board.log` (in memory), so it opens at once on large boards.
public struct LogScreen: Screen {
    /// The unit whose changes are shown (nil: the whole board).
    public let scope: DivisionCode?
    /// Only this task's history, when set.
    public let task: TaskID?
    public private(set) var author: UserID?
    public private(set) var from: Day?
    public private(set) var to: Day?
    /// The operations shown, newest first.
    public private(set) var rows: [VillageBoardCore.Operation] = []
    var cursor = ListCursor()
    var size = Size(width: 80, height: 21)
    /// How many operations the board had logged when `rows` was built.
    var logged = -1
    /// Seconds east of UTC for times and for the date filter: the store keeps UTC, people read their own clock.
    public var utcOffsetSeconds = TimeZone.current.secondsFromGMT()

    public init(ctx: ScreenContext, task: TaskID? = nil) {
        scope = ctx.scope
        self.task = task
        rebuild(ctx)
    }

    public func title(_ ctx: ScreenContext) -> String {
        if let task { return ctx.text("log.taskTitle", ctx.board.task(task)?.title ?? task.raw) }
        return ctx.text("log.title", scope.flatMap { ctx.board.unit($0)?.name } ?? "")
    }

    /// The operation under the cursor.
    public var selected: VillageBoardCore.Operation? { rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        let openReason: TextKey? = selected?.change.household.flatMap { ctx.board.household($0) } == nil ? "log.noHousehold" : nil
        let filtered = author != nil || from != nil || to != nil
        return [KeyBinding([.char("w")], .filterAuthor, "log.action.author", hint: true),
                KeyBinding([.char("m")], .filterMine, "log.action.mine", hint: true,
                           disabled: ctx.user == nil ? "status.noUser" : nil),
                KeyBinding([.char("f")], .filterFrom, "log.action.from", hint: true),
                KeyBinding([.char("t")], .filterTo, "log.action.to", hint: true),
                KeyBinding([.char("x")], .clearFilter, "log.action.clear", hint: true, disabled: filtered ? nil : "log.noFilter"),
                KeyBinding([.enter], .open, "log.action.open", disabled: openReason)]
            + StandardBindings.movement
    }

    var pageHeight: Int { max(1, size.height - 5) }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if cursor.handle(action, page: pageHeight) {
            _ = cursor.visibleRange(rows: pageHeight)
            return .none
        }
        let t = ctx.text
        switch action {
        case .filterMine:
            guard let me = ctx.user?.id else { return .message(StatusMessage(t("status.noUser"), isError: true)) }
            author = author == me ? nil : me
        case .filterAuthor:
            editing = (.author, TextField(author?.raw ?? ""))
            return .none
        case .filterFrom:
            editing = (.from, TextField(from?.iso ?? ""))
            return .none
        case .filterTo:
            editing = (.to, TextField(to?.iso ?? ""))
            return .none
        case .clearFilter:
            author = nil
            from = nil
            to = nil
        case .open:
            guard let id = selected?.change.household, ctx.board.household(id) != nil else { return .none }
            return .push(HouseholdScreen(household: id, ctx: ctx))
        default:
            return .none
        }
        rebuild(ctx)
        return .none
    }

    /// A filter being typed on the screen's first line: who, from or to.
    public enum Field: Hashable, Sendable {
        case author, from, to

        /// The catalogue key of the field's prompt.
        var prompt: TextKey {
            switch self {
            case .author: "log.prompt.author"
            case .from: "log.prompt.from"
            case .to: "log.prompt.to"
            }
        }
    }

    /// The filter being typed, if any; while it is, the screen takes every key.
    public private(set) var editing: (field: Field, text: TextField)?

    public mutating func input(_ key: Key, _ ctx: ScreenContext) -> Outcome? {
        guard var e = editing else { return nil }
        switch e.text.handle(key) {
        case .submit:
            editing = nil
            return apply(e.field, e.text.text.trimmingSpaces, ctx)
        case .cancel:
            editing = nil
            return Outcome.none
        default:
            editing = e
            return Outcome.none
        }
    }

    /// Sets a typed filter; an empty answer removes it.
    mutating func apply(_ field: Field, _ text: String, _ ctx: ScreenContext) -> Outcome {
        let t = ctx.text
        switch field {
        case .author:
            if text.isEmpty {
                author = nil
            } else {
                guard let id = Self.user(matching: text, on: ctx.board) else {
                    return .message(StatusMessage(t("log.unknownAuthor", text), isError: true))
                }
                author = id
            }
        case .from, .to:
            var day: Day?
            if !text.isEmpty {
                guard let d = Day(iso: text) else { return .message(StatusMessage(t("log.badDate", text), isError: true)) }
                day = d
            }
            if field == .from { from = day } else { to = day }
        }
        rebuild(ctx)
        return .message(StatusMessage(t("log.shown", rows.count)))
    }

    /// The user whose id or name is `text` (exactly, then as the only partial match).
    static func user(matching text: String, on board: Board) -> UserID? {
        if board.user(UserID(text)) != nil { return UserID(text) }
        let users = board.users.values
        if let exact = users.first(where: { $0.name == text }) { return exact.id }
        let partial = users.filter { $0.id.raw.contains(text) || $0.name.contains(text) }
        return partial.count == 1 ? partial[0].id : nil
    }

    // MARK: Building

    public mutating func boardChanged(_ ctx: ScreenContext) {
        if ctx.board.log.count != logged { rebuild(ctx) }
    }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) {
        self.size = size
        _ = cursor.visibleRange(rows: pageHeight)
    }

    mutating func rebuild(_ ctx: ScreenContext) {
        let board = ctx.board
        logged = board.log.count
        let offset = Int64(utcOffsetSeconds) * 1000
        func day(_ op: VillageBoardCore.Operation) -> Day {
            Timestamp(millisecondsSinceEpoch: op.time.millisecondsSinceEpoch + offset).day
        }
        // Back past the last compaction: what the snapshot folded in comes first, then the board's own log.
        let source = task.map { (ctx.earlier?.about(task: $0) ?? []) + board.history(ofTask: $0) }
            ?? (ctx.earlier?.all() ?? []) + board.log
        var out: [VillageBoardCore.Operation] = []
        for op in source.reversed() {
            if let author, op.author != author { continue }
            if from != nil || to != nil {
                let d = day(op)
                if let from, d < from { continue }
                if let to, d > to { continue }
            }
            if task == nil && !LogText.isVisible(op, to: ctx.user, scope: scope, board: board) { continue }
            out.append(op)
        }
        rows = out
        cursor.setCount(rows.count)
        _ = cursor.visibleRange(rows: pageHeight)
    }

    // MARK: Drawing

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 0 else { return }
        let t = ctx.text
        let board = ctx.board
        if let e = editing {
            let label = t(e.field.prompt) + " "
            let used = canvas.put(label, x: area.x + 1, y: area.y, style: "focus", maxWidth: area.width - 1)
            e.text.render(into: &canvas, x: area.x + 1 + used, y: area.y, width: max(0, min(30, area.width - used - 1)),
                          style: "normal", focused: true)
        } else {
            canvas.put(LogText.filterLine(self, ctx), x: area.x + 1, y: area.y, style: "muted", maxWidth: area.width - 1)
        }
        let tableArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 3))
        let window = cursor.window(rows: max(0, tableArea.height - 1))
        let shown = window.map { rows[$0] }
        let whoWidth = min(10, max(DisplayWidth.of(t("hh.col.who")), shown.map { DisplayWidth.of(HouseholdFormat.user($0.author, board)) }.max() ?? 0))
        let whereWidth = min(18, max(DisplayWidth.of(t("log.col.where")), shown.map { DisplayWidth.of($0.id.description) }.max() ?? 0))
        let aboutWidth = min(14, max(DisplayWidth.of(t("log.col.about")), shown.map { DisplayWidth.of(LogText.subject($0.change, board)) }.max() ?? 0))
        let whatWidth = max(8, area.width - 16 - whoWidth - whereWidth - aboutWidth - 4)
        let columns = [TableColumn(t("hh.col.when"), width: 16), TableColumn(t("hh.col.who"), width: whoWidth),
                       TableColumn(t("log.col.where"), width: whereWidth), TableColumn(t("log.col.about"), width: aboutWidth),
                       TableColumn(t("hh.col.what"), width: whatWidth)]
        Table.render(columns: columns, window: window, selected: cursor.selected, into: &canvas, area: tableArea) { row, column in
            let op = rows[row]
            switch column {
            case 0: return TableCell(HouseholdFormat.time(op.time, offsetSeconds: utcOffsetSeconds), style: "muted")
            case 1: return TableCell(HouseholdFormat.user(op.author, board))
            case 2: return TableCell(op.id.description, style: "muted")
            case 3: return TableCell(LogText.subject(op.change, board))
            default:
                // Read after a break in its journal's hash chain: what it says is not proven.
                if ctx.unverified.operations.contains(op.id) {
                    return TableCell(ctx.text("truth.unverifiedMark") + " " + LogText.describe(op.change, ctx: ctx), style: "warning")
                }
                return TableCell(LogText.describe(op.change, ctx: ctx))
            }
        }
        if rows.isEmpty {
            // "Clear the filter" only when one is set: a task with no history since the last compaction has none.
            let filtered = author != nil || from != nil || to != nil
            canvas.put(t(filtered ? "log.empty.filtered" : "log.empty.none"), x: area.x + 1, y: tableArea.y + 2,
                       style: "muted", maxWidth: area.width - 1)
        }
        guard area.height >= 5, let op = selected else { return }
        let detail = LogText.describe(op.change, ctx: ctx)
        let lines = DisplayWidth.wrap(LogText.subject(op.change, board) + " · " + detail, width: max(1, area.width - 2))
        for (i, line) in lines.prefix(2).enumerated() {
            canvas.put(line, x: area.x + 1, y: area.maxY - 2 + i, style: i == 0 ? "title" : "normal", maxWidth: area.width - 2)
        }
    }
}
