import TerminalKit
import VillageBoardCore
import VillageBoardText

/// A pop-up list that sets one filter, as tall as the screen allows: typing narrows it (by name, or by pinyin
/// initials: `lm` finds 李明), number keys 1–9 pick one of the first nine shown, arrows and Enter pick the highlighted
/// one, Backspace takes back a typed letter, Esc clears what was typed and then closes it. Each entry shows how many
/// households choosing it would list.
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
    /// What has been typed to narrow the list.
    private(set) var query = ""
    /// The options matching `query`, as indices into `options`.
    private(set) var shown: [Int]
    private(set) var cursor: ListCursor
    /// Entries shown at once.
    let visibleRows: Int
    /// Each option's pinyin initials, made once (typing is then a prefix test per option).
    private let keys: [PinyinKey]

    init(slot: FilterSlot, title: String, options: [Option], current: FilterChoice, visibleRows: Int) {
        self.slot = slot
        self.title = title
        self.options = options
        self.visibleRows = max(1, visibleRows)
        keys = options.map { PinyinKey($0.label) }
        shown = Array(options.indices)
        cursor = ListCursor(count: options.count)
        cursor.select(options.firstIndex { $0.choice == current } ?? 0)
        _ = cursor.visibleRange(rows: self.visibleRows)
    }

    /// The keys while a menu is open (the unresolved list's and the task board's): Enter, 1–9, movement.
    static var bindings: [KeyBinding] {
        let choose: [(Character, Action, TextKey)] = [
            ("1", .choose1, "action.choose1"), ("2", .choose2, "action.choose2"), ("3", .choose3, "action.choose3"),
            ("4", .choose4, "action.choose4"), ("5", .choose5, "action.choose5"), ("6", .choose6, "action.choose6"),
            ("7", .choose7, "action.choose7"), ("8", .choose8, "action.choose8"), ("9", .choose9, "action.choose9"),
        ]
        return [KeyBinding([.enter], .open, "unresolved.action.choose", hint: true)]
            + choose.map { KeyBinding([.char($0.0)], $0.1, $0.2) }
            + StandardBindings.movement
    }

    /// The entry number `n` (1-based) stands for among those shown.
    func option(numbered n: Int) -> Option? {
        let window = cursor.window(rows: visibleRows)
        let i = window.lowerBound + n - 1
        return n >= 1 && n <= 9 && window.contains(i) ? options[shown[i]] : nil
    }

    /// Keeps the options whose label contains the query or starts with it by pinyin initials.
    private mutating func narrow() {
        let folded = query.lowercased()
        let initials = PinyinQuery(query)
        let kept = shown.indices.contains(cursor.selected) ? shown[cursor.selected] : nil
        shown = options.indices.filter { i in
            folded.isEmpty || options[i].label.lowercased().contains(folded) || keys[i].hasPrefix(initials)
        }
        cursor.setCount(shown.count)
        cursor.select(kept.flatMap { shown.firstIndex(of: $0) } ?? 0)
    }

    mutating func handle(_ key: Key) -> Result {
        switch key {
        case .char(let c) where c.isASCII && c.isNumber:
            guard let n = c.wholeNumberValue, let option = option(numbered: n) else { return .keep }
            return .choose(option.choice)
        case .enter:
            return shown.indices.contains(cursor.selected) ? .choose(options[shown[cursor.selected]].choice) : .close
        case .escape:
            guard !query.isEmpty else { return .close }
            query = ""
            narrow()
        case .backspace:
            guard !query.isEmpty else { return .keep }
            query.removeLast()
            narrow()
        case .char(let c) where !c.isWhitespace || !query.isEmpty:
            query.append(c)
            narrow()
        case .up: cursor.move(-1)
        case .down: cursor.move(1)
        case .pageUp: cursor.move(-visibleRows)
        case .pageDown: cursor.move(visibleRows)
        case .home: cursor.toTop()
        case .end: cursor.toBottom()
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

    /// Draws the menu as a box near the top left of `area`, as tall as the list (or the area) is.
    func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let window = cursor.window(rows: visibleRows)
        let countWidth = options.map { DisplayWidth.of(String($0.count)) }.max() ?? 1
        let labelWidth = min(24, options.map { DisplayWidth.of($0.label) }.max() ?? 4)
        let footer = ctx.text("unresolved.menu.keys")
        let typed = ctx.text("unresolved.menu.typed", query.isEmpty ? ctx.text("unresolved.menu.typeToNarrow") : query)
        let inner = max(labelWidth + countWidth + 5, DisplayWidth.of(title) + 4, DisplayWidth.of(footer) + 2,
                        DisplayWidth.of(typed) + 2)
        let width = min(area.width - 2, inner + 2)
        // Title and frame, the typed line, the rows (at least one, for "nothing matches"), the footer.
        let height = min(area.height - 1, max(1, window.count) + 4)
        guard width > 8, height > 4 else { return }
        let box = Rect(x: area.x + 2, y: area.y + 1, width: width, height: height)
        canvas.fill(box, style: "menu")
        canvas.drawBox(box, glyphs: ctx.glyphs)
        canvas.put(" " + title + " ", x: box.x + 2, y: box.y, style: "header", maxWidth: box.width - 4)
        let rows = box.insetBy(dx: 1, dy: 1)
        canvas.put(typed, x: rows.x + 1, y: rows.y, style: query.isEmpty ? "muted" : "menu", maxWidth: rows.width - 1)
        if shown.isEmpty {
            canvas.put(DisplayWidth.truncate(ctx.text("unresolved.menu.noMatch"), to: rows.width - 1), x: rows.x + 1, y: rows.y + 1, style: "muted", maxWidth: rows.width - 1)
        }
        for (line, i) in window.enumerated() where line < rows.height - 2 {
            let y = rows.y + 1 + line
            let option = options[shown[i]]
            let style: StyleName = i == cursor.selected ? "menu.selected" : "menu"
            canvas.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), style: style)
            // Number keys reach the first nine shown.
            if line < 9 { canvas.put(String(line + 1), x: rows.x + 1, y: y, style: i == cursor.selected ? style : "hint.key") }
            let count = String(option.count)
            canvas.put(option.label, x: rows.x + 3, y: y, style: style, maxWidth: rows.width - countWidth - 5)
            canvas.put(count, x: rows.maxX - DisplayWidth.of(count) - 1, y: y, style: style)
        }
        canvas.put(footer, x: rows.x + 1, y: rows.maxY - 1, style: "muted", maxWidth: rows.width - 1)
    }
}
