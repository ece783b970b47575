import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The monitoring radar (监测雷达, key 7): for the user's scope, each kind of warning with its count, most urgent
/// first (Enter lists the households or tasks behind one), and the per-cadre table, sortable with `s`/`S`.
/// Tab moves the cursor between the two; `R` opens the 回头看 re-check samples. Read off the app's `RadarKeeper` index; read again after a save.
public struct RadarScreen: Screen {
    /// The unit looked at (nil: the whole board).
    public let scope: DivisionCode?
    public private(set) var radar: Radar
    /// The cadre rows in the order shown.
    public private(set) var cadres: [CadreLoad] = []
    public private(set) var sortColumn: CadreLoad.Column = .warnings
    public private(set) var ascending = false
    /// Which table the cursor is in: the warnings (false) or the cadres (true).
    public private(set) var onCadres = false
    var warningCursor = ListCursor(count: RadarWarning.allCases.count)
    var cadreCursor = ListCursor()
    var size = Size(width: 80, height: 21)
    /// How many operations the board had logged, and its day, when `radar` was built.
    var built: (logged: Int, today: Day)

    public init(ctx: ScreenContext) {
        scope = ctx.scope
        let board = ctx.board
        radar = ctx.radarKeeper.radar(board, scope: scope)
        built = (board.log.count, board.today)
        sortCadres(board)
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("radar.title") }

    /// The warning under the cursor of the warnings table.
    public var selectedWarning: RadarWarning { RadarWarning.allCases[min(warningCursor.selected, RadarWarning.allCases.count - 1)] }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        let openReason: TextKey? = onCadres ? "radar.onCadres" : radar.count(selectedWarning) > 0 ? nil : "radar.noneBehind"
        return [KeyBinding([.enter], .open, "radar.action.open", hint: true, disabled: openReason),
                KeyBinding([.tab], .nextPane, "radar.action.pane", hint: true),
                KeyBinding([.char("s")], .sortNext, "action.sortNext", hint: true),
                KeyBinding([.char("S")], .sortReverse, "action.sortReverse"),
                KeyBinding([.char("R")], .openRecheck, "rcs.action.openFromRadar", hint: true)]
            + StandardBindings.movement
    }

    /// Rows of the cadre table that fit below the warnings.
    var cadreRows: Int { max(1, size.height - RadarWarning.allCases.count - 5) }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if onCadres ? cadreCursor.handle(action, page: cadreRows) : warningCursor.handle(action, page: RadarWarning.allCases.count) {
            _ = cadreCursor.visibleRange(rows: cadreRows)
            return .none
        }
        switch action {
        case .nextPane:
            onCadres.toggle()
        case .sortNext:
            let all = CadreLoad.Column.allCases
            sortColumn = all[(sortColumn.rawValue + 1) % all.count]
            // Names read best A→Z, figures biggest first.
            ascending = sortColumn == .cadre
            sortCadres(ctx.board)
        case .sortReverse:
            ascending.toggle()
            sortCadres(ctx.board)
        case .openRecheck:
            return .push(RecheckScreen(ctx: ctx))
        case .open where !onCadres:
            let warning = selectedWarning
            guard radar.count(warning) > 0 else {
                return .message(StatusMessage(ctx.text("radar.noneBehind"), isError: true))
            }
            // Listed now, off the kept index: the radar itself holds counts only.
            let positions = ctx.radarKeeper.positions(warning, ctx.board, scope: scope)
            return .push(RadarListScreen(warning: warning, positions: positions, today: radar.today))
        default:
            break
        }
        return .none
    }

    public mutating func boardChanged(_ ctx: ScreenContext) {
        let board = ctx.board
        guard board.log.count != built.logged || board.today != built.today else { return }
        radar = ctx.radarKeeper.radar(board, scope: scope)
        built = (board.log.count, board.today)
        sortCadres(board)
    }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) {
        self.size = size
        _ = cadreCursor.visibleRange(rows: cadreRows)
    }

    /// Orders the cadre rows by the sort column, ties by name so the order never depends on the dictionary. Each name
    /// is looked up once, not per comparison: a province has thousands of cadres, and a lookup copies the user.
    mutating func sortCadres(_ board: Board) {
        let column = sortColumn, up = ascending
        let rows = radar.cadres
        let names = rows.map { HouseholdFormat.user($0.cadre, board) }
        cadres = rows.indices.sorted { i, j in
            let (a, b) = (rows[i], rows[j])
            let (x, y) = column == .cadre ? (0, 0) : (a.figure(column), b.figure(column))
            if x != y { return up ? x < y : x > y }
            // By UTF-8 bytes, the order of Unicode scalars: `<` on Strings would normalise Chinese names per comparison.
            let (n, m) = (names[i].utf8, names[j].utf8)
            if !n.elementsEqual(m) { return (column == .cadre && !up) ? m.lexicographicallyPrecedes(n) : n.lexicographicallyPrecedes(m) }
            return a.cadre < b.cadre
        }.map { rows[$0] }
        cadreCursor.setCount(cadres.count)
        _ = cadreCursor.visibleRange(rows: cadreRows)
    }

    // MARK: Drawing

    /// The text if it fits, else nothing: the meanings hold figures (days, yuan), which must never be cut short.
    static func whole(_ text: String, width: Int) -> String { DisplayWidth.of(text) <= width ? text : "" }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 0 else { return }
        let t = ctx.text
        let board = ctx.board
        let place = scope.flatMap { board.unit($0)?.name } ?? ""
        canvas.put(t("radar.summary", place, radar.today.iso, radar.total), x: area.x + 1, y: area.y, style: "muted",
                   maxWidth: area.width - 1)
        let kinds = RadarWarning.allCases
        let counts = kinds.map { String(radar.count($0)) }
        let nameWidth = max(DisplayWidth.of(t("radar.col.warning")), kinds.map { DisplayWidth.of(t(.name($0))) }.max() ?? 0)
        let countWidth = max(DisplayWidth.of(t("radar.col.count")), counts.map(\.count).max() ?? 1)
        let aboutWidth = max(0, area.width - nameWidth - countWidth - 3)
        let warningArea = Rect(x: area.x + 1, y: area.y + 1, width: max(0, area.width - 1), height: min(kinds.count + 1, max(0, area.height - 1)))
        let warningColumns = [TableColumn(t("radar.col.warning"), width: nameWidth),
                              TableColumn(t("radar.col.count"), width: countWidth, alignment: .right),
                              TableColumn(t("radar.col.about"), width: aboutWidth)]
        Table.render(columns: warningColumns, window: 0..<kinds.count, selected: onCadres ? nil : warningCursor.selected,
                     into: &canvas, area: warningArea) { row, column in
            let w = kinds[row]
            let zero = radar.count(w) == 0
            switch column {
            case 0: return TableCell(t(.name(w)), style: zero ? "muted" : "normal")
            case 1: return TableCell(counts[row], style: zero ? "muted" : "status.unresolved")
            default: return TableCell(Self.whole(RadarWords.about(w, board: board, t), width: aboutWidth), style: "muted")
            }
        }
        let top = warningArea.maxY + 1
        guard top < area.maxY else { return }
        canvas.put(t("radar.cadres", cadres.count), x: area.x + 1, y: top, style: "title", maxWidth: area.width - 1)
        let cadreArea = Rect(x: area.x + 1, y: top + 1, width: max(0, area.width - 1), height: max(0, area.maxY - top - 1))
        guard !cadres.isEmpty else {
            canvas.put(t("radar.cadres.none"), x: area.x + 1, y: top + 1, style: "muted", maxWidth: area.width - 1)
            return
        }
        let figures: [CadreLoad.Column] = [.households, .recentVisits, .overdueTasks, .warnings]
        // Every figure keeps all its digits: a column is as wide as its widest number or its header (the widest numbers
        // are the largest and the smallest: thousands of cadres are not each made into text).
        let widths = figures.map { c in
            let values = cadres.map { $0.figure(c) }
            let digits = [values.max(), values.min()].compactMap { $0.map { String($0).count } }.max() ?? 1
            return max(DisplayWidth.of(t(.header(c))) + 1, digits)
        }
        let nameWidth2 = max(8, min(20, area.width - 1 - widths.reduce(0, +) - figures.count - 1))
        let columns = [TableColumn(t(.header(.cadre)), width: nameWidth2)]
            + zip(figures, widths).map { TableColumn(t(.header($0)), width: $1, alignment: .right) }
        let window = cadreCursor.window(rows: max(0, cadreArea.height - 1))
        Table.render(columns: columns, window: window, selected: onCadres ? cadreCursor.selected : nil, into: &canvas,
                     area: cadreArea, sortColumn: sortColumn.rawValue, sortAscending: ascending) { row, column in
            let c = cadres[row]
            if column == 0 { return TableCell(HouseholdFormat.user(c.cadre, board)) }
            let figure = figures[column - 1]
            let value = c.figure(figure)
            let alarm = (figure == .warnings || figure == .overdueTasks) && value > 0
            return TableCell(String(value), style: alarm ? "status.unresolved" : "normal")
        }
    }
}
