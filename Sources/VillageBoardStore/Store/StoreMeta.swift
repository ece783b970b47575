import VillageBoardCore

/// The contents of store.json: which format the folder is in, when it was made, and an optional fixed clock.
struct StoreMeta: Equatable {
    static let fileName = "store.json"
    static let currentFormat = 2

    var format: Int
    var created: Timestamp
    /// A demo or training store fixes "today" so that what is overdue stays overdue.
    var clock: Day?

    func encoded() -> [UInt8] {
        var w = JSONWriter(capacity: 128)
        w.beginObject()
        w.field("format", format)
        w.field("kind", "village-board-store")
        w.field("created", created.iso)
        w.field("clock", clock)
        w.endObject()
        w.newline()
        return w.bytes
    }

    /// Reads store.json; format 1 wrote `version` instead of `format`.
    static func decode(_ bytes: [UInt8], file: String) throws(StoreError) -> StoreMeta {
        do {
            return try JSONScanner.decode(bytes) { (s: inout JSONScanner) throws(JSONError) -> StoreMeta in
                var format: Int?, created: Timestamp?, clock: Day?
                try s.beginObject()
                while let key = try s.nextKey() {
                    switch key {
                    case "format", "version": format = try s.readInt()
                    case "created": created = try s.readTimestamp()
                    case "clock": clock = s.consumeNull() ? nil : try s.readDay()
                    default: try s.skipValue()
                    }
                }
                guard let format else { throw s.missingField("format") }
                return StoreMeta(format: format, created: created ?? Timestamp(millisecondsSinceEpoch: 0), clock: clock)
            }
        } catch let error as JSONError {
            throw .malformed(error.inFile(file))
        } catch {
            throw .malformed(JSONError(kind: .syntax, file: file, line: 1, column: 1, offset: 0, path: [],
                                       expected: "a store.json object", found: "\(error)"))
        }
    }
}
