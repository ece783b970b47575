import VillageBoardCore  // String.trimmingSpaces
import VillageBoardStore
/// A CSV file as rows of fields (RFC 4180: commas, double quotes with "" inside, CRLF or LF line ends), each
/// row with the line it started on, for messages.
public struct CSVTable: Sendable, Equatable {
    /// One row and where it starts in the file (the header is row 1).
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    public var header: [String]
    public var rows: [Row]

    public init(header: [String], rows: [Row]) {
        self.header = header
        self.rows = rows
    }

    /// Parses CSV text (a byte-order mark is already gone). Blank lines are skipped.
    public static func parse(_ text: String) -> CSVTable {
        var records: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var rowLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?
        func endRow() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Row(line: rowLine, fields: fields)) }
            fields = []
            field = ""
        }
        while let c = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = scalars.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; afterQuote = true; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote: quoted = true
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r":
                continue
            case "\n":
                endRow()
                afterQuote = false
                line += 1
                rowLine = line
            default:
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        guard let first = records.first else { return CSVTable(header: [], rows: []) }
        return CSVTable(header: first.fields.map { $0.trimmingSpaces }, rows: Array(records.dropFirst()))
    }

    /// The table as CSV text with CRLF line ends (what spreadsheet programs write); fields are quoted when needed.
    public func text() -> String {
        var out = CSVTable.line(header)
        for row in rows { out += CSVTable.line(row.fields) }
        return out
    }

    static func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }

    static func quote(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || s.hasPrefix(" ") || s.hasSuffix(" ")
        else { return s }
        var out = "\""
        for c in s { if c == "\"" { out += "\"\"" } else { out.append(c) } }
        return out + "\""
    }
}
