// Skipping: a whole value is checked against JSON's grammar without building anything, so fields from a
// newer version can be passed over and a journal line can be proven well-formed before it is applied.

extension JSONScanner {
    /// Reads and discards the next value, whatever it is, checking that it is well-formed JSON.
    public mutating func skipValue() throws(JSONError) {
        try skipValue(depth: depth)
    }

    /// Checks that `bytes` hold exactly one well-formed JSON value; returns the first problem, or nil.
    public static func syntaxError(
        in bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1, firstOffset: Int = 0, isLine: Bool = false
    ) -> JSONError? {
        var scanner = JSONScanner(bytes, firstLine: firstLine, firstOffset: firstOffset, isLine: isLine)
        do {
            try scanner.skipValue()
            try scanner.expectEnd()
            return nil
        } catch {
            return error
        }
    }

    private mutating func skipValue(depth: Int) throws(JSONError) {
        guard let byte = peekByte() else { throw unexpected("a value") }
        valueStart = pos
        switch byte {
        case UInt8(ascii: "\""):
            pos += 1
            _ = try scanStringBody()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            _ = try scanNumber()
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            guard matchLiteral("true") || matchLiteral("false") || matchLiteral("null") else {
                throw syntaxError(expected: "a value", at: pos)
            }
        case UInt8(ascii: "{"):
            try skipContainer(close: UInt8(ascii: "}"), depth: depth)
        case UInt8(ascii: "["):
            try skipContainer(close: UInt8(ascii: "]"), depth: depth)
        default:
            throw syntaxError(expected: "a value", at: pos)
        }
    }

    /// Skips an object or array whose opening bracket is at `pos`.
    private mutating func skipContainer(close: UInt8, depth: Int) throws(JSONError) {
        guard depth < Self.maxDepth else {
            throw syntaxError(expected: "at most \(Self.maxDepth) levels of nesting", at: pos)
        }
        let isObject = close == UInt8(ascii: "}")
        let what = isObject ? "'}'" : "']'"
        pos += 1
        if peekByte() == close {
            pos += 1
            return
        }
        while true {
            if isObject {
                guard peekByte() == UInt8(ascii: "\"") else { throw syntaxError(expected: "a key (a string in quotes)", at: pos) }
                pos += 1
                _ = try scanStringBody()
                guard peekByte() == UInt8(ascii: ":") else { throw syntaxError(expected: "':' after the key", at: pos) }
                pos += 1
            }
            try skipValue(depth: depth + 1)
            switch peekByte() {
            case UInt8(ascii: ","):
                pos += 1
            case close:
                pos += 1
                return
            default:
                throw syntaxError(expected: "',' or \(what)", at: pos)
            }
        }
    }
}
