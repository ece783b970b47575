// Literals and the small conveniences built on them: true/false, null, optional reads, enums.

extension JSONScanner {
    /// Reads `true` or `false`.
    public mutating func readBool() throws(JSONError) -> Bool {
        skipWhitespace()
        if matchLiteral("true") { return true }
        if matchLiteral("false") { return false }
        throw unexpected("true or false")
    }

    /// True if the next value is `null` (nothing is consumed).
    public func isNull() -> Bool {
        Self.hasLiteral("null", in: bytes, at: indexAfterWhitespace())
    }

    /// Reads `null`.
    public mutating func readNull() throws(JSONError) {
        skipWhitespace()
        guard matchLiteral("null") else { throw unexpected("null") }
    }

    /// Consumes a `null` if that is the next value; otherwise leaves the value to be read.
    public mutating func consumeNull() -> Bool {
        skipWhitespace()
        return matchLiteral("null")
    }

    /// Reads a string, or nil for `null`.
    public mutating func readOptionalString() throws(JSONError) -> String? {
        consumeNull() ? nil : try readString()
    }

    /// Reads an integer, or nil for `null`.
    public mutating func readOptionalInt() throws(JSONError) -> Int? {
        consumeNull() ? nil : try readInt()
    }

    /// Reads a number, or nil for `null`.
    public mutating func readOptionalDouble() throws(JSONError) -> Double? {
        consumeNull() ? nil : try readDouble()
    }

    /// Reads a Boolean, or nil for `null`.
    public mutating func readOptionalBool() throws(JSONError) -> Bool? {
        consumeNull() ? nil : try readBool()
    }

    /// Reads a string that must be the raw value of one of `T`'s cases; the error lists them all.
    public mutating func readEnum<T: RawRepresentable & CaseIterable>(_ type: T.Type = T.self) throws(JSONError) -> T
    where T.RawValue == String {
        // Compared byte by byte: no String is made for the common case of a known value.
        let found: T? = try withStringBytes { bytes in T.allCases.first { spells($0.rawValue, bytes) } }
        if let found { return found }
        throw unexpectedValue(expected: "one of " + T.allCases.map(\.rawValue).joined(separator: "/"))
    }

    /// Consumes `word` if it is next, followed by a byte that cannot continue a literal.
    @inline(__always)
    mutating func matchLiteral(_ word: StaticString) -> Bool {
        guard Self.hasLiteral(word, in: bytes, at: pos) else { return false }
        valueStart = pos
        pos += word.utf8CodeUnitCount
        return true
    }

    @inline(__always)
    static func hasLiteral(_ word: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let start = word.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
        // `nullx` or `true1` is one bad token, not a literal followed by garbage.
        return index + count == bytes.count || !isLetterOrDigit(bytes[index + count])
    }

    @inline(__always)
    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }
}
