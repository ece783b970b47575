/// Character classification shared by pinyin matching and fuzzy matching.
enum SearchText {
    /// Whether `scalar` is a CJK ideograph (unified, extensions, compatibility) or 〇.
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// Whether `character` starts with a CJK ideograph.
    static func isIdeograph(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return isIdeograph(scalar)
    }

    /// Whether `character` separates words and is skipped when matching by initials: spaces, punctuation
    /// (including the middle dot in names such as 阿不都·热合曼), symbols.
    static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || character.isPunctuation || character.isSymbol
    }

    /// `character` folded for case-insensitive comparison: lowercased, full-width ASCII made ASCII.
    static func fold(_ character: Character) -> Character {
        if let ascii = character.asciiValue {
            return ascii >= UInt8(ascii: "A") && ascii <= UInt8(ascii: "Z")
                ? Character(Unicode.Scalar(ascii + 32)) : character
        }
        let scalars = character.unicodeScalars
        if let scalar = scalars.first, scalars.count == 1 {
            if isIdeograph(scalar) { return character }
            // Full-width forms ！…～ (U+FF01…U+FF5E) → ASCII.
            if scalar.value >= 0xFF01, scalar.value <= 0xFF5E, let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                return fold(Character(ascii))
            }
        }
        return character.lowercased().first ?? character
    }
}
