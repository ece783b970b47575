import Testing
import VillageBoardStore

/// Runs `body` on a scanner over `text`, then insists the input is used up; returns the body's result.
func scan<R>(_ text: String, _ body: (inout JSONScanner) throws -> R) throws -> R {
    try JSONScanner.decode(Array(text.utf8), body)
}

/// The JSONError that reading `text` with `body` throws (fails the test if it throws nothing or something else).
func jsonError(
    _ text: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: (inout JSONScanner) throws -> Void
) -> JSONError? {
    jsonError(Array(text.utf8), sourceLocation: sourceLocation, body)
}

func jsonError(
    _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation, _ body: (inout JSONScanner) throws -> Void
) -> JSONError? {
    do {
        try JSONScanner.decode(bytes, body)
        Issue.record("expected a JSONError, but reading succeeded", sourceLocation: sourceLocation)
    } catch let error as JSONError {
        return error
    } catch {
        Issue.record("expected a JSONError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// Reads any JSON value into a comparable tree, using only the scanner's pull API (for round-trip tests).
indirect enum JSONValue: Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.double(a), .double(b)): a.bitPattern == b.bitPattern
        case let (.bool(a), .bool(b)): a == b
        case (.null, .null): true
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    func write(to writer: inout JSONWriter) {
        switch self {
        case .string(let value): writer.value(value)
        case .int(let value): writer.value(value)
        case .double(let value): writer.value(value)
        case .bool(let value): writer.value(value)
        case .null: writer.null()
        case .array(let elements):
            writer.beginArray()
            for element in elements { element.write(to: &writer) }
            writer.endArray()
        case .object(let fields):
            writer.beginObject()
            for (key, value) in fields {
                writer.key(key)
                value.write(to: &writer)
            }
            writer.endObject()
        }
    }

    /// Reads any value; numbers without fraction or exponent that fit an Int come back as `.int`.
    static func read(_ scanner: inout JSONScanner) throws -> JSONValue {
        switch scanner.peekKind() {
        case .string: return .string(try scanner.readString())
        case .bool: return .bool(try scanner.readBool())
        case .null:
            try scanner.readNull()
            return .null
        case .number:
            var probe = scanner
            if let number = try? probe.readInt() {
                scanner = probe
                return .int(number)
            }
            return .double(try scanner.readDouble())
        case .array:
            var elements: [JSONValue] = []
            try scanner.beginArray()
            while try scanner.nextElement() { elements.append(try read(&scanner)) }
            return .array(elements)
        case nil:
            try scanner.skipValue()
            return .null
        case .object:
            var fields: [(String, JSONValue)] = []
            try scanner.beginObject()
            while let key = try scanner.nextKey() { fields.append((key.string, try read(&scanner))) }
            return .object(fields)
        }
    }
}

extension JSONWriter {
    /// The bytes written, as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

func == (key: JSONKey?, name: StaticString) -> Bool {
    key.map { $0 == name } ?? false
}

func != (key: JSONKey, name: StaticString) -> Bool {
    !(key == name)
}
