import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The unresolved households (未解决户清单) of the user's scope in one list: filter by place, cause, unmet
/// item, cadre, overdue tasks and monitoring; sort by any column; `/` by name or pinyin initials; Enter
/// opens the household. The rows are built once when the screen is made (the app keeps it between switches); after a
/// saved change only the rows of the households the new operations touched are made again; sorting and filtering
/// work on the rows; keys move a cursor.
public struct UnresolvedScreen: Screen {
    public let scope: DivisionCode?
    public private(set) var filters = UnresolvedFilters()
    public private(set) var sortColumn: UnresolvedColumn = .place
    public private(set) var ascending = true
    /// Every unresolved household of the scope, in village order.
    var base: [UnresolvedRow] = []
    /// Whether every row of `base` has all its fields (needed to sort by anything but place, filter or count for a
    /// menu); until then the rows on screen are filled in as they are drawn.
    var detailed = false
    /// Positions in `base`, sorted.
    var order: [Int] = []
    /// Positions in `base` that pass the filters, in sorted order: what the table shows.
    public private(set) var rows: [Int] = []
    public private(set) var cursor = ListCursor()
    var menu: FilterMenu?
    /// The last `/` query and the positions in `rows` that match it.
    var finder = ListSearch()
    var stamp: BoardStamp?
    /// How many times the rows were built from the whole board (once, unless a change could not be followed).
    var builds = 0
    /// Each village of the scope's place in `base` order (villages in the board's order, households by position).
    var villageRanks: [DivisionCode: Int] = [:]
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
        if menu != nil { return FilterMenu.bindings }
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
                KeyBinding([.char("w")], .filterNotVisited, "visits.action.filterNotVisited"),
                KeyBinding([.char("x")], .clearFilter, "action.clearFilter", hint: true),
                KeyBinding([.char("a")], .newTasks, "batch.action.fromList", hint: filters.item != nil && BatchGate.roleMay(ctx),
                           disabled: BatchGate.reason(ctx, place: filteredPlace))]
            + StandardBindings.movement
    }

    /// The narrowest place the filters choose, else the list's scope.
    var filteredPlace: DivisionCode? { filters.village ?? filters.township ?? filters.county ?? scope }

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
            detail(ctx)
            let all = UnresolvedColumn.allCases
            sortColumn = all[(sortColumn.rawValue + 1) % all.count]
            ascending = sortColumn.startsAscending
            resort(ctx)
            return .message(StatusMessage(ctx.text("unresolved.sorted", ctx.text(sortColumn.titleKey))))
        case .sortReverse:
            detail(ctx)
            ascending.toggle()
            resort(ctx)
            return .none
        case .filterCounty: return openMenu(.county, ctx)
        case .filterTownship: return openMenu(.township, ctx)
        case .filterVillage: return openMenu(.village, ctx)
        case .filterCause: return openMenu(.cause, ctx)
        case .filterItem: return openMenu(.item, ctx)
        case .filterCadre: return openMenu(.cadre, ctx)
        case .filterOverdue:
            detail(ctx)
            filters.overdueOnly.toggle()
        case .filterMonitored:
            detail(ctx)
            filters.monitoredOnly.toggle()
        case .filterNotVisited:
            detail(ctx)
            filters.notVisitedFor = NotVisitedSteps.next(after: filters.notVisitedFor)
            filters.notVisitedOn = filters.notVisitedFor == nil ? nil : ctx.board.today
        case .clearFilter: filters = UnresolvedFilters()
        case .newTasks:
            // The list's place and item carry over, so the preview lists the households this list shows.
            if let reason = BatchGate.reason(ctx, place: filteredPlace) {
                return .message(StatusMessage(ctx.text(reason), isError: true))
            }
            return .push(NewTasksScreen(ctx: ctx, scope: filteredPlace, item: filters.item))
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

    public var canSearch: Bool { true }

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
        let now = BoardStamp(ctx.board)
        guard stamp != now else { return }
        if let stamp, let operations = stamp.operations(since: ctx.board), follow(operations, ctx) {
            self.stamp = now
        } else {
            rebuildBase(ctx)
        }
    }

    // MARK: Building the list

    var selectedRow: UnresolvedRow? { rows.indices.contains(cursor.selected) ? base[rows[cursor.selected]] : nil }

    /// From the board: every unresolved household of the scope (on open, and after changes `follow` cannot follow).
    mutating func rebuildBase(_ ctx: ScreenContext) {
        let keep = selectedRow?.household
        builds += 1
        // Shown by place with no filter, the list needs the place of each row alone: the rest waits for a sort or filter.
        detailed = !filters.isEmpty || sortColumn != .place
        base = scope.map { UnresolvedRows.build(board: ctx.board, scope: $0, detailed: detailed) } ?? []
        villageRanks = scope.map { UnresolvedRows.villageRanks(board: ctx.board, scope: $0) } ?? [:]
        stamp = BoardStamp(ctx.board)
        finder.invalidate()
        order = UnresolvedSort.order(base, by: sortColumn, ascending: ascending, hidden: Self.hidden(ctx))
        refilter(keeping: keep, ctx)
    }

    /// The rows whose health cause this user sees masked, for sorting them as shown.
    static func hidden(_ ctx: ScreenContext) -> HiddenCauses { HiddenCauses(board: ctx.board, user: ctx.user) }

    /// Fills in every row's fields, once, before a sort, filter or menu needs them: copied from the rows the app keeps
    /// (`UnresolvedRowKeeper`, built in the background after the first frame), the rest, if any, read from the board.
    mutating func detail(_ ctx: ScreenContext) {
        guard !detailed else { return }
        let board = ctx.board
        if let kept = ctx.unresolvedRows.rows(board) {
            for k in base.indices where !base[k].detailed {
                if let row = kept[base[k].household], row.village == base[k].village { base[k] = row }
            }
        }
        UnresolvedRows.detail(&base, board: board)
        detailed = true
    }

    // MARK: Following saved changes

    /// Updates the rows of the households `operations` touched (a household's own change, or a change to one of its
    /// tasks), each found by binary search; false, changing nothing, when an operation may change rows it does not
    /// name (units, users' names), so the list must be rebuilt.
    mutating func follow(_ operations: ArraySlice<Operation>, _ ctx: ScreenContext) -> Bool {
        guard let scope else { return operations.isEmpty }
        let board = ctx.board
        guard let (touched, renamed) = UnresolvedRows.touched(by: operations, board: board) else { return false }
        let keep = selectedRow?.household, at = cursor.selected
        var reshown = false
        for i in touched.sorted() {
            reshown = update(household: i, names: renamed.contains(i), board: board, scope: scope, hidden: Self.hidden(ctx)) || reshown
        }
        if reshown {
            refilter(keeping: keep, orStayAt: at, ctx)
        } else if !renamed.isEmpty {
            finder.refresh(shown: rows, prepare: searchNames(ctx))
        }
        return true
    }

    /// Makes household `i`'s row again: replaced, added or removed in `base`, moved in `order` when its sort key
    /// changed. True when the rows shown must be filtered again (a row came or went, moved, or passes the filters
    /// differently).
    mutating func update(household i: Int, names: Bool, board: Board, scope: DivisionCode, hidden: HiddenCauses) -> Bool {
        guard board.households.indices.contains(i), let rank = villageRanks[board.households[i].village] else { return false }
        let new = UnresolvedRows.row(i, board: board, scope: scope)
        let (p, found) = basePosition(rank: rank, household: i)
        switch (found, new) {
        case (false, nil):
            return false
        case (true, let new?):
            let old = base[p]
            base[p] = new
            if names { finder.editNames { $0.replace(row: p, names: board.households[i].members.map(\.name)) } }
            let moved = sortColumn != .place && UnresolvedSort.compare(old, new, by: sortColumn, hidden: hidden) != 0
            if moved, let j = order.firstIndex(of: p) {
                order.remove(at: j)
                order.insert(p, at: UnresolvedSort.insertionPoint(of: p, in: order, base, by: sortColumn, ascending: ascending,
                                                                          hidden: hidden))
            }
            return moved || filters.accepts(old) != filters.accepts(new)
        case (true, nil):
            base.remove(at: p)
            finder.editNames { $0.remove(row: p) }
            if sortColumn == .place && ascending {
                order = Array(base.indices)
            } else {
                order = order.compactMap { $0 == p ? nil : ($0 > p ? $0 - 1 : $0) }
            }
            return true
        case (false, let new?):
            base.insert(new, at: p)
            finder.editNames { $0.insert(row: p, names: board.households[i].members.map(\.name)) }
            if sortColumn == .place && ascending {
                order = Array(base.indices)
            } else {
                order = order.map { $0 >= p ? $0 + 1 : $0 }
                order.insert(p, at: UnresolvedSort.insertionPoint(of: p, in: order, base, by: sortColumn, ascending: ascending,
                                                                          hidden: hidden))
            }
            return true
        }
    }

    /// Where household `household` of the village ranked `rank` is (or would go) in `base`, which is in village rank
    /// order and, within a village, in household position order.
    func basePosition(rank: Int, household: Int) -> (Int, found: Bool) {
        var low = 0, high = base.count
        while low < high {
            let mid = (low + high) / 2
            let r = villageRanks[base[mid].village] ?? Int.max
            if r < rank || (r == rank && base[mid].household < household) { low = mid + 1 } else { high = mid }
        }
        return (low, low < base.count && base[low].household == household)
    }

    /// After a sort change: the same rows in the new order.
    mutating func resort(_ ctx: ScreenContext) {
        let keep = selectedRow?.household
        order = UnresolvedSort.order(base, by: sortColumn, ascending: ascending, hidden: Self.hidden(ctx))
        refilter(keeping: keep, ctx)
    }

    /// After a filter change: the rows that pass, in the current order; the selection stays on its household. When
    /// that household is no longer shown, the cursor goes to the top, or, after a saved change, stays at row `stay`
    /// (the row that took its place).
    mutating func refilter(keeping household: Int? = nil, orStayAt stay: Int? = nil, _ ctx: ScreenContext) {
        let keep = household ?? selectedRow?.household
        let f = filters
        rows = f.isEmpty ? order : order.filter { f.accepts(base[$0]) }
        // A health cause (因病, 因残) filters only households whose health this user may see: the list must not tell,
        // by who is in it, what the masked column hides.
        if let cause = f.cause, Privacy.carriesHealth(cause) {
            let board = ctx.board
            rows = rows.filter { i in
                let h = base[i].household
                return board.households.indices.contains(h) && Privacy.seesHealth(in: board.households[h], for: ctx.user, board: board)
            }
        }
        cursor.setCount(rows.count)
        if let keep, let i = rows.firstIndex(where: { base[$0].household == keep }) {
            cursor.select(i)
        } else if let stay {
            cursor.select(stay)
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
        detail(ctx)
        let options = FilterMenuOptions.make(slot, base: base, filters: filters, scope: scope, ctx: ctx)
        menu = FilterMenu(slot: slot, title: ctx.text(slot.title), options: options,
                          current: FilterMenuOptions.current(slot, filters), visibleRows: max(1, size.height - 6))
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
