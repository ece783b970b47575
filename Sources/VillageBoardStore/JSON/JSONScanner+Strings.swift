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
        guard peekByte() == UInt8(ascii: "\"") else { throw unexpected("a string") }
        valueStart = pos
        let start = pos + 1
        pos = start
        let body = try scanStringBody()
        let end = pos - 1
        if body.hasEscapes { return try decodeString(from: start, to: end) }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return try makeString(slice, isASCII: body.isASCII, errorRange: start..<end)
    }

    /// Makes a String from bytes, refusing invalid UTF-8.
    ///
    /// String(validating:) goes through generic metadata on every call and is several times slower here. So:
    /// String(decoding:) (one validating pass in the standard library), and for non-ASCII text a memcmp to prove
    /// it did not have to repair anything.
    @inline(__always)
    private func makeString(_ utf8: UnsafeBufferPointer<UInt8>, isASCII: Bool, errorRange: Range<Int>) throws(JSONError) -> String {
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

    /// Reads the escape whose backslash is at `index`: the scalar it stands for and the index just after it.
    func parseEscape(at index: Int) throws(JSONError) -> (scalar: UInt32, next: Int) {
        guard index + 1 < bytes.count else { throw unterminatedString(at: index + 1) }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""): return (0x22, index + 2)
        case UInt8(ascii: "\\"): return (0x5C, index + 2)
        case UInt8(ascii: "/"): return (0x2F, index + 2)
        case UInt8(ascii: "b"): return (0x08, index + 2)
        case UInt8(ascii: "f"): return (0x0C, index + 2)
        case UInt8(ascii: "n"): return (0x0A, index + 2)
        case UInt8(ascii: "r"): return (0x0D, index + 2)
        case UInt8(ascii: "t"): return (0x09, index + 2)
        case UInt8(ascii: "u"):
            let unit = try hex4(at: index + 2)
            switch unit {
            case 0xD800..<0xDC00:
                // A high surrogate must be followed at once by an escaped low surrogate.
                guard index + 7 < bytes.count, bytes[index + 6] == UInt8(ascii: "\\"), bytes[index + 7] == UInt8(ascii: "u")
                else { throw syntaxError(expected: "a low surrogate \\uDC00-\\uDFFF after \\u\(Self.hex(unit))", at: index + 6) }
                let low = try hex4(at: index + 8)
                guard (0xDC00..<0xE000).contains(low) else {
                    throw syntaxError(expected: "a low surrogate \\uDC00-\\uDFFF after \\u\(Self.hex(unit))", at: index + 6)
                }
                return (0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), index + 12)
            case 0xDC00..<0xE000:
                throw syntaxError(expected: "a high surrogate before the low surrogate \\u\(Self.hex(unit))", at: index)
            default:
                return (unit, index + 6)
            }
        default:
            throw syntaxError(expected: "an escape: \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX", at: index)
        }
    }

    private func hex4(at index: Int) throws(JSONError) -> UInt32 {
        var value: UInt32 = 0
        for digitIndex in index..<index + 4 {
            guard digitIndex < bytes.count else { throw unterminatedString(at: digitIndex) }
            let byte = bytes[digitIndex]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw syntaxError(expected: "four hex digits after \\u", at: digitIndex)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Decodes the string body between `start` and `end` (already checked by `scanStringBody`), escapes and all.
    func decodeString(from start: Int, to end: Int) throws(JSONError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(end - start)
        var index = start
        while index < end {
            // Copy the run up to the next backslash in one go, then decode the escape.
            var runEnd = end
            if let base = bytes.baseAddress, let backslash = memchr(base + index, 0x5C, end - index) {
                runEnd = base.distance(to: backslash.assumingMemoryBound(to: UInt8.self))
            }
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
            guard runEnd < end else { break }
            let (scalar, next) = try parseEscape(at: runEnd)
            Self.appendUTF8(scalar, to: &decoded)
            index = next
        }
        let result: Result<String, JSONError> = decoded.withUnsafeBufferPointer { utf8 in
            do throws(JSONError) {
                return .success(try makeString(utf8, isASCII: false, errorRange: start..<end))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    @inline(never)
    private func unterminatedString(at index: Int? = nil) -> JSONError {
        syntaxError(expected: "the closing '\"' of the string", at: index ?? bytes.count)
    }

    /// Points at the first byte that breaks UTF-8 in `start..<end` (only called once a string failed to validate).
    @inline(never)
    private func invalidUTF8(from start: Int, to end: Int) -> JSONError {
        syntaxError(expected: "valid UTF-8 text", at: Self.firstInvalidUTF8(bytes, from: start, to: end))
    }

    /// The index of the first byte in `start..<end` that is not part of valid UTF-8, or `end`.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index < end {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = utf8SequenceLength(in: bytes, at: index, end: end)
            if length == 0 { return index }
            index += length
        }
        return end
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 if there is none.
    static func utf8SequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0x00..<0x80: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard index + length <= end else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (low, high) = offset == 1 ? (lower, upper) : (0x80, 0xBF)
            guard byte >= low && byte <= high else { return 0 }
        }
        return length
    }
}
