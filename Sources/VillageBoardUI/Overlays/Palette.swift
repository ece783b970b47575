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

    /// The entries matching the query, best first (prefix, word starts, pinyin initials, then subsequence).
    func matches(_ entries: [PaletteEntry]) -> [PaletteEntry] {
        FuzzyMatcher.rank(query: field.text, items: entries) { [$0.title, $0.action.rawValue] + $0.keys.map(\.spelling) }
    }

    mutating func handle(_ key: Key, entries: [PaletteEntry]) -> Result {
        let shown = matches(entries)
        switch key {
        case .up, .ctrl("p"):
            selected = max(0, selected - 1)
            return .keep
        case .down, .ctrl("n"), .tab:
            selected = min(max(0, shown.count - 1), selected + 1)
            return .keep
        case .escape:
            return .close
        case .enter:
            guard shown.indices.contains(selected) else { return .close }
            return .run(shown[selected].action)
        default:
            switch field.handle(key) {
            case .edited: selected = 0
            case .cancel: return .close
            default: break
            }
            return .keep
        }
    }
}
