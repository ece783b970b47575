#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Strings: a fast scan to the closing quote (eight bytes at a time), one `String` initialiser for the
// common case of no escapes, and a slower decoder only for strings that contain escapes.

extension JSONScanner {
    /// Reads a string, decoding every JSON escape (`\uXXXX` and surrogate pairs included); invalid UTF-8 is an error.
    public mutating func readString() throws(JSONError) -> String {
        try readString(shared: false)
    }

    /// Reads a text that repeats across records (an evidence note, a measure's detail, a visit's finding): equal
    /// texts come back as one shared String when the scanner has an interner. Ids and ID numbers are unique, so
    /// they are read with `readString()`: offering them to the interner would only fill its table.
    public mutating func readSharedString() throws(JSONError) -> String {
        try readString(shared: true)
    }

    @inline(__always)
    private mutating func readString(shared: Bool) throws(JSONError) -> String {
        guard peekByte() == UInt8(ascii: "\"") else { throw unexpected("a string") }
        valueStart = pos
        let start = pos + 1
        pos = start
        let body = try scanStringBody()
        let end = pos - 1
        if body.hasEscapes { return try decodeString(from: start, to: end) }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        // Up to 15 bytes a String is stored inline: sharing it would save nothing.
        if shared, slice.count > 15, let interner {
            return try interner.intern(slice) { () throws(JSONError) -> String in
                try makeString(slice, isASCII: body.isASCII, errorRange: start..<end)
            }
        }
        return try makeString(slice, isASCII: body.isASCII, errorRange: start..<end)
    }

    /// Makes a String from bytes, refusing invalid UTF-8.
    ///
    /// String(validating:) goes through generic metadata on every call and is several times slower here. So:
    /// String(decoding:) (one validating pass in the standard library), and for non-ASCII text a memcmp to prove
    /// it did not have to repair anything.
    @inline(__always)
    func makeString(_ utf8: UnsafeBufferPointer<UInt8>, isASCII: Bool, errorRange: Range<Int>) throws(JSONError) -> String {
        var string = String(decoding: utf8, as: UTF8.self)
        if isASCII { return string }
        let unchanged = string.withUTF8 { decoded in
            decoded.count == utf8.count && (utf8.isEmpty || memcmp(decoded.baseAddress!, utf8.baseAddress!, utf8.count) == 0)
        }
        guard unchanged else { throw invalidUTF8(from: errorRange.lowerBound, to: errorRange.upperBound) }
        return string
    }

    /// What `scanStringBody` learnt about the string on its way through.
    struct StringBody {
        var hasEscapes: Bool
        var isASCII: Bool
    }

    /// Moves `pos` from just after an opening quote to just after the closing one, checking control characters
    /// and escapes on the way. Inlined: most strings end at the first special byte the word scan finds.
    @inline(__always)
    mutating func scanStringBody() throws(JSONError) -> StringBody {
        var (index, allBits) = skipPlainWords(from: pos)
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            pos = index + 1
            return StringBody(hasEscapes: false, isASCII: allBits & 0x8080_8080_8080_8080 == 0)
        }
        return try scanStringRest(from: index, allBits: &allBits)
    }

    /// Skips eight bytes at a time up to the first quote, backslash or control character (or the last few bytes);
    /// returns where it stopped and the OR of the bytes looked at (no high bit: ASCII). Whole words may take in
    /// a few bytes after the string; at worst that costs a needless UTF-8 check.
    @inline(__always)
    private func skipPlainWords(from start: Int) -> (index: Int, allBits: UInt64) {
        var index = start
        var allBits: UInt64 = 0
        guard let base = bytes.baseAddress else { return (index, allBits) }
        let count = bytes.count
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            allBits |= word
            let special = Self.specialBytes(word)
            if special != 0 {
                // The lowest flagged byte is exact (false flags can only appear above a true one).
                return (index &+ special.trailingZeroBitCount &>> 3, allBits)
            }
            index &+= 8
        }
        return (index, allBits)
    }

    /// The rest of a string after the word scan stopped at `start`: escapes, control characters, the last bytes.
    private mutating func scanStringRest(from start: Int, allBits: inout UInt64) throws(JSONError) -> StringBody {
        var index = start
        var hasEscapes = false
        while true {
            guard index < bytes.count else {
                pos = index
                throw unterminatedString()
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                pos = index + 1
                return StringBody(hasEscapes: hasEscapes, isASCII: allBits & 0x8080_8080_8080_8080 == 0)
            }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                index = try parseEscape(at: index).next
            } else if byte < 0x20 {
                throw controlCharacter(at: index)
            } else {
                allBits |= UInt64(byte)
                index += 1
            }
            let (next, bits) = skipPlainWords(from: index)
            index = next
            allBits |= bits
        }
    }

    /// The high bit of each byte of `word` that is `"`, `\` or below 0x20 (the classic "has zero byte" bit trick
    /// on little-endian words).
    @inline(__always)
    static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let quoteZero = (quotes &- ones) & ~quotes
        let backslashZero = (backslashes &- ones) & ~backslashes
        let belowSpace = (word &- ones &* 0x20) & ~word
        return (quoteZero | backslashZero | belowSpace) & highs
    }

    @inline(never)
    private func controlCharacter(at index: Int) -> JSONError {
        syntaxError(expected: "a string without raw control characters (write them as escapes)", at: index)
    }

    @inline(never)
    func unterminatedString(at index: Int? = nil) -> JSONError {
        syntaxError(expected: "the closing '\"' of the string", at: index ?? bytes.count)
    }

    /// Points at the first byte that breaks UTF-8 in `start..<end` (only called once a string failed to validate).
    @inline(never)
    private func invalidUTF8(from start: Int, to end: Int) -> JSONError {
        syntaxError(expected: "valid UTF-8 text", at: Self.firstInvalidUTF8(bytes, from: start, to: end))
    }
}
