import TerminalKit
import VillageBoardCore

/// The reports screen (统计报表): the article-style summary of a scope, a table of the units under it, and bar
/// charts of remaining households and unmet items per unit. Enter drills into a unit; `c` and `J` export the
/// same report as CSV and JSON.
public struct ReportsScreen: Screen {
    /// The unit reported on; nil only on an empty board.
    public let scope: DivisionCode?
    /// The selected unit under the scope (an index into the report's rows).
    public private(set) var selected = 0
    /// The first line of the page on screen.
    public private(set) var scroll = 0
    /// The figures, taken again after every saved change.
    public private(set) var report: ScopeReport?
    var size = Size(width: 80, height: 21)
    /// Rows matching the last `/` search, for `n` and `N`.
    var matches: [Int] = []
    /// The folder the last export from this screen went into: the next one offers it again.
    public private(set) var exportFolder = ""

    public init(scope: DivisionCode?, selected: DivisionCode? = nil, ctx: ScreenContext) {
        self.scope = scope
        report = scope.flatMap { ScopeReport(board: ctx.board, scope: $0) }
        if let selected, let i = report?.rows.firstIndex(where: { $0.code == selected }) { self.selected = i }
    }

    /// The report of the user's scope (the `4` key).
    public init(ctx: ScreenContext) { self.init(scope: ctx.scope, ctx: ctx) }

    public func title(_ ctx: ScreenContext) -> String { report?.scope.name ?? scope?.description ?? "" }

    /// Whether the scope is a village (Enter then opens its board).
    func scopeIsVillage(_ ctx: ScreenContext) -> Bool { scope.flatMap { ctx.board.unit($0)?.level } == .village }

    /// The units under the scope.
    var rows: [ScopeReport.Row] { report?.rows ?? [] }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        let canOpen = !rows.isEmpty || scopeIsVillage(ctx)
        let moves: Set<Action> = [.up, .down, .pageUp, .pageDown, .top, .bottom]
        return [KeyBinding([.enter], .open, "action.open", hint: true, disabled: canOpen ? nil : "reports.nothingToOpen"),
                KeyBinding([.char("c")], .exportCSV, "action.exportCSV", hint: true),
                KeyBinding([.char("J")], .exportJSON, "action.exportJSON", hint: true)]
            + StandardBindings.movement.filter { moves.contains($0.action) }
    }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) {
        self.size = size
        scroll = min(scroll, page(ctx).maxScroll(height: size.height))
    }

    public mutating func boardChanged(_ ctx: ScreenContext) {
        let code = rows.indices.contains(selected) ? rows[selected].code : nil
        report = scope.flatMap { ScopeReport(board: ctx.board, scope: $0) }
        selected = code.flatMap { c in rows.firstIndex { $0.code == c } } ?? min(selected, max(0, rows.count - 1))
        matches = []
        scroll = min(scroll, page(ctx).maxScroll(height: size.height))
    }

    /// The page laid out for the current width.
    func page(_ ctx: ScreenContext) -> ReportPage {
        ReportPage(report: report, ctx: ctx, width: size.width)
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        let page = page(ctx)
        let height = max(1, size.height)
        switch action {
        case .up:
            if selected == 0 { scroll = 0 } else { selected -= 1 }
        case .down:
            selected = min(max(0, rows.count - 1), selected + 1)
        case .top:
            selected = 0
            scroll = 0
            return .none
        case .bottom:
            selected = max(0, rows.count - 1)
            scroll = page.maxScroll(height: height)
            return .none
        case .pageDown, .pageUp:
            let step = action == .pageDown ? height : -height
            scroll = max(0, min(page.maxScroll(height: height), scroll + step))
            // Keep the selection on screen: the first unit with a visible line, if the old one has none.
            if !page.isVisible(row: selected, scroll: scroll, height: height),
               let first = page.firstVisibleRow(scroll: scroll, height: height) {
                selected = first
            }
            return .none
        case .open:
            return open(ctx)
        case .exportCSV, .exportJSON:
            guard let scope else { return .none }
            // Ask where it goes (offering the last folder), so a report never lands somewhere unseen.
            let format: ExportFormat = action == .exportCSV ? .csv : .json
            return .prompt(Prompt(label: ctx.text("reports.exportFolder", format.rawValue.uppercased()), initial: exportFolder,
                                  question: .exportFolder(scope, format)))
        case .nextMatch, .previousMatch:
            guard !matches.isEmpty else { return .message(StatusMessage(ctx.text("search.noMatches"), isError: true)) }
            selected = action == .nextMatch ? (matches.first { $0 > selected } ?? matches[0])
                                            : (matches.last { $0 < selected } ?? matches[matches.count - 1])
        default:
            return .none
        }
        scroll = page.scrollShowing(row: selected, scroll: scroll, height: height)
        return .none
    }

    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        guard case .answered(.exportFolder(let scope, let format), let typed) = message else { return .none }
        exportFolder = typed.trimmingSpaces
        return .effects([.exportReport(scope: scope, format: format, folder: exportFolder)])
    }

    /// Enter: a county or township opens its own report; a village opens its board.
    func open(_ ctx: ScreenContext) -> Outcome {
        guard rows.indices.contains(selected) else {
            if let scope, scopeIsVillage(ctx) { return .push(VillageBoardScreen(village: scope, ctx: ctx)) }
            return .message(StatusMessage(ctx.text("reports.nothingToOpen"), isError: true))
        }
        let row = rows[selected]
        if row.level == .village { return .push(VillageBoardScreen(village: row.code, ctx: ctx)) }
        return .push(ReportsScreen(scope: row.code, ctx: ctx))
    }

    /// `/`: finds units by name or the pinyin initials of their names (`jy` → 靖宇县).
    public var canSearch: Bool { true }

    public mutating func search(_ query: String, _ ctx: ScreenContext) -> Outcome? {
        let q = query.trimmingSpaces
        let pinyin = PinyinQuery(q)
        matches = rows.indices.filter { i in
            !q.isEmpty && (rows[i].name.contains(q) || (!pinyin.isEmpty && PinyinKey(rows[i].name).hasPrefix(pinyin)))
        }
        guard let first = matches.first(where: { $0 >= selected }) ?? matches.first else {
            return .message(StatusMessage(ctx.text("search.none", query), isError: true))
        }
        selected = first
        scroll = page(ctx).scrollShowing(row: selected, scroll: scroll, height: max(1, size.height))
        return .message(StatusMessage(ctx.text("search.found", matches.count, query)))
    }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let page = ReportPage(report: report, ctx: ctx, width: area.width)
        let first = min(scroll, page.maxScroll(height: area.height))
        for (i, line) in page.lines.dropFirst(first).prefix(area.height).enumerated() {
            page.draw(line, selected: selected, ctx: ctx, into: &canvas, x: area.x, y: area.y + i, width: area.width)
        }
    }
}
