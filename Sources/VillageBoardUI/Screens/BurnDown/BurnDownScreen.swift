import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The burn-down of one unit (`b` on the battle chart): its unresolved households week by week as a small chart,
/// where the history begins, the pace against the deadline, and the units under it with those behind pace marked;
/// `s` puts them first, Enter opens one. Built from `Board.burnDowns` (a pass over the steps the board keeps).
public struct BurnDownScreen: Screen {
    public let scope: DivisionCode
    public private(set) var series: BurnDown
    /// The units directly under the scope, in the order shown.
    public private(set) var units: [BurnDown] = []
    public private(set) var behindFirst = false
    var cursor = ListCursor()
    var size = Size(width: 80, height: 21)
    /// How many operations the board had logged, and its day, when the series were built.
    var built: (logged: Int, today: Day)
    /// Opened from another burn-down (its title names the unit) rather than from the chart (whose crumb already does).
    let drilled: Bool

    public init(scope: DivisionCode, drilled: Bool = false, ctx: ScreenContext) {
        self.scope = scope
        self.drilled = drilled
        let board = ctx.board
        let under = board.children[scope] ?? []
        let all = board.burnDowns(of: [scope] + under)
        series = all[0]
        units = Array(all.dropFirst())
        built = (board.log.count, board.today)
        order()
    }

    public func title(_ ctx: ScreenContext) -> String {
        drilled ? ctx.text("burndown.titleOf", ctx.board.unit(scope)?.name ?? scope.description) : ctx.text("burndown.title")
    }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        [KeyBinding([.enter], .open, "burndown.action.open", hint: true, disabled: units.isEmpty ? "burndown.noUnits" : nil),
         KeyBinding([.char("s")], .sortNext, "burndown.action.sort", hint: true)]
            + StandardBindings.movement
    }

    mutating func order() {
        let sorted = units.sorted { a, b in
            if behindFirst && a.pace.behind != b.pace.behind { return a.pace.behind }
            if behindFirst && a.now.households != b.now.households { return a.now.households > b.now.households }
            return a.scope < b.scope
        }
        let keep = units.indices.contains(cursor.selected) ? units[cursor.selected].scope : nil
        units = sorted
        cursor.setCount(units.count)
        if let keep, let i = units.firstIndex(where: { $0.scope == keep }) { cursor.select(i) }
    }

    /// Lines above the list: three of words, the chart, its legend.
    var plotHeight: Int { max(3, min(9, size.height - 9)) }
    var listRows: Int { max(1, size.height - plotHeight - 6) }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) { self.size = size }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if cursor.handle(action, page: listRows) {
            _ = cursor.visibleRange(rows: listRows)
            return .none
        }
        switch action {
        case .sortNext:
            behindFirst.toggle()
            order()
            return .message(StatusMessage(ctx.text(behindFirst ? "burndown.sort.behind" : "burndown.sort.code")))
        case .open:
            guard units.indices.contains(cursor.selected) else {
                return .message(StatusMessage(ctx.text("burndown.noUnits", ctx.board.unit(scope)?.name ?? ""), isError: true))
            }
            return .push(BurnDownScreen(scope: units[cursor.selected].scope, drilled: true, ctx: ctx))
        default:
            return .none
        }
    }

    public mutating func boardChanged(_ ctx: ScreenContext) {
        let board = ctx.board
        guard board.log.count != built.logged || board.today != built.today else { return }
        let keep = (behindFirst, cursor)
        self = BurnDownScreen(scope: scope, drilled: drilled, ctx: ctx)
        behindFirst = keep.0
        cursor = keep.1
        order()
    }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let t = ctx.text
        var y = area.y
        let width = area.width - 2
        // Cut text ends with the ellipsis; the figures in these lines come early enough not to be the part cut.
        func fit(_ text: String) -> String { DisplayWidth.truncate(text, to: width, ellipsis: ctx.glyphs.ellipsis) }
        canvas.put(fit(BurnDownWords.context(series, text: t)), x: area.x + 1, y: y, style: "muted", maxWidth: width)
        y += 1
        canvas.put(fit(BurnDownWords.pace(series, text: t)), x: area.x + 1, y: y, style: series.pace.behind ? "warning" : .normal,
                   maxWidth: width)
        y += 1
        canvas.put(fit(t("burndown.now", series.now.households, series.now.items, series.now.tasks)), x: area.x + 1, y: y,
                   maxWidth: width)
        y += 1
        let plot = BurnDownPlot(series)
        let shown = plot.draw(into: &canvas, area: Rect(x: area.x + 1, y: y, width: min(width, 72), height: plotHeight),
                              glyphs: ctx.glyphs)
        y += plotHeight
        var legend = t("burndown.legend", ctx.glyphs.sparks[7])
        if let deadline = series.deadline, series.now.households > 0, ctx.board.today < deadline {
            legend += " · " + t("burndown.legend.needed", ctx.glyphs.bullet)
        }
        if shown < series.points.count { legend += " · " + t("burndown.lastWeeks", shown) }
        canvas.put(fit(legend), x: area.x + 1, y: y, style: "muted", maxWidth: width)
        y += 1
        guard y < area.maxY else { return }
        if units.isEmpty {
            canvas.put(DisplayWidth.truncate(t("burndown.noUnits", ctx.board.unit(scope)?.name ?? ""), to: width), x: area.x + 1, y: y, style: "muted", maxWidth: width)
            return
        }
        renderUnits(ctx, into: &canvas, area: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y))
    }

    /// The units under the scope: name, unresolved households, pace, projected date, need, and the verdict as a word.
    func renderUnits(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let t = ctx.text
        let board = ctx.board
        let headers = [t.unitHeader(short: true), t("burndown.col.households"), t("burndown.col.perWeek"),
                       t("burndown.col.projected"), t("burndown.col.needed"), t("burndown.col.pace")]
        func cells(_ b: BurnDown) -> [String] {
            [board.unit(b.scope)?.name ?? b.scope.description, String(b.now.households), BurnDownWords.perWeek(b),
             b.pace.projected?.iso ?? "–", b.pace.needed.map(String.init) ?? "–",
             BurnDownWords.verdict(b, text: t) ?? ""]
        }
        let all = units.map(cells)
        var widths = headers.map { DisplayWidth.of($0) }
        for row in all { for (i, c) in row.enumerated() where i > 0 { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
        // Names take what the figures leave (cut with …); figures are never cut: columns that do not fit whole are
        // left out from the right.
        var count = widths.count
        while count > 2 && 1 + 4 + widths[1..<count].reduce(0, { $0 + $1 + 2 }) > area.width { count -= 1 }
        widths = Array(widths.prefix(count))
        widths[0] = max(4, min(16, area.width - 2 - widths.dropFirst().reduce(0, +) - 2 * (widths.count - 1)))
        func line(_ row: [String]) -> String {
            row.prefix(count).enumerated().map { i, c in
                i == 0 ? DisplayWidth.fit(c, to: widths[0]) : DisplayWidth.pad(c, to: widths[i], alignment: i == 5 ? .left : .right)
            }.joined(separator: "  ")
        }
        canvas.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: "header")
        canvas.put(line(headers), x: area.x + 1, y: area.y, style: "header", maxWidth: area.width - 1)
        let rows = max(0, area.height - 1)
        for (n, i) in cursor.window(rows: rows).enumerated() {
            let y = area.y + 1 + n
            let selected = i == cursor.selected
            if selected { canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: "selection") }
            let base: StyleName = units[i].pace.behind ? "warning" : .normal
            let marker = units[i].pace.behind ? "!" : " "
            canvas.put(marker, x: area.x, y: y, style: selected ? base.layered(with: "selection") : base)
            canvas.put(line(all[i]), x: area.x + 1, y: y, style: selected ? base.layered(with: "selection") : base,
                       maxWidth: area.width - 1)
        }
    }
}
