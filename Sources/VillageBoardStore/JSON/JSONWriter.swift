/// Writes compact JSON into a byte buffer. Keys come out in the order the caller writes them, and numbers
/// in one fixed form, so the same data always gives the same bytes (unlike JSONEncoder without `.sortedKeys`).
///
/// ```
/// var writer = JSONWriter()
/// writer.beginObject()
/// writer.field("id", household.id)
/// writer.key("members"); writer.beginArray(); …; writer.endArray()
/// writer.endObject()
/// writer.newline()   // one JSON Lines record
/// ```
public struct JSONWriter {
    /// The JSON written so far.
    public private(set) var bytes: [UInt8]
    /// Whether the next key or value needs a comma before it.
    private var needsComma = false

    public init(capacity: Int = 1024) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Empties the buffer, keeping its storage, to write the next record.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
    }

    /// Makes room for `count` bytes in all, so a long run of records is written without the buffer being copied.
    public mutating func reserveCapacity(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    /// Ends a JSON Lines record with "\n".
    public mutating func newline() {
        bytes.append(0x0A)
        needsComma = false
    }

    public mutating func beginObject() {
        open(UInt8(ascii: "{"))
    }

    public mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        open(UInt8(ascii: "["))
    }

    public mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    /// Writes a key and its colon; the value comes next.
    /// Writes a key from the code and its colon. Such keys are plain words (no `"`, `\\` or control character), so
    /// they are copied as they are, not escaped.
    public mutating func key(_ name: StaticString) {
        separate()
        name.withUTF8Buffer { text in
            assert(!text.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: text)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a key that comes from data (such as a code in a map) and its colon.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`, everything else as raw UTF-8.
    public mutating func value(_ string: String) {
        separate()
        appendQuoted(string)
        needsComma = true
    }

    public mutating func value(_ number: Int) {
        separate()
        appendInteger(number)
        needsComma = true
    }

    public mutating func value(_ number: Int64) {
        value(Int(number))
    }

    /// Writes the shortest decimal that reads back as exactly the same Double. JSON has no NaN or infinity:
    /// those are written as `null`, which a reader expecting a number refuses with a clear message.
    public mutating func value(_ number: Double) {
        separate()
        if number.isFinite {
            // Swift's description is the shortest round-trip form and always valid JSON: 1.0, 0.1, 1e-05, -2.5e+300.
            bytes.append(contentsOf: number.description.utf8)
        } else {
            appendNull()
        }
        needsComma = true
    }

    public mutating func value(_ flag: Bool) {
        separate()
        if flag {
            bytes.append(contentsOf: [UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "e")])
        } else {
            bytes.append(contentsOf: [UInt8(ascii: "f"), UInt8(ascii: "a"), UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "e")])
        }
        needsComma = true
    }

    public mutating func null() {
        separate()
        appendNull()
        needsComma = true
    }

    /// Writes a key and a string value.
    public mutating func field(_ name: StaticString, _ string: String) {
        key(name)
        value(string)
    }

    /// Writes a key and an integer value.
    public mutating func field(_ name: StaticString, _ number: Int) {
        key(name)
        value(number)
    }

    /// Writes a key and a number value.
    public mutating func field(_ name: StaticString, _ number: Double) {
        key(name)
        value(number)
    }

    /// Writes a key and a Boolean value.
    public mutating func field(_ name: StaticString, _ flag: Bool) {
        key(name)
        value(flag)
    }

    /// Writes a key and an array of strings.
    public mutating func field(_ name: StaticString, _ strings: [String]) {
        key(name)
        beginArray()
        for string in strings { value(string) }
        endArray()
    }

    @inline(__always)
    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendNull() {
        bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
    }

    private mutating func appendQuoted(_ string: String) {
        var string = string
        string.withUTF8 { appendQuoted($0) }
    }

    /// Copies runs of plain bytes in one go and escapes only what JSON requires.
    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        // Most texts need no escape: eight bytes at a time until a word may hold one, then byte by byte from there.
        var clean = 0
        if let base = utf8.baseAddress {
            while clean + 8 <= utf8.count && !Self.mayNeedEscape(UnsafeRawPointer(base + clean).loadUnaligned(as: UInt64.self)) {
                clean += 8
            }
        }
        if clean == utf8.count {
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        var runStart = 0
        for index in clean..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            default:
                let hexDigits: StaticString = "0123456789abcdef"
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(hexDigits.utf8Start[Int(byte >> 4)])
                bytes.append(hexDigits.utf8Start[Int(byte & 0x0F)])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any of the eight bytes in `word` is below 0x20, a `"` or a `\\` (never false when one is; a true
    /// only sends the bytes to the byte-by-byte look).
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let below0x20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below0x20 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    /// Writes a date as `"YYYY-MM-DD"` from its parts, without making a String (years 0–9999; the caller writes
    /// any other year as its text).
    mutating func quotedDate(year: Int, month: Int, day: Int) {
        separate()
        func two(_ v: Int) -> (UInt8, UInt8) { (UInt8(ascii: "0") + UInt8(v / 10 % 10), UInt8(ascii: "0") + UInt8(v % 10)) }
        let (y1, y2) = two(year / 100), (y3, y4) = two(year % 100), (m1, m2) = two(month), (d1, d2) = two(day)
        let dash = UInt8(ascii: "-"), quote = UInt8(ascii: "\"")
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 12) { text in
            (text[0], text[1], text[2], text[3], text[4], text[5]) = (quote, y1, y2, y3, y4, dash)
            (text[6], text[7], text[8], text[9], text[10], text[11]) = (m1, m2, dash, d1, d2, quote)
            bytes.append(contentsOf: UnsafeBufferPointer(text))
        }
        needsComma = true
    }

    /// Writes the digits of `number` without making a String.
    private mutating func appendInteger(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
        }
    }
}
