import TerminalKit
import VillageBoardCore

/// A small pop-up list that sets one filter: number keys 1–9 pick a shown entry, arrows and Enter pick the
/// highlighted one, Esc closes it. Each entry shows how many households choosing it would list.
struct FilterMenu {
    struct Option {
        var label: String
        var count: Int
        var choice: FilterChoice
    }

    /// What a key did to the menu.
    enum Result: Equatable {
        case keep, close
        case choose(FilterChoice)
    }

    let slot: FilterSlot
    let title: String
    let options: [Option]
    private(set) var cursor: ListCursor
    /// Entries shown at once (the number keys reach these).
    let visibleRows: Int

    init(slot: FilterSlot, title: String, options: [Option], current: FilterChoice, visibleRows: Int) {
        self.slot = slot
        self.title = title
        self.options = options
        self.visibleRows = max(1, min(9, visibleRows))
        cursor = ListCursor(count: options.count)
        cursor.select(options.firstIndex { $0.choice == current } ?? 0)
        _ = cursor.visibleRange(rows: self.visibleRows)
    }

    /// The entry number `n` (1-based) stands for among those shown.
    func option(numbered n: Int) -> Option? {
        let window = cursor.window(rows: visibleRows)
        let i = window.lowerBound + n - 1
        return n >= 1 && window.contains(i) ? options[i] : nil
    }

    mutating func handle(_ key: Key) -> Result {
        switch key {
        case .char(let c) where c.isASCII && c.isNumber:
            guard let n = c.wholeNumberValue, let option = option(numbered: n) else { return .keep }
            return .choose(option.choice)
        case .enter:
            return options.indices.contains(cursor.selected) ? .choose(options[cursor.selected].choice) : .close
        case .escape, .char("q"):
            return .close
        case .up, .char("k"): cursor.move(-1)
        case .down, .char("j"): cursor.move(1)
        case .pageUp: cursor.move(-visibleRows)
        case .pageDown: cursor.move(visibleRows)
        case .home, .char("g"): cursor.toTop()
        case .end, .char("G"): cursor.toBottom()
        default: return .keep
        }
        _ = cursor.visibleRange(rows: visibleRows)
        return .keep
    }

    /// The result of a menu action from the palette or help (choose1…choose9, Enter, movement).
    mutating func handle(_ action: Action) -> Result {
        let keys: [Action: Key] = [.open: .enter, .back: .escape, .up: .up, .down: .down, .pageUp: .pageUp,
                                   .pageDown: .pageDown, .top: .home, .bottom: .end]
        if let key = keys[action] { return handle(key) }
        let choose: [Action] = [.choose1, .choose2, .choose3, .choose4, .choose5, .choose6, .choose7, .choose8, .choose9]
        if let n = choose.firstIndex(of: action) { return handle(.char(Character(String(n + 1)))) }
        return .keep
    }

    /// Draws the menu as a box near the top left of `area`.
    func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let window = cursor.window(rows: visibleRows)
        let countWidth = options.map { DisplayWidth.of(String($0.count)) }.max() ?? 1
        let labelWidth = min(24, options.map { DisplayWidth.of($0.label) }.max() ?? 4)
        let footer = ctx.text("unresolved.menu.keys")
        let inner = max(labelWidth + countWidth + 5, DisplayWidth.of(title) + 4, DisplayWidth.of(footer) + 2)
        let width = min(area.width - 2, inner + 2)
        let height = min(area.height - 1, window.count + 3)
        guard width > 8, height > 3 else { return }
        let box = Rect(x: area.x + 2, y: area.y + 1, width: width, height: height)
        canvas.fill(box, style: "menu")
        canvas.drawBox(box, glyphs: ctx.glyphs)
        canvas.put(" " + title + " ", x: box.x + 2, y: box.y, style: "header", maxWidth: box.width - 4)
        let rows = box.insetBy(dx: 1, dy: 1)
        for (line, i) in window.enumerated() where line < rows.height - 1 {
            let y = rows.y + line
            let style: StyleName = i == cursor.selected ? "menu.selected" : "menu"
            canvas.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), style: style)
            canvas.put(String(line + 1), x: rows.x + 1, y: y, style: i == cursor.selected ? style : "hint.key")
            let count = String(options[i].count)
            canvas.put(options[i].label, x: rows.x + 3, y: y, style: style, maxWidth: rows.width - countWidth - 5)
            canvas.put(count, x: rows.maxX - DisplayWidth.of(count) - 1, y: y, style: style)
        }
        canvas.put(footer, x: rows.x + 1, y: rows.maxY - 1, style: "muted", maxWidth: rows.width - 1)
    }
}
