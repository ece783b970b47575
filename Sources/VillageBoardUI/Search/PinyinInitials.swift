/// Pinyin initial letters of Chinese characters over all their readings, for searching by initials (`zs` → 张三).
//
// The data is generated from pypinyin by `scripts/pinyin/generate.py` into `PinyinInitialsTable`.
// A letter set is a bit mask: bit `i` stands for the letter `a + i`. zh/ch/sh count as z/c/s.
public enum PinyinInitials {
    /// One mask per code point from `PinyinInitialsTable.first` to `.last`, built once on first use.
    static let masks: [UInt32] = buildMasks()

    /// The mask of the initials of `scalar`'s readings; 0 for anything the table does not cover.
    public static func mask(of scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        guard value >= PinyinInitialsTable.first, value <= PinyinInitialsTable.last else { return 0 }
        return masks[Int(value - PinyinInitialsTable.first)]
    }

    /// The mask of the initials of `character`'s readings (its first scalar); 0 when it is not a covered ideograph.
    public static func mask(of character: Character) -> UInt32 {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        return mask(of: scalar)
    }

    /// The possible initial letters of `character`: its most common reading's first, then the others in
    /// alphabetical order; empty for anything that is not a CJK ideograph with a known reading.
    public static func initials(of character: Character) -> [Character] {
        guard let scalar = character.unicodeScalars.first else { return [] }
        let all = mask(of: scalar)
        guard all != 0 else { return [] }
        var result: [Character] = []
        var rest = all
        if let primary = primaryLetter(of: scalar) {
            result.append(Character(Unicode.Scalar(primary)))
            rest &= ~(UInt32(1) << UInt32(primary - asciiA))
        }
        for bit in 0..<26 where rest & (UInt32(1) << UInt32(bit)) != 0 {
            result.append(Character(Unicode.Scalar(asciiA + UInt8(bit))))
        }
        return result
    }

    /// Whether `query` matches the start of `name` by initials: each query letter matches the initial of
    /// the corresponding character under any of its readings (`zs`, `z` → 张三; `sz` → 单志).
    /// ASCII letters and digits match themselves, case-insensitively; spaces and punctuation in the name
    /// and spaces in the query are skipped; any other query character must equal the name's character.
    /// For many names, build a `PinyinKey` per name once and a `PinyinQuery` per key press instead.
    public static func matches(name: String, initials query: String) -> Bool {
        PinyinKey(name).hasPrefix(PinyinQuery(query))
    }

    // MARK: - Table decoding

    static let asciiA = UInt8(ascii: "a")
    static let asciiZ = UInt8(ascii: "z")

    /// The first reading's initial letter as an ASCII byte, from the table's `primary` string.
    static func primaryLetter(of scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        guard value >= PinyinInitialsTable.first, value <= PinyinInitialsTable.last else { return nil }
        let index = Int(value - PinyinInitialsTable.first)
        return PinyinInitialsTable.primary.withUTF8Buffer { bytes -> UInt8? in
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            return byte >= asciiA && byte <= asciiZ ? byte : nil
        }
    }

    static func buildMasks() -> [UInt32] {
        let count = Int(PinyinInitialsTable.last - PinyinInitialsTable.first) + 1
        var masks = [UInt32](repeating: 0, count: count)
        PinyinInitialsTable.primary.withUTF8Buffer { bytes in
            for index in 0..<min(count, bytes.count) {
                let byte = bytes[index]
                if byte >= asciiA && byte <= asciiZ {
                    masks[index] = UInt32(1) << UInt32(byte - asciiA)
                }
            }
        }
        // Polyphones: "HEX:letters" entries separated by spaces; each replaces the single-letter mask.
        PinyinInitialsTable.polyphones.withUTF8Buffer { bytes in
            var codePoint: UInt32 = 0
            var letters: UInt32 = 0
            var inLetters = false
            func flush() {
                if inLetters, letters != 0, codePoint >= PinyinInitialsTable.first, codePoint <= PinyinInitialsTable.last {
                    masks[Int(codePoint - PinyinInitialsTable.first)] = letters
                }
                codePoint = 0
                letters = 0
                inLetters = false
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: " "):
                    flush()
                case UInt8(ascii: ":"):
                    inLetters = true
                case asciiA...asciiZ where inLetters:
                    letters |= UInt32(1) << UInt32(byte - asciiA)
                default:
                    if !inLetters, let digit = hexValue(byte) {
                        codePoint = codePoint &* 16 &+ digit
                    }
                }
            }
            flush()
        }
        return masks
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A")) + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a")) + 10
        default: return nil
        }
    }
}
