import TerminalKit
import VillageBoardCore
import VillageBoardText

/// A village's board: its figures, then households × the six checklist items and income, with status,
/// responsible cadre, open tasks and last visit. Sort by any column, filter, search, Enter opens a household.
public struct VillageBoardScreen: Screen {
    public let village: DivisionCode
    public private(set) var filter: HouseholdFilter = .all
    /// "Not visited for N days" (`w`), beside the filter; nil when off.
    public private(set) var notVisitedFor: Int?
    public private(set) var sortColumn = 2
    public private(set) var ascending = true
    /// Household positions shown, in order.
    public private(set) var rows: [Int] = []
    public private(set) var cursor = ListCursor()
    var matches: [Int] = []
    var pageHeight = 18

    public init(village: DivisionCode, ctx: ScreenContext) {
        self.village = village
        rebuild(ctx)
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.board.unit(village)?.name ?? village.description }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        [KeyBinding([.enter], .open, "action.open", hint: true),
         KeyBinding([.char("s")], .sortNext, "action.sortNext", hint: true),
         KeyBinding([.char("S")], .sortReverse, "action.sortReverse"),
         KeyBinding([.char("f")], .filterNext, "action.filterNext", hint: true),
         KeyBinding([.char("U")], .filterUnresolved, "action.filterUnresolved"),
         KeyBinding([.char("M")], .filterMonitored, "action.filterMonitored"),
         KeyBinding([.char("x")], .clearFilter, "action.clearFilter"),
         KeyBinding([.char("w")], .filterNotVisited, "visits.action.filterNotVisited"),
         KeyBinding([.char("r")], .registerHousehold, "reg.action.register", hint: rows.isEmpty, disabled: registerBlock(ctx)),
         KeyBinding([.char("T")], .villageTargets, "vt.action.open", hint: true)]
            + StandardBindings.movement
    }

    /// Why this user may not register a household here (the permission table's `registerHousehold` row).
    func registerBlock(_ ctx: ScreenContext) -> TextKey? {
        if ctx.readOnly { return "status.readOnlyRefused" }
        if ctx.user == nil { return "status.noUser" }
        return Permissions.authorize(.registerHousehold, user: ctx.user, target: .unit(village), board: ctx.board)
            .map { .reason($0) }
    }

    /// The columns: name, size, status, the seven items, cadre, open tasks, last visit.
    static let itemColumnsStart = 3
    static func columnCount() -> Int { 3 + ChecklistItem.allCases.count + 3 }

    func columns(_ ctx: ScreenContext) -> [TableColumn] {
        let t = ctx.text
        var cols = [TableColumn(t("col.head"), width: 8), TableColumn(t("col.size"), width: 4, alignment: .right),
                    TableColumn(t("col.status"), width: 12)]
        // Three columns wide, so the sort arrow fits beside a Chinese item name ("水↑") instead of hiding it.
        cols += ChecklistItem.allCases.map { TableColumn(t.shortName($0), width: 3, alignment: .center) }
        cols += [TableColumn(t("col.cadre"), width: 8), TableColumn(t("col.openTasks"), width: 4, alignment: .right),
                 TableColumn(t("col.lastVisit"), width: 10)]
        return cols
    }

    mutating func rebuild(_ ctx: ScreenContext) {
        let board = ctx.board
        let selectedID = rows.indices.contains(cursor.selected) ? board.households[rows[cursor.selected]].id : nil
        var list = (board.householdsByVillage[village] ?? []).filter { filter.accepts(board.households[$0]) }
        if let days = notVisitedFor { list = list.filter { board.households[$0].notVisited(for: days, on: board.today) } }
        let key = sortColumn
        func sortKey(_ i: Int) -> SortKey { VillageBoardScreen.sortKey(board.households[i], column: key, ctx: ctx) }
        let keyed = list.map { ($0, sortKey($0)) }
        list = keyed.sorted { a, b in
            a.1 == b.1 ? a.0 < b.0 : (ascending ? a.1 < b.1 : b.1 < a.1)
        }.map(\.0)
        rows = list
        cursor.setCount(rows.count)
        if let selectedID, let i = rows.firstIndex(where: { board.households[$0].id == selectedID }) { cursor.select(i) }
    }

    /// A comparable value for a column.
    enum SortKey: Comparable {
        case text(String)
        case number(Int)
    }

    static func sortKey(_ h: Household, column: Int, ctx: ScreenContext) -> SortKey {
        let items = ChecklistItem.allCases
        switch column {
        case 0: return .text(h.headName)
        case 1: return .number(h.size)
        case 2: return .number(h.isUnresolved ? 0 : (h.isMonitored ? 1 : 2))
        case itemColumnsStart..<(itemColumnsStart + items.count):
            let order: [ItemState: Int] = [.notMet: 0, .notChecked: 1, .met: 2, .notApplicable: 3]
            return .number(order[h.checklist[items[column - itemColumnsStart]].state] ?? 9)
        case itemColumnsStart + items.count: return .text(h.cadre.flatMap { ctx.board.user($0)?.name } ?? "")
        case itemColumnsStart + items.count + 1:
            return .number(-ctx.board.taskIndices(forHousehold: h.id).filter { ctx.board.tasks[$0].state == .open }.count)
        // Never visited sorts before any day, so the households nobody has been to come first.
        default: return .number(Int(h.lastVisit?.daysSinceEpoch ?? Int32.min))
        }
    }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) { pageHeight = max(1, size.height - 3) }

    public mutating func boardChanged(_ ctx: ScreenContext) { rebuild(ctx) }

    /// Keeps the cursor's stored window on the selection, so moving up from the bottom does not drag the view.
    mutating func scrollToSelection() { _ = cursor.visibleRange(rows: pageHeight + 1) }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if cursor.handle(action, page: pageHeight) {
            scrollToSelection()
            return .none
        }
        switch action {
        case .villageTargets:
            return .push(VillageTargetsScreen(village: village))
        case .registerHousehold:
            if let block = registerBlock(ctx) { return .message(StatusMessage(ctx.text(block), isError: true)) }
            return .push(RegisterHouseholdScreen(village: village, ctx: ctx))
        case .open:
            guard rows.indices.contains(cursor.selected) else { return .none }
            return .push(HouseholdScreen(household: ctx.board.households[rows[cursor.selected]].id, ctx: ctx))
        case .sortNext:
            sortColumn = (sortColumn + 1) % Self.columnCount()
            ascending = true
        case .sortReverse: ascending.toggle()
        case .filterNext: filter = filter.next
        case .filterUnresolved: filter = .unresolved
        case .filterMonitored: filter = .monitored
        case .clearFilter:
            filter = .all
            notVisitedFor = nil
        case .filterNotVisited: notVisitedFor = NotVisitedSteps.next(after: notVisitedFor)
        case .nextMatch, .previousMatch:
            guard !matches.isEmpty else { return .message(StatusMessage(ctx.text("search.noMatches"), isError: true)) }
            let current = cursor.selected
            let next = action == .nextMatch ? (matches.first { $0 > current } ?? matches[0])
                                            : (matches.last { $0 < current } ?? matches[matches.count - 1])
            cursor.select(next)
            scrollToSelection()
            return .none
        default: return .none
        }
        rebuild(ctx)
        return .message(StatusMessage(filterLabel(ctx.text) + " · " + ctx.text("list.count", rows.count)))
    }

    /// The filter in force, with "not visited for N days" when it is on.
    func filterLabel(_ t: Catalog) -> String {
        guard let days = notVisitedFor else { return filter.label(t) }
        let visits = t("visits.filter.notVisited", days)
        return filter == .all ? visits : filter.label(t) + t("hh.listSeparator") + visits
    }

    public var canSearch: Bool { true }

    public mutating func search(_ query: String, _ ctx: ScreenContext) -> Outcome? {
        let board = ctx.board
        guard let search = HouseholdSearch(query) else { return .none }
        matches = rows.indices.filter { search.matches(board.households[rows[$0]]) }
        guard let first = matches.first(where: { $0 >= cursor.selected }) ?? matches.first else {
            return .message(StatusMessage(ctx.text("search.none", query), isError: true))
        }
        cursor.select(first)
        scrollToSelection()
        return .message(StatusMessage(ctx.text("search.found", matches.count, query)))
    }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let board = ctx.board
        let r = board.rollup(village)
        let t = ctx.text
        // 全部 counts every household on the board (monitored ones never registered too); the report's 建档户 counts
        // registered ones: the header names both, so 98 here and 96 in the report reconcile.
        let figures = [t("village.allHouseholds", r.households, r.people, r.householdsRegistered),
                       t("chart.remaining", r.householdsRemaining, r.peopleRemaining),
                       t("chart.unresolvedPair", r.householdsUnresolved, r.peopleUnresolved), t("chart.monitored", r.householdsMonitored), t("chart.notMet", r.itemsNotMet),
                       t("chart.awaiting", r.tasksDone), t("chart.overdue", r.tasksOverdue)]
        // A filter in force goes first, so a narrow screen never hides it.
        let filterText = t("village.filter", filterLabel(t))
        // Whole figures only, as many as fit: a pair cut in half would read as a different number.
        var summary = ""
        for part in filter == .all && notVisitedFor == nil ? figures + [filterText] : [filterText] + figures {
            let next = summary.isEmpty ? part : summary + "  " + part
            if !summary.isEmpty && DisplayWidth.of(next) > area.width { break }
            summary = next
        }
        canvas.put(summary, x: area.x, y: area.y, style: "normal", maxWidth: area.width)
        let tableArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        if rows.isEmpty {
            canvas.put(t("list.empty"), x: area.x + 1, y: area.y + 2, style: "muted", maxWidth: area.width - 1)
            return
        }
        let window = cursor.window(rows: max(0, tableArea.height - 1))
        let items = ChecklistItem.allCases
        Table.render(columns: columns(ctx), window: window, selected: cursor.selected, into: &canvas, area: tableArea,
                     sortColumn: sortColumn, sortAscending: ascending) { row, column in
            let h = board.households[rows[row]]
            switch column {
            case 0: return TableCell(h.headName)
            case 1: return TableCell(String(h.size))
            case 2: return TableCell(t.name(h.mark), style: CheckGlyph.style(h.mark))
            case Self.itemColumnsStart..<(Self.itemColumnsStart + items.count):
                return CheckGlyph.cell(h.checklist[items[column - Self.itemColumnsStart]].state, ctx.glyphs)
            case Self.itemColumnsStart + items.count:
                return TableCell(h.cadre.flatMap { board.user($0)?.name } ?? "—", style: h.cadre == nil ? "warning" : .normal)
            case Self.itemColumnsStart + items.count + 1:
                let open = board.taskIndices(forHousehold: h.id).filter { board.tasks[$0].state == .open }
                let overdue = open.contains { board.tasks[$0].isOverdue(on: board.today) }
                return TableCell(open.isEmpty ? "" : String(open.count), style: overdue ? "status.overdue" : .normal)
            default:
                return TableCell(h.lastVisit?.iso ?? "—", style: "muted")
            }
        }
    }
}
