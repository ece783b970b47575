import TerminalKit
import VillageBoardCore
import VillageBoardText

/// Draws the unresolved list's table: the header, then only the rows in view.
enum UnresolvedTable {
    static func columns(_ ctx: ScreenContext, width: Int) -> [TableColumn] {
        var widths = UnresolvedColumn.widths(for: width)
        let titles = UnresolvedColumn.allCases.map { ctx.text($0.titleKey) }
        // Every column sorts, so every header keeps room for itself and the sort arrow (致贫原因↑, not 致贫原…); the
        // place column, which takes what is left, gives up the difference.
        let place = UnresolvedColumn.place.rawValue
        for column in UnresolvedColumn.allCases where column != .place {
            let needed = DisplayWidth.of(titles[column.rawValue]) + 1
            if widths[column.rawValue] < needed {
                widths[place] -= needed - widths[column.rawValue]
                widths[column.rawValue] = needed
            }
        }
        widths[place] = max(DisplayWidth.of(titles[place]) + 1, widths[place])
        return UnresolvedColumn.allCases.map { column in
            let right = column == .open || column == .overdue
            return TableColumn(titles[column.rawValue], width: widths[column.rawValue], alignment: right ? .right : .left)
        }
    }

    /// The header alone (for an empty list).
    static func header(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect, sortColumn: UnresolvedColumn,
                       ascending: Bool) {
        Table.render(columns: columns(ctx, width: area.width), window: 0..<0, selected: nil, into: &canvas, area: area,
                     sortColumn: sortColumn.rawValue, sortAscending: ascending) { _, _ in TableCell("") }
    }

    static func render(_ screen: UnresolvedScreen, _ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let window = screen.cursor.window(rows: max(0, area.height - 1))
        let wide = UnresolvedColumn.isWide(area.width)
        // Read once per frame: taking the board from `ctx` per row or cell would copy it each time.
        let board = ctx.board
        // The rows on screen, filled in when the list has not been yet (only these are drawn).
        let shown = window.map { screen.base[screen.rows[$0]].detailed(board) }
        Table.render(columns: columns(ctx, width: area.width), window: window, selected: screen.cursor.selected,
                     into: &canvas, area: area, sortColumn: screen.sortColumn.rawValue,
                     sortAscending: screen.ascending) { row, column in
            guard window.contains(row) else { return TableCell("") }
            let r = shown[row - window.lowerBound]
            guard let column = UnresolvedColumn(rawValue: column) else { return TableCell("") }
            return cell(r, column, board: board, ctx: ctx, wide: wide, scope: screen.scope, matched: screen.finder.isMatch(row))
        }
    }

    static func cell(_ r: UnresolvedRow, _ column: UnresolvedColumn, board: Board, ctx: ScreenContext, wide: Bool,
                     scope: DivisionCode?, matched: Bool) -> TableCell {
        let t = ctx.text
        switch column {
        case .head:
            if board.households.indices.contains(r.household), ctx.unverified.households.contains(board.households[r.household].id) {
                return TableCell("⚠" + r.head, style: "warning")
            }
            return TableCell(r.head, style: matched ? "focus" : .normal)
        case .place:
            return TableCell(place(r, board: board, wide: wide, scope: scope))
        case .status:
            let text = wide ? t.name(r.mark) : t(UnresolvedColumn.shortStatus(r.mark.status))
            return TableCell(text, style: CheckGlyph.style(r.mark))
        case .cause:
            guard let cause = r.cause else { return TableCell("—", style: "muted") }
            // 因病 and 因残 are health: only for those the permission table lets see it (the visible rows only).
            if Privacy.carriesHealth(cause), board.households.indices.contains(r.household),
               !Privacy.seesHealth(in: board.households[r.household], for: ctx.user, board: board) {
                return TableCell(t("access.maskedShort"), style: "muted")
            }
            return TableCell(t.name(cause))
        case .unmet:
            if r.unmet != 0 {
                let names = UnresolvedRow.items(r.unmet).map { t.shortName($0) }.joined()
                return TableCell(CheckGlyph.glyph(.notMet, ctx.glyphs) + names, style: CheckGlyph.style(.notMet))
            }
            if r.unchecked != 0 {
                let names = UnresolvedRow.items(r.unchecked).map { t.shortName($0) }.joined()
                return TableCell(CheckGlyph.glyph(.notChecked, ctx.glyphs) + names, style: CheckGlyph.style(.notChecked))
            }
            return TableCell("")
        case .cadre:
            return r.cadre == nil ? TableCell("—", style: "warning") : TableCell(r.cadreName)
        case .open:
            return TableCell(r.openTasks == 0 ? "" : String(r.openTasks))
        case .overdue:
            return r.overdueTasks == 0 ? TableCell("") : TableCell("!" + String(r.overdueTasks), style: "status.overdue")
        case .lastVisit:
            return TableCell(r.lastVisit?.iso ?? "—", style: "muted")
        }
    }

    /// The units under the scope down to the village: township and village, and the county too when wide.
    static func place(_ r: UnresolvedRow, board: Board, wide: Bool, scope: DivisionCode?) -> String {
        let scopeLevel = scope.flatMap { board.unit($0)?.level }
        var parts: [String] = []
        if wide, let county = r.county, scopeLevel.map({ $0 < .county }) ?? true {
            parts.append(board.unit(county)?.name ?? "")
        }
        if let township = r.township, scopeLevel.map({ $0 < .township }) ?? true {
            parts.append(board.unit(township)?.name ?? "")
        }
        parts.append(board.unit(r.village)?.name ?? r.village.description)
        return parts.joined(separator: " ")
    }
}

/// The entries of a filter menu: "all", then each value with how many households it would show given the
/// other filters, leaving out values that would show none.
enum FilterMenuOptions {
    static func make(_ slot: FilterSlot, base: [UnresolvedRow], filters: UnresolvedFilters, scope: DivisionCode?,
                     ctx: ScreenContext) -> [FilterMenu.Option] {
        let others = filters.without(slot)
        var counts: [FilterChoice: Int] = [:]
        var total = 0
        let board = ctx.board
        for row in base where others.accepts(row) {
            total += 1
            for choice in choices(of: row, slot) {
                // A health cause is offered, and counted, only for households whose health this user may see.
                if case .cause(let c) = choice, Privacy.carriesHealth(c),
                   !(board.households.indices.contains(row.household)
                     && Privacy.seesHealth(in: board.households[row.household], for: ctx.user, board: board)) { continue }
                counts[choice, default: 0] += 1
            }
        }
        var options = [FilterMenu.Option(label: ctx.text("unresolved.menu.any"), count: total, choice: .any)]
        let keyed = counts.keys.map { ($0, order($0, board)) }
        let sorted = keyed.sorted { $0.1 < $1.1 }.map(\.0)
        let showTownship = slot == .village && filters.township == nil
            && (scope.flatMap { board.unit($0)?.level }.map { $0 < .township } ?? true)
        for choice in sorted {
            options.append(FilterMenu.Option(label: label(choice, ctx, withTownship: showTownship),
                                             count: counts[choice] ?? 0, choice: choice))
        }
        return options
    }

    /// The menu entry a filter currently stands at.
    static func current(_ slot: FilterSlot, _ f: UnresolvedFilters) -> FilterChoice {
        switch slot {
        case .county: f.county.map { .unit($0) } ?? .any
        case .township: f.township.map { .unit($0) } ?? .any
        case .village: f.village.map { .unit($0) } ?? .any
        case .cause: f.cause.map { .cause($0) } ?? .any
        case .item: f.item.map { .item($0) } ?? .any
        case .cadre: f.cadre.map { .cadre($0) } ?? .any
        }
    }

    static func choices(of row: UnresolvedRow, _ slot: FilterSlot) -> [FilterChoice] {
        switch slot {
        case .county: row.county.map { [.unit($0)] } ?? []
        case .township: row.township.map { [.unit($0)] } ?? []
        case .village: [.unit(row.village)]
        case .cause: row.cause.map { [.cause($0)] } ?? []
        case .item: UnresolvedRow.items(row.unmet).map { .item($0) }
        case .cadre: [.cadre(row.cadre.map { .cadre($0) } ?? .unassigned)]
        }
    }

    /// Units in code order, causes and items in their list order, cadres by name with "nobody" last.
    static func order(_ choice: FilterChoice, _ board: Board) -> UInt64 {
        switch choice {
        case .any: 0
        case .unit(let c): UInt64(c.value)
        case .cause(let c): UInt64(c.rawValue)
        case .item(let i): UInt64(i.rawValue)
        case .cadre(.unassigned): UInt64.max
        case .cadre(.cadre(let id)): UnresolvedSort.collationKey(board.user(id)?.name ?? id.raw)
        case .taskState(let s): UInt64(TaskState.allCases.firstIndex(of: s) ?? 0)
        }
    }

    static func label(_ choice: FilterChoice, _ ctx: ScreenContext, withTownship: Bool) -> String {
        let board = ctx.board
        switch choice {
        case .any: return ctx.text("unresolved.menu.any")
        case .unit(let c):
            let name = board.unit(c)?.name ?? c.description
            guard withTownship, let township = board.unit(c)?.parent.flatMap({ board.unit($0) }) else { return name }
            return township.name + " " + name
        case .cause(let c): return ctx.text.name(c)
        case .item(let i): return ctx.text.name(i)
        case .cadre(.unassigned): return ctx.text("unresolved.cadre.unassigned")
        case .cadre(.cadre(let id)): return board.user(id)?.name ?? id.raw
        case .taskState(let s): return ctx.text.name(s)
        }
    }
}
