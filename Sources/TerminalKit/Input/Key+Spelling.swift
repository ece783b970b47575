extension Key: CustomStringConvertible {
    private static let names: [(Key, String)] = [
        (.up, "Up"), (.down, "Down"), (.left, "Left"), (.right, "Right"),
        (.home, "Home"), (.end, "End"), (.pageUp, "PgUp"), (.pageDown, "PgDn"),
        (.enter, "Enter"), (.escape, "Esc"), (.tab, "Tab"), (.backTab, "S-Tab"),
        (.backspace, "Backspace"), (.delete, "Delete"), (.insert, "Insert"), (.resize, "Resize"),
    ]

    /// Other spellings accepted when reading key tables, lowercased.
    private static let aliases: [String: Key] = [
        "return": .enter, "ret": .enter, "escape": .escape, "pageup": .pageUp, "pagedown": .pageDown,
        "pgup": .pageUp, "pgdn": .pageDown, "del": .delete, "bs": .backspace, "backtab": .backTab,
        "shift-tab": .backTab, "s-tab": .backTab, "ins": .insert, "space": .char(" "), "spc": .char(" "),
    ]

    /// The stable spelling: "a", "中", "Space", "C-s", "M-x", "F5", "PgDn", "S-Tab", "SIGINT".
    public var spelling: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let character): return String(character)
        case .function(let number): return "F\(number)"
        case .ctrl(let character): return "C-\(character)"
        case .alt(" "): return "M-Space"
        case .alt(let character): return "M-\(character)"
        case .mouse(let event): return "Mouse-\(event.button.rawValue)"
        case .signal(let signal): return signal.rawValue
        default:
            return Self.names.first { $0.0 == self }?.1 ?? "?"
        }
    }

    public var description: String { spelling }

    /// Reads a spelling back (case-insensitive for names; "Ctrl-s", "^S", "Alt-x" also work).
    public init?(spelling: String) {
        if spelling.count == 1, let character = spelling.first {
            self = .char(character)
            return
        }
        let lower = spelling.lowercased()
        if let named = Self.names.first(where: { $0.1.lowercased() == lower }) {
            self = named.0
            return
        }
        if let alias = Self.aliases[lower] {
            self = alias
            return
        }
        if let signal = TerminalSignal(rawValue: spelling.uppercased()) {
            self = .signal(signal)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), number >= 1, number <= 63 {
            self = .function(number)
            return
        }
        for prefix in ["c-", "ctrl-", "ctrl+", "^"] where lower.hasPrefix(prefix) {
            let rest = spelling.dropFirst(prefix.count)
            guard rest.count == 1, let character = rest.first,
                  let key = Key.control(character) else { return nil }
            self = key
            return
        }
        for prefix in ["m-", "alt-", "alt+", "meta-"] where lower.hasPrefix(prefix) {
            let rest = String(spelling.dropFirst(prefix.count))
            if rest.count == 1, let character = rest.first {
                self = .alt(character)
                return
            }
            if rest.lowercased() == "space" {
                self = .alt(" ")
                return
            }
            return nil
        }
        return nil
    }

    /// The key Ctrl plus `character` produces, as the decoder reports it.
    static func control(_ character: Character) -> Key? {
        let lower = Character(character.lowercased())
        switch lower {
        case "i": return .tab
        case "m", "j": return .enter
        case "h": return .backspace
        case "[": return .escape
        case "a"..."z", "@", "\\", "]", "^", "_", " ": return .ctrl(lower == " " ? "@" : lower)
        default: return nil
        }
    }
}
