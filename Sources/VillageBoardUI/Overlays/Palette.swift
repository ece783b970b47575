import TerminalKit

/// One command in the `:` palette.
public struct PaletteEntry {
    public var action: Action
    public var title: String
    public var keys: [Key]
    public var available: Bool
}

/// The palette's typed query and selection.
public struct PaletteState {
    public var field = TextField()
    public var selected = 0

    public init() {}

    enum Result { case keep, close, run(Action) }

    /// The palette's own keys; any other key edits the query. Number keys run the entry with that number.
    static let bindings: [KeyBinding] = [
        KeyBinding([.up, .ctrl("p")], .up, "action.up"),
        KeyBinding([.down, .ctrl("n"), .tab], .down, "action.down"),
        KeyBinding([.backTab], .up, "action.up"),
        KeyBinding([.pageUp], .pageUp, "action.pageUp"),
        KeyBinding([.pageDown], .pageDown, "action.pageDown"),
        KeyBinding([.enter], .open, "palette.run"),
        KeyBinding((1...9).map { .char(Character(String($0))) }, .choose1, "palette.choose"),
        KeyBinding([.escape], .back, "overlay.close"),
    ]

    /// The entries matching the query, best first (prefix, word starts, pinyin initials, then subsequence).
    func matches(_ entries: [PaletteEntry]) -> [PaletteEntry] {
        FuzzyMatcher.rank(query: field.text, items: entries) { [$0.title, $0.action.rawValue] + $0.keys.map(\.spelling) }
    }

    /// The first entry shown, so the selection stays in a window of `rows`.
    func firstShown(rows: Int) -> Int { max(0, selected - max(1, rows) + 1) }

    mutating func handle(_ key: Key, entries: [PaletteEntry], rows: Int = 10) -> Result {
        let shown = matches(entries)
        guard let binding = Self.bindings.first(where: { $0.keys.contains(key) }) else {
            switch field.handle(key) {
            case .edited: selected = 0
            case .cancel: return .close
            default: break
            }
            return .keep
        }
        let last = max(0, shown.count - 1)
        switch binding.action {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(last, selected + 1)
        case .pageUp: selected = max(0, selected - max(1, rows))
        case .pageDown: selected = min(last, selected + max(1, rows))
        case .back: return .close
        case .open:
            guard shown.indices.contains(selected) else { return .close }
            return .run(shown[selected].action)
        case .choose1:
            // The numbers label the entries on screen, counting from the first one shown.
            guard case .char(let c) = key, let n = c.wholeNumberValue else { return .keep }
            let index = firstShown(rows: rows) + n - 1
            guard shown.indices.contains(index) else { return .keep }
            return .run(shown[index].action)
        default: break
        }
        return .keep
    }
}
