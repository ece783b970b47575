import TerminalKit
import VillageBoardCore
import VillageBoardText

/// Tasks for many households at once, from a measure (新建任务): choose a place, an unmet item and a measure from
/// the catalogue (`TaskMeasures`), give a due date, see the households it would be for (the unresolved list's rows
/// for that place and item, as many as it counts) and create them all in one write. Reached with `a` on the task
/// board and on the unresolved list, which passes its place and item filters on.
public struct NewTasksScreen: Screen {
    /// Where a choice stands.
    public enum Step: Hashable, Sendable {
        case place, item, measure, preview
    }

    public private(set) var step: Step
    public private(set) var place: DivisionCode?
    public private(set) var item: ChecklistItem?
    public private(set) var measure: TaskMeasure?
    public private(set) var due: Day?
    /// The households the tasks would be for, worked out when the due date is given.
    public private(set) var batch: TaskBatch?
    /// The places the user may choose: their scope and every unit under it, top first.
    let places: [DivisionCode]
    var cursor = ListCursor()
    var size = Size(width: 80, height: 21)

    /// `scope` is the place to start from (nil: the user's scope); with an `item` too, the first question is the
    /// measure.
    public init(ctx: ScreenContext, scope: DivisionCode?, item: ChecklistItem?) {
        let top = scope ?? ctx.scope
        places = NewTasksScreen.units(under: top, ctx.board)
        place = top
        self.item = item
        step = top == nil ? .place : (item == nil ? .item : .measure)
        cursor.setCount(choices(ctx).count)
    }

    /// `top` and the units under it, depth first (the whole board when nil).
    static func units(under top: DivisionCode?, _ board: Board) -> [DivisionCode] {
        var out: [DivisionCode] = []
        var stack = top.map { [$0] } ?? board.roots.reversed()
        while let code = stack.popLast() {
            out.append(code)
            stack.append(contentsOf: (board.children[code] ?? []).reversed())
        }
        return out
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("batch.title") }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        let enter: KeyBinding
        if step == .preview {
            let reason: TextKey? = batch?.count == 0 ? "batch.denied.none" : BatchGate.reason(ctx, place: place)
            enter = KeyBinding([.enter], .open, "batch.action.create", hint: true, disabled: reason)
        } else {
            enter = KeyBinding([.enter], .open, "batch.action.choose", hint: true)
        }
        return [enter, KeyBinding([.char("b")], .stepBack, "batch.action.stepBack", hint: true)] + StandardBindings.movement
    }

    /// What the current step offers, each with how many households choosing it would give.
    enum Choice: Hashable {
        case place(DivisionCode)
        case item(ChecklistItem)
        case measure(TaskMeasure)
    }

    func choices(_ ctx: ScreenContext) -> [Choice] {
        switch step {
        case .place: return places.map { .place($0) }
        case .item: return ChecklistItem.guarantees.map { .item($0) }
        case .measure: return TaskMeasures.answering(item).map { .measure($0) }
        case .preview: return []
        }
    }

    /// Rows of the list or preview below the three lines of choices made.
    var pageHeight: Int { max(1, size.height - 5) }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) {
        self.size = size
        _ = cursor.visibleRange(rows: pageHeight)
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if cursor.handle(action, page: pageHeight) {
            _ = cursor.visibleRange(rows: pageHeight)
            return .none
        }
        switch action {
        case .open: return choose(ctx)
        case .stepBack: return stepBack(ctx)
        default: return .none
        }
    }

    mutating func choose(_ ctx: ScreenContext) -> Outcome {
        if step == .preview {
            guard let batch else { return .none }
            if batch.count == 0 { return .message(StatusMessage(ctx.text("batch.denied.none"), isError: true)) }
            if let reason = BatchGate.reason(ctx, place: place) {
                return .message(StatusMessage(ctx.text(reason), isError: true))
            }
            return .all([.effects([.createTasks(batch)]), .pop])
        }
        let all = choices(ctx)
        guard all.indices.contains(cursor.selected) else { return .none }
        switch all[cursor.selected] {
        case .place(let code): place = code; go(.item, ctx)
        case .item(let i): item = i; go(.measure, ctx)
        case .measure(let m):
            measure = m
            let suggested = due ?? Day(daysSinceEpoch: ctx.board.today.daysSinceEpoch &+ 30)
            return .prompt(Prompt(label: ctx.text("batch.prompt.due"), initial: suggested.iso, required: true,
                                  question: .batchDue))
        }
        return .none
    }

    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        guard case .answered(.batchDue, let typed) = message else { return .none }
        guard let day = Day(iso: typed.trimmingSpaces) else {
            return .message(StatusMessage(ctx.text("batch.badDue", typed), isError: true))
        }
        guard let place, let item, let measure, let user = ctx.user else { return .none }
        due = day
        batch = TaskBatch(title: measure.title, scope: place, item: item, due: day, board: ctx.board, author: user.id)
        go(.preview, ctx)
        return .message(StatusMessage(ctx.text("batch.previewed", batch?.count ?? 0)))
    }

    mutating func stepBack(_ ctx: ScreenContext) -> Outcome {
        switch step {
        case .place: return .pop
        case .item: go(.place, ctx)
        case .measure: go(.item, ctx)
        case .preview: batch = nil; go(.measure, ctx)
        }
        return .none
    }

    mutating func go(_ next: Step, _ ctx: ScreenContext) {
        step = next
        cursor = ListCursor()
        cursor.setCount(step == .preview ? batch?.count ?? 0 : choices(ctx).count)
        // Back at a list: the choice made before is where the cursor starts.
        let all = choices(ctx)
        let current: Choice? = switch step {
        case .place: place.map { .place($0) }
        case .item: item.map { .item($0) }
        case .measure: measure.map { .measure($0) }
        case .preview: nil
        }
        if let current, let i = all.firstIndex(of: current) { cursor.select(i) }
        _ = cursor.visibleRange(rows: pageHeight)
    }

    /// The figure shown beside a choice: unresolved households in a place, households lacking an item there.
    func count(_ choice: Choice, _ board: Board) -> Int? {
        switch choice {
        case .place(let code): board.rollup(code).householdsUnresolved
        case .item(let i): place.map { board.unresolvedHouseholds(under: $0, notMeeting: i).count }
        case .measure: nil
        }
    }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        NewTasksText.render(self, ctx, into: &canvas, area: area)
    }
}
