/// One character of a name or query encoded for initials matching: a letter/digit mask in the low bits, the
/// folded scalar above. Two units match when their masks share a bit or their scalars are equal.
enum PinyinUnit {
    /// Bits 0–25: letters a–z (a character's possible initials); bits 26–35: digits 0–9.
    static let maskBits: UInt64 = (1 << 36) - 1
    static let scalarShift: UInt64 = 36

    /// The unit of `character`, or nil when it is a separator that matching skips. With `ideographInitials`
    /// (names) an ideograph carries its initials; without (queries) it matches only itself.
    static func encode(_ character: Character, ideographInitials: Bool) -> UInt64? {
        // Fast path for the common case, a lone ideograph: no Character properties, no folding.
        let scalars = character.unicodeScalars
        if let scalar = scalars.first, scalars.count == 1, SearchText.isIdeograph(scalar) {
            let mask = ideographInitials ? UInt64(PinyinInitials.mask(of: scalar)) : 0
            return mask | (UInt64(scalar.value) << scalarShift)
        }
        if SearchText.isSeparator(character) { return nil }
        let folded = SearchText.fold(character)
        guard let scalar = folded.unicodeScalars.first else { return nil }
        let value = scalar.value
        let mask = asciiMask(value) ?? (ideographInitials ? UInt64(PinyinInitials.mask(of: scalar)) : 0)
        return mask | (UInt64(value) << scalarShift)
    }

    /// The mask of a folded scalar value that is a lower-case ASCII letter or a digit, else nil.
    static func asciiMask(_ value: UInt32) -> UInt64? {
        switch value {
        case 0x61...0x7A: return 1 << UInt64(value - 0x61)
        case 0x30...0x39: return 1 << UInt64(26 + value - 0x30)
        default: return nil
        }
    }

    /// The units of `text` and, for each, the offset of its character in `text`.
    static func encode(_ text: String, ideographInitials: Bool) -> (units: [UInt64], offsets: [Int32]) {
        var units: [UInt64] = []
        var offsets: [Int32] = []
        units.reserveCapacity(text.utf8.count / 2)
        for (offset, character) in text.enumerated() {
            if let unit = encode(character, ideographInitials: ideographInitials) {
                units.append(unit)
                offsets.append(Int32(truncatingIfNeeded: offset))
            }
        }
        return (units, offsets)
    }

    @inline(__always)
    static func matches(query: UInt64, key: UInt64) -> Bool {
        (query & key & maskBits) != 0 || (query >> scalarShift) == (key >> scalarShift)
    }
}

/// A search string prepared once per key press for matching against many `PinyinKey`s.
public struct PinyinQuery: Sendable, Hashable {
    let units: [UInt64]

    /// Prepares `query`: letters and digits match initials, spaces and punctuation are dropped, any other
    /// character (such as a Chinese one) matches only itself.
    public init(_ query: String) {
        units = PinyinUnit.encode(query, ideographInitials: false).units
    }

    /// Whether nothing is left to match (an empty query matches every name).
    public var isEmpty: Bool { units.isEmpty }
}

/// A name precomputed once for initials matching: per character a bit mask of its initials, so matching allocates nothing.
public struct PinyinKey: Sendable, Hashable {
    let units: [UInt64]
    /// Character offset in the name of each unit; nil when unit `i` is character `i` (no separators).
    let offsets: [Int32]?

    /// Precomputes `name`; separators (spaces, punctuation such as ·) are skipped.
    public init(_ name: String) {
        let encoded = PinyinUnit.encode(name, ideographInitials: true)
        units = encoded.units
        let identity = encoded.offsets.last.map { Int($0) == encoded.offsets.count - 1 } ?? true
        offsets = identity ? nil : encoded.offsets
    }

    /// Whether `query` matches the start of the name (`z`, `zs` → 张三).
    public func hasPrefix(_ query: PinyinQuery) -> Bool {
        matches(query.units, at: 0)
    }

    /// The character offset where `query` first matches a run of the name's characters (`s` → 1 in 张三), or nil.
    public func firstMatch(of query: PinyinQuery) -> Int? {
        guard query.units.count <= units.count else { return nil }
        for start in 0...(units.count - query.units.count) where matches(query.units, at: start) {
            return characterOffset(ofUnit: start)
        }
        return nil
    }

    /// The character offsets (in the name) of the `length` characters matched from character offset `start`,
    /// for highlighting; separators in between are not included.
    public func matchedOffsets(from start: Int, length: Int) -> [Int] {
        guard start >= 0, length > 0 else { return [] }
        guard let offsets else { return start < units.count ? Array(start..<min(units.count, start + length)) : [] }
        guard let first = offsets.firstIndex(where: { Int($0) == start }) else { return [] }
        return offsets[first..<min(offsets.count, first + length)].map { Int($0) }
    }

    func characterOffset(ofUnit index: Int) -> Int {
        offsets.map { Int($0[index]) } ?? index
    }

    @inline(__always)
    func matches(_ query: [UInt64], at start: Int) -> Bool {
        guard start + query.count <= units.count else { return false }
        return units.withUnsafeBufferPointer { key in
            query.withUnsafeBufferPointer { query in
                for index in 0..<query.count where !PinyinUnit.matches(query: query[index], key: key[start + index]) {
                    return false
                }
                return true
            }
        }
    }
}
