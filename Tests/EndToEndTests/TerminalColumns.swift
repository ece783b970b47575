/// Display columns of what tmux shows, computed independently of TerminalKit (an oracle):
/// CJK, Hangul and full-width forms are 2 columns, combining marks 0, everything else 1.
enum TerminalColumns {
    static func width(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x0300...0x036F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }

    static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + width($1) }
    }

    /// The columns at which `characters` appear in `line`.
    static func columns(of characters: Set<Character>, in line: String) -> [Int] {
        var result: [Int] = []
        var column = 0
        for character in line {
            if characters.contains(character) { result.append(column) }
            column += width(character)
        }
        return result
    }
}
