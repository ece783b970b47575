/// The kinds of JSON value, as `JSONScanner.peekKind()` reports them.
public enum JSONValueKind: Sendable, Hashable {
    case object, array, string, number, bool, null
}

/// A pull parser that reads JSON bytes straight into the caller's model: no tree, no `Any`, no String per key.
///
/// The caller walks the document in the order it is written:
/// ```
/// try scanner.beginObject()
/// while let key = try scanner.nextKey() {
///     switch key {
///     case "id": id = try scanner.readString()
///     case "members":
///         try scanner.beginArray()
///         while try scanner.nextElement() { members.append(try readMember(&scanner)) }
///     default: try scanner.skipValue()   // a field from a newer version
///     }
/// }
/// ```
/// Every error says where it is (line, column, offset, field path) and what was expected versus found.
/// The scanner points into the caller's bytes, which must stay alive while it (or a key it returned) is used.
public struct JSONScanner {
    /// Deeper nesting than this is refused, so hostile input cannot exhaust the stack in `skipValue()`.
    static let maxDepth = 256

    // Plain values only, no references: copying or passing the scanner costs no reference counting. In particular it
    // keeps no stack of keys; an error finds its field path by walking the bytes again (JSONPathFinder, called from
    // JSONScanner+Errors).
    var bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    var pos = 0
    var firstLine: Int
    var firstOffset: Int
    /// Whether the bytes are one line of JSON Lines, so running out is called "end of line" in messages.
    var isLine: Bool
    /// How many objects and arrays are open.
    var depth = 0
    /// True right after `{` or `[`: the next key or element has no comma before it.
    var atContainerStart = false
    /// Where the value most recently read starts, for errors the caller raises about it.
    var valueStart = 0
    /// Where the key most recently read starts (its opening quote), for `unexpectedKey`.
    var keyStart = 0
    /// When set, long strings without escapes are shared through it (see `StringInterner`).
    public var interner: StringInterner?

    /// A scanner over `bytes`; `firstLine` and `firstOffset` say where they sit in their file, for messages.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1, firstOffset: Int = 0, isLine: Bool = false) {
        self.bytes = bytes
        self.firstLine = firstLine
        self.firstOffset = firstOffset
        self.isLine = isLine
    }

    /// A scanner over raw bytes (for example a memory-mapped file).
    public init(_ bytes: UnsafeRawBufferPointer, firstLine: Int = 1, firstOffset: Int = 0, isLine: Bool = false) {
        self.init(bytes.assumingMemoryBound(to: UInt8.self), firstLine: firstLine, firstOffset: firstOffset, isLine: isLine)
    }

    /// Points the scanner at new bytes, keeping its storage: one scanner can read every line of a file.
    public mutating func reset(to bytes: UnsafeBufferPointer<UInt8>, firstLine: Int, firstOffset: Int, isLine: Bool) {
        self.bytes = bytes
        self.firstLine = firstLine
        self.firstOffset = firstOffset
        self.isLine = isLine
        pos = 0
        depth = 0
        atContainerStart = false
        valueStart = 0
        keyStart = 0
    }

    /// Reads `bytes` as one JSON document with `body`, then insists that nothing but whitespace follows.
    public static func decode<R>(
        _ bytes: [UInt8], firstLine: Int = 1, _ body: (inout JSONScanner) throws -> R
    ) throws -> R {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer, firstLine: firstLine)
            let result = try body(&scanner)
            try scanner.expectEnd()
            return result
        }
    }

    /// The byte offset of the next byte to read, within the file.
    public var offset: Int { firstOffset + pos }

    /// True when only whitespace is left.
    public mutating func isAtEnd() -> Bool {
        skipWhitespace()
        return pos >= bytes.count
    }

    /// Insists that nothing but whitespace is left: catches trailing garbage and a second value on one line.
    public mutating func expectEnd() throws(JSONError) {
        skipWhitespace()
        guard pos >= bytes.count else {
            throw syntaxError(expected: isLine ? "end of line" : "end of input", at: pos)
        }
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while pos < bytes.count {
            let byte = bytes[pos]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            pos += 1
        }
    }

    /// What kind of value comes next, without reading it; nil at the end or where no value can start.
    /// For formats that accept one field in two forms (an older version's and the current one).
    public func peekKind() -> JSONValueKind? {
        let index = indexAfterWhitespace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        default: return nil
        }
    }

    /// Where the next non-whitespace byte is, without moving there.
    func indexAfterWhitespace() -> Int {
        var index = pos
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
        return index
    }

    /// The next byte after whitespace, without consuming it; nil at the end.
    @inline(__always)
    mutating func peekByte() -> UInt8? {
        // Compact JSON has no whitespace between tokens: answer at once when the next byte is not whitespace.
        if pos < bytes.count, bytes[pos] > 0x20 { return bytes[pos] }
        return peekByteAfterWhitespace()
    }

    @inline(never)
    private mutating func peekByteAfterWhitespace() -> UInt8? {
        skipWhitespace()
        return pos < bytes.count ? bytes[pos] : nil
    }
}
