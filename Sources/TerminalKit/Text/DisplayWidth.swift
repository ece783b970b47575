/// How many terminal columns text takes: the one width function of the program.
///
/// Per scalar it is glibc's `wcwidth` in C.UTF-8 (the Unicode East Asian Width and emoji data,
/// what ncursesw and tmux use here): CJK, Hangul and full-width forms 2, combining marks 0,
/// emoji 2. A control character counts 1 because it is drawn as a one-column placeholder (see
/// `Sanitizer`). Emoji sequences (ZWJ families, skin tones, keycaps, variation selectors) are
/// measured and drawn as their first scalar only, because terminals disagree about their width
/// (a ZWJ family is 6 columns to glibc and 2 to tmux) and a column must never shift.
public enum DisplayWidth {
    /// Columns taken by `text` when drawn.
    public static func of(_ text: String) -> Int {
        var asciiOnly = true
        var count = 0
        for byte in text.utf8 {
            if byte >= 0x80 { asciiOnly = false; break }
            count += 1
        }
        // Every ASCII byte, printable or a placeholder-drawn control, is one column.
        if asciiOnly { return count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Columns taken by one grapheme cluster when drawn.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        guard iterator.next() != nil else { return of(first) }
        if isEmojiSequence(character) { return of(first) }
        var total = 0
        for scalar in scalars { total += of(scalar) }
        return total
    }

    /// Columns taken by one code point when drawn (controls count as their placeholder).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 {
            // Below U+0300 every printable character is one column, and controls are drawn as
            // one-column placeholders: no table lookup for Latin text.
            return 1
        }
        if contains(WidthTable.zero, value) { return 0 }
        if contains(WidthTable.wide, value) { return 2 }
        return 1
    }

    /// What the canvas draws for a grapheme: placeholders for controls, emoji sequences reduced
    /// to their first scalar. Its width is `of(character)`.
    public static func drawnForm(of character: Character) -> String {
        if isEmojiSequence(character), let first = character.unicodeScalars.first {
            return String(Character(Sanitizer.placeholder(for: first) ?? first))
        }
        return Sanitizer.sanitize(String(character))
    }

    /// True for clusters whose width terminals disagree about: they contain a zero-width
    /// joiner, a variation selector, an emoji skin-tone modifier, a tag or a keycap mark.
    static func isEmojiSequence(_ character: Character) -> Bool {
        for scalar in character.unicodeScalars.dropFirst() {
            switch scalar.value {
            case 0x200D, 0xFE0E, 0xFE0F, 0x20E3, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F:
                return true
            default:
                continue
            }
        }
        return false
    }

    /// Binary search over flattened (first, last) pairs.
    private static func contains(_ ranges: [UInt32], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count / 2 - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[2 * middle] {
                high = middle - 1
            } else if value > ranges[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
