import TerminalKit
import VillageBoardCore

/// The unresolved households (未解决户清单) of the user's scope in one list: filter by place, cause, unmet
/// item, cadre, overdue tasks and monitoring; sort by any column; `/` by name or pinyin initials; Enter
/// opens the household. The rows are built once per board change, sort or filter; keys move a cursor.
public struct UnresolvedScreen: Screen {
    public let scope: DivisionCode?
    public private(set) var filters = UnresolvedFilters()
    public private(set) var sortColumn: UnresolvedColumn = .place
    public private(set) var ascending = true
    /// Every unresolved household of the scope, in village order.
    var base: [UnresolvedRow] = []
    /// Positions in `base`, sorted.
    var order: [Int] = []
    /// Positions in `base` that pass the filters, in sorted order: what the table shows.
    public private(set) var rows: [Int] = []
    public private(set) var cursor = ListCursor()
    var menu: FilterMenu?
    /// The last `/` query and the positions in `rows` that match it.
    var finder = ListSearch()
    var stamp: BoardStamp?
    var size = Size(width: 80, height: 21)

    public init(ctx: ScreenContext) {
        scope = ctx.scope
        rebuildBase(ctx)
    }

    public func title(_ ctx: ScreenContext) -> String {
        ctx.text("unresolved.title", scope.flatMap { ctx.board.unit($0)?.name } ?? "")
    }

    // MARK: Keys

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        if menu != nil {
            let choose: [(Character, Action)] = [("1", .choose1), ("2", .choose2), ("3", .choose3), ("4", .choose4),
                                                 ("5", .choose5), ("6", .choose6), ("7", .choose7), ("8", .choose8),
                                                 ("9", .choose9)]
            return [KeyBinding([.enter], .open, "unresolved.action.choose", hint: true)]
                + choose.map { KeyBinding([.char($0.0)], $0.1, TextKey("action.\($0.1)")) }
                + StandardBindings.movement
        }
        return [KeyBinding([.enter], .open, "action.open", hint: true),
                KeyBinding([.char("s")], .sortNext, "action.sortNext", hint: true),
                KeyBinding([.char("S")], .sortReverse, "action.sortReverse"),
                KeyBinding([.char("c")], .filterCounty, "action.filterCounty"),
                KeyBinding([.char("t")], .filterTownship, "action.filterTownship"),
                KeyBinding([.char("v")], .filterVillage, "action.filterVillage", hint: true),
                KeyBinding([.char("r")], .filterCause, "action.filterCause"),
                KeyBinding([.char("i")], .filterItem, "unresolved.action.filterItem", hint: true),
                KeyBinding([.char("p")], .filterCadre, "action.filterCadre"),
                KeyBinding([.char("o")], .filterOverdue, "action.filterOverdue", hint: true),
                KeyBinding([.char("m")], .filterMonitored, "unresolved.action.filterMonitored"),
                KeyBinding([.char("x")], .clearFilter, "action.clearFilter", hint: true)]
            + StandardBindings.movement
    }

    /// Table rows that fit below the filter line and the header.
    var pageHeight: Int { max(1, size.height - 2) }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) {
        self.size = size
        _ = cursor.visibleRange(rows: pageHeight)
    }

    public mutating func input(_ key: Key, _ ctx: ScreenContext) -> Outcome? {
        guard var m = menu else { return nil }
        let result = m.handle(key)
        menu = m
        return finish(result, ctx)
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if var m = menu {
            let result = m.handle(action)
            menu = m
            return finish(result, ctx)
        }
        if cursor.handle(action, page: pageHeight) {
            _ = cursor.visibleRange(rows: pageHeight)
            return .none
        }
        switch action {
        case .open:
            guard let row = selectedRow else { return .none }
            return .push(HouseholdScreen(household: ctx.board.households[row.household].id, ctx: ctx))
        case .sortNext:
            let all = UnresolvedColumn.allCases
            sortColumn = all[(sortColumn.rawValue + 1) % all.count]
            ascending = sortColumn.startsAscending
            resort(ctx)
            return .message(StatusMessage(ctx.text("unresolved.sorted", ctx.text(sortColumn.titleKey))))
        case .sortReverse:
            ascending.toggle()
            resort(ctx)
            return .none
        case .filterCounty: return openMenu(.county, ctx)
        case .filterTownship: return openMenu(.township, ctx)
        case .filterVillage: return openMenu(.village, ctx)
        case .filterCause: return openMenu(.cause, ctx)
        case .filterItem: return openMenu(.item, ctx)
        case .filterCadre: return openMenu(.cadre, ctx)
        case .filterOverdue: filters.overdueOnly.toggle()
        case .filterMonitored: filters.monitoredOnly.toggle()
        case .clearFilter: filters = UnresolvedFilters()
        case .nextMatch, .previousMatch:
            guard let next = finder.step(from: cursor.selected, forward: action == .nextMatch) else {
                return ListSearch.noMatches(ctx)
            }
            select(next)
            return .none
        default: return .none
        }
        refilter(ctx)
        return .message(StatusMessage(ctx.text("unresolved.shown", rows.count)))
    }

    public mutating func search(_ query: String, _ ctx: ScreenContext) -> Outcome? {
        let names = searchNames(ctx)
        let (outcome, row) = finder.run(query, shown: rows, from: cursor.selected, ctx, prepare: names)
        if let row { select(row) }
        return outcome
    }

    /// How to prepare the names of every row once: each household's members.
    func searchNames(_ ctx: ScreenContext) -> () -> NameSearch {
        let board = ctx.board, base = base
        return { NameSearch(base) { row in board.households[row.household].members.map(\.name) } }
    }

    public mutating func boardChanged(_ ctx: ScreenContext) {
        guard stamp != BoardStamp(ctx.board) else { return }
        rebuildBase(ctx)
    }

    // MARK: Building the list

    var selectedRow: UnresolvedRow? { rows.indices.contains(cursor.selected) ? base[rows[cursor.selected]] : nil }

    /// From the board: every unresolved household of the scope (on open and after a change).
    mutating func rebuildBase(_ ctx: ScreenContext) {
        let keep = selectedRow?.household
        base = scope.map { UnresolvedRows.build(board: ctx.board, scope: $0) } ?? []
        stamp = BoardStamp(ctx.board)
        finder.invalidate()
        order = UnresolvedSort.order(base, by: sortColumn, ascending: ascending)
        refilter(keeping: keep, ctx)
    }

    /// After a sort change: the same rows in the new order.
    mutating func resort(_ ctx: ScreenContext) {
        let keep = selectedRow?.household
        order = UnresolvedSort.order(base, by: sortColumn, ascending: ascending)
        refilter(keeping: keep, ctx)
    }

    /// After a filter change: the rows that pass, in the current order; the selection stays on its household.
    mutating func refilter(keeping household: Int? = nil, _ ctx: ScreenContext) {
        let keep = household ?? selectedRow?.household
        let f = filters
        rows = f.isEmpty ? order : order.filter { f.accepts(base[$0]) }
        cursor.setCount(rows.count)
        if let keep, let i = rows.firstIndex(where: { base[$0].household == keep }) {
            cursor.select(i)
        } else {
            cursor.toTop()
        }
        _ = cursor.visibleRange(rows: pageHeight)
        finder.refresh(shown: rows, prepare: searchNames(ctx))
    }

    mutating func select(_ i: Int) {
        cursor.select(i)
        _ = cursor.visibleRange(rows: pageHeight)
    }

    // MARK: Menus

    mutating func openMenu(_ slot: FilterSlot, _ ctx: ScreenContext) -> Outcome {
        let options = FilterMenuOptions.make(slot, base: base, filters: filters, scope: scope, ctx: ctx)
        menu = FilterMenu(slot: slot, title: ctx.text(TextKey("unresolved.menu.\(slot)")), options: options,
                          current: FilterMenuOptions.current(slot, filters), visibleRows: max(1, size.height - 4))
        return .none
    }

    mutating func finish(_ result: FilterMenu.Result, _ ctx: ScreenContext) -> Outcome {
        switch result {
        case .keep: return .none
        case .close:
            menu = nil
            return .none
        case .choose(let choice):
            guard let slot = menu?.slot else { return .none }
            menu = nil
            filters.set(slot, choice, board: ctx.board)
            refilter(ctx)
            return .message(StatusMessage(ctx.text("unresolved.shown", rows.count)))
        }
    }

    // MARK: Drawing

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let t = ctx.text
        var line = t("unresolved.summary", rows.count, base.count)
        let labels = filters.labels(ctx)
        line += "  " + t("unresolved.filters", labels.isEmpty ? t("unresolved.filters.none") : labels.joined(separator: " · "))
        canvas.put(line, x: area.x, y: area.y, style: labels.isEmpty ? "normal" : "info", maxWidth: area.width)
        let tableArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        if rows.isEmpty {
            UnresolvedTable.header(ctx, into: &canvas, area: tableArea, sortColumn: sortColumn, ascending: ascending)
            canvas.put(t(base.isEmpty ? "unresolved.noneLeft" : "unresolved.empty"), x: area.x + 1, y: area.y + 3,
                       style: "muted", maxWidth: area.width - 1)
        } else {
            UnresolvedTable.render(self, ctx, into: &canvas, area: tableArea)
        }
        menu?.render(ctx, into: &canvas, area: area)
    }
}

/// What a screen's cached rows were built from: when none of it moved, the board has not changed.
struct BoardStamp: Hashable {
    let operations: Int
    let households: Int
    let tasks: Int
    let sequences: Int
    let today: Day

    init(_ board: Board) {
        operations = board.log.count
        sequences = board.seen.values.reduce(0, +)
        households = board.households.count
        tasks = board.tasks.count
        today = board.today
    }
}
