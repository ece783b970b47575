/// One step of the way from the top of a JSON document down to a value: a key in an object or an index in an array.
public enum JSONPathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)
}

/// Malformed JSON, or JSON the reader did not expect, with where it is and what was wrong,
/// so a person can find and fix the line: `journal/a.jsonl line 17, field "state": expected …, found "xx"`.
public struct JSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Whether the bytes are not JSON at all, or are JSON the reader did not want.
    public enum Kind: Sendable, Hashable {
        /// Not JSON: bad syntax, a bad number or escape, a control character, trailing garbage, a cut-off end.
        case syntax
        /// Well-formed JSON of the wrong type, out of range, or rejected by the caller.
        case unexpectedValue
    }

    public var kind: Kind
    /// The file the bytes came from; the scanner does not know it, the caller fills it in with `inFile(_:)`.
    public var file: String?
    /// 1-based line within the file (JSON Lines readers pass each line's number as the base).
    public var line: Int
    /// 1-based byte column within that line.
    public var column: Int
    /// 0-based byte offset within the file.
    public var offset: Int
    /// The keys and indexes from the top of the value down to the field being read.
    public var path: [JSONPathComponent]
    /// What the reader wanted, in words: `a string`, `one of met/notMet`.
    public var expected: String
    /// What was there, in words: `"xx"`, `number 12.5`, `end of line`.
    public var found: String

    public init(
        kind: Kind, file: String? = nil, line: Int, column: Int, offset: Int,
        path: [JSONPathComponent], expected: String, found: String
    ) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.offset = offset
        self.path = path
        self.expected = expected
        self.found = found
    }

    /// The path written the way people read it: `members[2].name`.
    public var field: String {
        var text = ""
        for component in path {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }

    /// The same error, naming the file it came from.
    public func inFile(_ name: String) -> JSONError {
        var copy = self
        copy.file = name
        return copy
    }

    public var description: String {
        var text = file.map { "\($0) line \(line)" } ?? "line \(line)"
        if !path.isEmpty { text += ", field \"\(field)\"" }
        return text + ": expected \(expected), found \(found)"
    }
}
