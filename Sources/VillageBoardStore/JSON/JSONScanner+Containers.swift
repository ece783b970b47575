// Objects and arrays: the caller walks them key by key or element by element; the scanner only counts depth.

extension JSONScanner {
    /// Reads `{`; then call `nextKey()` until it returns nil.
    public mutating func beginObject() throws(JSONError) {
        guard peekByte() == UInt8(ascii: "{") else { throw unexpected("an object") }
        try push()
    }

    /// Reads the next key and its `:`, or the closing `}` (returning nil). Read or skip each key's value before asking again.
    public mutating func nextKey() throws(JSONError) -> JSONKey? {
        guard try moveToNextEntry(closing: UInt8(ascii: "}")) else { return nil }
        guard peekByte() == UInt8(ascii: "\"") else { throw syntaxError(expected: "a key (a string in quotes)", at: pos) }
        keyStart = pos
        pos += 1
        let hasEscapes = try scanStringBody().hasEscapes
        let key = JSONKey(raw: UnsafeBufferPointer(rebasing: bytes[keyStart + 1..<pos - 1]), hasEscapes: hasEscapes)
        guard peekByte() == UInt8(ascii: ":") else { throw syntaxError(expected: "':' after the key", at: pos) }
        pos += 1
        return key
    }

    /// Reads `[`; then call `nextElement()` until it returns false.
    public mutating func beginArray() throws(JSONError) {
        guard peekByte() == UInt8(ascii: "[") else { throw unexpected("an array") }
        try push()
    }

    /// Moves to the next element (true; read or skip it) or reads the closing `]` (false).
    public mutating func nextElement() throws(JSONError) -> Bool {
        try moveToNextEntry(closing: UInt8(ascii: "]"))
    }

    /// Inside an object or array: consumes the `,` before the next entry (true) or the closing bracket (false).
    @inline(__always)
    private mutating func moveToNextEntry(closing: UInt8) throws(JSONError) -> Bool {
        guard let byte = peekByte() else { throw separatorError(closing: closing) }
        if byte == closing {
            pos += 1
            depth -= 1
            atContainerStart = false
            return false
        }
        if atContainerStart {
            atContainerStart = false
        } else {
            guard byte == UInt8(ascii: ",") else { throw separatorError(closing: closing) }
            pos += 1
        }
        return true
    }

    @inline(never)
    private func separatorError(closing: UInt8) -> JSONError {
        let bracket = closing == UInt8(ascii: "}") ? "'}'" : "']'"
        let first = closing == UInt8(ascii: "}") ? "a key" : "a value"
        return syntaxError(expected: atContainerStart ? "\(first) or \(bracket)" : "',' or \(bracket)", at: pos)
    }

    /// Reads an array of strings.
    public mutating func readStringArray() throws(JSONError) -> [String] {
        var result: [String] = []
        try beginArray()
        while try nextElement() { result.append(try readString()) }
        return result
    }

    private mutating func push() throws(JSONError) {
        guard depth < Self.maxDepth else {
            throw syntaxError(expected: "at most \(Self.maxDepth) levels of nesting", at: pos)
        }
        valueStart = pos
        pos += 1
        depth += 1
        atContainerStart = true
    }

}
