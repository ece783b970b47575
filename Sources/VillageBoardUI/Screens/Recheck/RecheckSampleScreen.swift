import TerminalKit
import VillageBoardCore
import VillageBoardText

/// One 回头看 sample's households (Enter on the samples list): in drawn order, then those added as missed (漏评), each
/// with ✓ once re-checked and what the re-check found. Enter opens the re-check form for one, `a` adds a household of
/// the scope the register missed, `r` shows the results.
public struct RecheckSampleScreen: Screen {
    public let sample: String
    /// The households shown: the drawn ones, then the missed ones added during the re-check.
    public private(set) var rows: [HouseholdID] = []
    /// How many of `rows` were drawn (the rest were added as missed).
    public private(set) var drawnCount = 0
    var cursor = ListCursor()
    var size = Size(width: 80, height: 21)

    public init(sample: String, ctx: ScreenContext) {
        self.sample = sample
        reload(ctx.board)
    }

    mutating func reload(_ board: Board) {
        let book = board.rechecks
        let drawn = book.sample(sample)?.households ?? []
        var seen = Set(drawn)
        var missed: [HouseholdID] = []
        for r in book.records(of: sample) where r.addedAsMissed && seen.insert(r.household).inserted {
            missed.append(r.household)
        }
        rows = drawn + missed
        drawnCount = drawn.count
        cursor.setCount(rows.count)
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("rcs.sample.title", sample) }

    var selected: HouseholdID? { rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        let openReason: TextKey?
        if let id = selected { openReason = RecheckGate.reason(ctx, household: id) } else { openReason = "rcs.sample.empty" }
        let scope = ctx.board.rechecks.sample(sample)?.frame.scope
        return [KeyBinding([.enter], .open, "rcs.sample.action.open", hint: true, disabled: openReason),
                KeyBinding([.char("a")], .addMissed, "rcs.sample.action.missed", hint: true,
                           disabled: RecheckGate.reason(ctx, place: scope)),
                KeyBinding([.char("r")], .recheckResults, "rcs.action.results", hint: true)]
            + StandardBindings.movement
    }

    var pageHeight: Int { max(1, size.height - 3) }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if cursor.handle(action, page: pageHeight) {
            _ = cursor.visibleRange(rows: pageHeight)
            return .none
        }
        switch action {
        case .open:
            guard let id = selected else { return .none }
            return .push(RecheckFormScreen(sample: sample, household: id, addedAsMissed: cursor.selected >= drawnCount, ctx: ctx))
        case .recheckResults:
            return .push(RecheckResultsScreen(sample: sample, ctx: ctx))
        case .addMissed:
            return .prompt(Prompt(label: ctx.text("rcs.missed.prompt"), required: true, question: .recheckMissed(sample)))
        default:
            return .none
        }
    }

    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        guard case .answered(.recheckMissed, let typed) = message else { return .none }
        let found = Self.missedCandidates(typed, sample: sample, board: ctx.board)
        switch found.count {
        case 0: return .message(StatusMessage(ctx.text("rcs.missed.none", typed.trimmingSpaces), isError: true))
        case 1: return .push(RecheckFormScreen(sample: sample, household: found[0], addedAsMissed: true, ctx: ctx))
        default: return .push(RecheckPickScreen(sample: sample, households: found, query: typed.trimmingSpaces))
        }
    }

    /// Households of the sample's scope, not drawn, matching a name, pinyin initials or id: those a re-checker may add
    /// as missed. At most 500, in board order.
    static func missedCandidates(_ query: String, sample: String, board: Board) -> [HouseholdID] {
        guard let s = board.rechecks.sample(sample), let search = HouseholdSearch(query) else { return [] }
        let drawn = Set(s.households)
        var out: [HouseholdID] = []
        for i in board.householdIndices(under: s.frame.scope) where out.count < 500 {
            let h = board.households[i]
            if !drawn.contains(h.id) && search.matches(h) { out.append(h.id) }
        }
        return out
    }

    public mutating func boardChanged(_ ctx: ScreenContext) {
        reload(ctx.board)
        _ = cursor.visibleRange(rows: pageHeight)
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
        let book = board.rechecks
        guard let s = book.sample(sample) else {
            canvas.put(t("rcs.sample.gone", sample), x: area.x + 1, y: area.y, style: "error", maxWidth: area.width - 1)
            return
        }
        let done = s.households.filter { book.latest(sample: sample, household: $0) != nil }.count
        let summary = t("rcs.sample.summary", sample, RecheckText.place(s.frame.scope, board), RecheckText.rule(s.rule, t),
                        String(s.seed), done, s.households.count, rows.count - drawnCount)
        canvas.put(summary, x: area.x + 1, y: area.y, style: "muted", maxWidth: area.width - 1)
        guard !rows.isEmpty else {
            canvas.put(t("rcs.sample.empty"), x: area.x + 1, y: area.y + 2, style: "muted", maxWidth: area.width - 1)
            return
        }
        let tableArea = Rect(x: area.x + 1, y: area.y + 1, width: max(0, area.width - 1), height: max(0, area.height - 1))
        let wide = area.width >= 100
        let rest = max(10, tableArea.width - 2 - 10 - (wide ? 18 : 0) - 10 - 12 - 6 - (wide ? 1 : 0))
        var columns = [TableColumn("", width: 2), TableColumn(t("rcs.col.head"), width: 10)]
        if wide { columns.append(TableColumn(t("rcs.col.household"), width: 18)) }
        columns += [TableColumn(t("rcs.col.village"), width: 10), TableColumn(t("rcs.col.cadre"), width: 10),
                    TableColumn(t("rcs.col.mark"), width: 12), TableColumn(t("rcs.col.found"), width: rest)]
        let window = cursor.window(rows: max(0, tableArea.height - 1))
        Table.render(columns: columns, window: window, selected: cursor.selected, into: &canvas, area: tableArea) { row, column in
            let id = rows[row]
            let h = board.household(id)
            let record = book.latest(sample: sample, household: id)
            let c = wide || column < 2 ? column : column + 1
            switch c {
            case 0: return TableCell(record == nil ? "" : "✓", style: "status.cleared")
            case 1: return TableCell(h?.headName ?? id.raw)
            case 2: return TableCell(id.raw, style: "muted")
            case 3: return TableCell(h.map { RecheckText.place($0.village, board) } ?? "")
            case 4: return TableCell(HouseholdFormat.user(h?.cadre, board))
            case 5: return TableCell(board.index(of: id).map { t.name(board.householdMarks[$0]) } ?? "")
            default:
                let missed = row >= drawnCount ? t("rcs.sample.missedMark") + " " : ""
                guard let record else { return TableCell(missed + t("rcs.sample.notYet"), style: "muted") }
                let disagreed = record.findings.filter { !$0.agrees }.count
                let found = disagreed == 0 ? t("rcs.sample.allAgree") : t("rcs.sample.disagree", disagreed)
                return TableCell(missed + found, style: disagreed == 0 ? "normal" : "status.unresolved")
            }
        }
    }
}

/// Several households matched a missed-household search: pick one (Enter opens its re-check form as missed).
public struct RecheckPickScreen: Screen {
    public let sample: String
    public let households: [HouseholdID]
    let query: String
    var cursor: ListCursor
    var size = Size(width: 80, height: 21)

    public init(sample: String, households: [HouseholdID], query: String) {
        self.sample = sample
        self.households = households
        self.query = query
        cursor = ListCursor(count: households.count)
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("rcs.pick.title") }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        [KeyBinding([.enter], .open, "rcs.pick.action.open", hint: true)] + StandardBindings.movement
    }

    var pageHeight: Int { max(1, size.height - 3) }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if cursor.handle(action, page: pageHeight) {
            _ = cursor.visibleRange(rows: pageHeight)
            return .none
        }
        guard action == .open, households.indices.contains(cursor.selected) else { return .none }
        let id = households[cursor.selected]
        // The pick is done: the form takes its place, and Esc from the form comes back to the sample.
        return .all([.pop, .push(RecheckFormScreen(sample: sample, household: id, addedAsMissed: true, ctx: ctx))])
    }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) {
        self.size = size
        _ = cursor.visibleRange(rows: pageHeight)
    }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 0 else { return }
        let t = ctx.text
        let board = ctx.board
        canvas.put(t("rcs.pick.summary", query, households.count), x: area.x + 1, y: area.y, style: "muted",
                   maxWidth: area.width - 1)
        let tableArea = Rect(x: area.x + 1, y: area.y + 1, width: max(0, area.width - 1), height: max(0, area.height - 1))
        let rest = max(10, tableArea.width - 10 - 18 - 12 - 4)
        let columns = [TableColumn(t("rcs.col.head"), width: 10), TableColumn(t("rcs.col.household"), width: 18),
                       TableColumn(t("rcs.col.village"), width: rest), TableColumn(t("rcs.col.mark"), width: 12)]
        let window = cursor.window(rows: max(0, tableArea.height - 1))
        Table.render(columns: columns, window: window, selected: cursor.selected, into: &canvas, area: tableArea) { row, column in
            let id = households[row]
            guard let i = board.index(of: id) else { return TableCell(column == 1 ? id.raw : "") }
            let h = board.households[i]
            switch column {
            case 0: return TableCell(h.headName)
            case 1: return TableCell(id.raw, style: "muted")
            case 2: return TableCell(RecheckText.place(h.village, board))
            default: return TableCell(t.name(board.householdMarks[i]))
            }
        }
    }
}
