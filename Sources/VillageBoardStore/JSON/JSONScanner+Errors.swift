// Errors: built only when something is wrong, so the work of finding the line, the field path and a
// readable rendering of the offending token costs nothing while reading good data.

extension JSONScanner {
    /// An error about the value just read, for checks the caller makes: `expected: "a 12-digit division code"`.
    @inline(never)
    public func unexpectedValue(expected: String) -> JSONError {
        makeError(.unexpectedValue, expected: expected, at: valueStart)
    }

    /// An error for a key the caller does not accept (call it right after `nextKey()` returned the key).
    @inline(never)
    public func unexpectedKey(_ key: JSONKey, expected: String = "a known field") -> JSONError {
        var error = makeError(.unexpectedValue, expected: expected, at: keyStart)
        error.path.append(.key(key.string))
        error.found = "key \"\(key.string)\""
        return error
    }

    /// An error for a required field missing from the object just closed (call it right after `nextKey()`
    /// returned nil).
    @inline(never)
    public func missingField(_ name: String) -> JSONError {
        var error = makeError(.unexpectedValue, expected: "a value", at: max(0, pos - 1))
        error.path.append(.key(name))
        error.found = "no such field in the object"
        return error
    }

    /// The line of the next byte to read (1-based, counting from the scanner's first line).
    public var line: Int { isLine ? firstLine : location(of: pos).line }

    @inline(never)
    /// A syntax error at `index`; `valueAt` is where the value being read starts when that is elsewhere (a bad
    /// number's error points past its digits, but the field is the number's).
    func syntaxError(expected: String, at index: Int, valueAt: Int? = nil) -> JSONError {
        makeError(.syntax, expected: expected, at: index, valueAt: valueAt)
    }

    /// An error at `pos` where a value of another kind was wanted: well-formed JSON of the wrong type is an
    /// unexpected value, anything else a syntax error.
    @inline(never)
    func unexpected(_ expected: String) -> JSONError {
        let startsValue: Bool
        if pos < bytes.count {
            switch bytes[pos] {
            case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                startsValue = true
            default:
                startsValue = Self.hasLiteral("true", in: bytes, at: pos) || Self.hasLiteral("false", in: bytes, at: pos)
                    || Self.hasLiteral("null", in: bytes, at: pos)
            }
        } else {
            startsValue = false
        }
        return makeError(startsValue ? .unexpectedValue : .syntax, expected: expected, at: pos)
    }

    @inline(never)
    func makeError(_ kind: JSONError.Kind, expected: String, at index: Int, valueAt: Int? = nil) -> JSONError {
        let (line, column) = location(of: index)
        var finder = JSONPathFinder(bytes: bytes, target: valueAt ?? index)
        return JSONError(
            kind: kind, line: line, column: column, offset: firstOffset + index,
            path: finder.find(), expected: expected, found: describeToken(at: index)
        )
    }

    /// Line and column of `index`, counting newlines from the start of the bytes.
    private func location(of index: Int) -> (line: Int, column: Int) {
        var line = firstLine
        var lineStart = 0
        for position in 0..<min(index, bytes.count) where bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        return (line, index - lineStart + 1)
    }

    /// What is at `index`, as a person would name it: `"xx"`, `number 1.5`, `'}'`, `end of line`.
    func describeToken(at index: Int) -> String {
        guard index < bytes.count else { return isLine ? "end of line" : "end of input" }
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""):
            return excerpt(from: index, through: closingQuote(after: index))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return "number " + excerpt(from: index, through: endOfWord(from: index) - 1)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return excerpt(from: index, through: endOfWord(from: index) - 1)
        case UInt8(ascii: "{"):
            return "'{' (an object)"
        case UInt8(ascii: "["):
            return "'[' (an array)"
        case 0..<0x20, 0x7F:
            return "control character U+" + String(byte, radix: 16, uppercase: true).leftPadded(to: 4)
        case 0x20..<0x7F:
            return "'\(Character(Unicode.Scalar(byte)))'"
        default:
            let length = Self.utf8SequenceLength(in: bytes, at: index, end: bytes.count)
            if length == 0 { return "byte 0x" + String(byte, radix: 16, uppercase: true) + " (not UTF-8)" }
            return "'" + String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self) + "'"
        }
    }

    /// The index of the quote that closes the string opened at `index`, or the last byte if none does.
    private func closingQuote(after index: Int) -> Int {
        var position = index + 1
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "\\") {
                position += 2
                continue
            }
            if bytes[position] == UInt8(ascii: "\"") || bytes[position] == 0x0A { return position }
            position += 1
        }
        return bytes.count - 1
    }

    private func endOfWord(from index: Int) -> Int {
        var position = index + 1
        while position < bytes.count {
            let byte = bytes[position]
            guard Self.isLetterOrDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            else { break }
            position += 1
        }
        return position
    }

    /// The bytes from `start` through `last` as text, cut at about 40 bytes on a character boundary.
    private func excerpt(from start: Int, through last: Int) -> String {
        let end = min(last + 1, bytes.count)
        let limit = 40
        guard end - start > limit else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        var cut = start + limit
        while cut > start, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cut]), as: UTF8.self) + "…"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
