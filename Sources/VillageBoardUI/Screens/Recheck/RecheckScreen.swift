import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The 回头看 samples of the user's scope (`R` on the radar): each with its scope, rule, seed, who drew it and when,
/// how many of its households are re-checked and the agreement so far. Enter lists a sample's households, `d` draws a
/// new one, `r` shows a sample's results.
public struct RecheckScreen: Screen {
    /// The unit looked at (nil: the whole board).
    public let scope: DivisionCode?
    /// The ids of the samples shown, in the order drawn.
    public private(set) var ids: [String] = []
    var cursor = ListCursor()
    var size = Size(width: 80, height: 21)

    public init(ctx: ScreenContext) {
        scope = ctx.scope
        reload(ctx.board)
    }

    /// Samples drawn in the scope, or over a wider place that holds it (a county's sample reaches its townships).
    mutating func reload(_ board: Board) {
        let scope = scope
        ids = board.rechecks.samples.filter { s in
            guard let scope else { return true }
            return board.isInside(s.frame.scope, scope: scope) || board.isInside(scope, scope: s.frame.scope)
        }.map(\.id)
        cursor.setCount(ids.count)
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("rcs.title") }

    var selected: String? { ids.indices.contains(cursor.selected) ? ids[cursor.selected] : nil }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        let none: TextKey? = selected == nil ? "rcs.noSamples" : nil
        return [KeyBinding([.enter], .open, "rcs.action.open", hint: true, disabled: none),
                KeyBinding([.char("d")], .drawSample, "rcs.action.draw", hint: true,
                           disabled: RecheckGate.reason(ctx, place: scope)),
                KeyBinding([.char("r")], .recheckResults, "rcs.action.results", hint: true, disabled: none)]
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
            return .push(RecheckSampleScreen(sample: id, ctx: ctx))
        case .recheckResults:
            guard let id = selected else { return .none }
            return .push(RecheckResultsScreen(sample: id, ctx: ctx))
        case .drawSample:
            return .push(RecheckDrawScreen(place: scope, ctx: ctx))
        default:
            return .none
        }
    }

    public mutating func boardChanged(_ ctx: ScreenContext) {
        let before = ids.count
        reload(ctx.board)
        // A sample just drawn is the one to look at next.
        if ids.count > before { cursor.select(ids.count - 1) }
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
        let place = scope.map { RecheckText.place($0, board) } ?? ""
        canvas.put(t("rcs.summary", place, ids.count), x: area.x + 1, y: area.y, style: "muted", maxWidth: area.width - 1)
        guard !ids.isEmpty else {
            canvas.put(t("rcs.noSamples"), x: area.x + 1, y: area.y + 2, style: "muted", maxWidth: area.width - 1)
            return
        }
        let tableArea = Rect(x: area.x + 1, y: area.y + 1, width: max(0, area.width - 1), height: max(0, area.height - 1))
        let wide = area.width >= 100
        let rest = max(8, tableArea.width - 6 - 12 - 10 - 10 - 9 - (wide ? 10 + 10 : 0) - (wide ? 8 : 6))
        var columns = [TableColumn(t("rcs.col.id"), width: 6), TableColumn(t("rcs.col.scope"), width: rest),
                       TableColumn(t("rcs.col.rule"), width: 12), TableColumn(t("rcs.col.seed"), width: 10, alignment: .right),
                       TableColumn(t("rcs.col.progress"), width: 10, alignment: .right),
                       TableColumn(t("rcs.col.agreement"), width: 9, alignment: .right)]
        if wide {
            columns += [TableColumn(t("rcs.col.by"), width: 10), TableColumn(t("rcs.col.on"), width: 10)]
        }
        let window = cursor.window(rows: max(0, tableArea.height - 1))
        let book = board.rechecks
        Table.render(columns: columns, window: window, selected: cursor.selected, into: &canvas, area: tableArea) { row, column in
            guard let s = book.sample(ids[row]) else { return TableCell("") }
            switch column {
            case 0: return TableCell(s.id, style: "muted")
            case 1:
                let stratified = s.frame.stratified ? t("rcs.stratifiedMark") : ""
                return TableCell(RecheckText.place(s.frame.scope, board) + stratified)
            case 2: return TableCell(RecheckText.rule(s.rule, t))
            case 3: return TableCell(String(s.seed))
            case 4:
                let done = s.households.filter { book.latest(sample: s.id, household: $0) != nil }.count
                return TableCell("\(done)/\(s.households.count)", style: done == s.households.count ? "status.cleared" : "normal")
            case 5:
                let r = book.results(of: s.id)
                guard let rate = r.overall.proportion.rate else { return TableCell("—", style: "muted") }
                return TableCell(RecheckText.percent(rate), style: r.overall.disagreedHouseholds.isEmpty ? "normal" : "status.unresolved")
            case 6: return TableCell(HouseholdFormat.user(s.drawnBy, board))
            default: return TableCell(s.drawnOn?.iso ?? "")
            }
        }
    }
}
