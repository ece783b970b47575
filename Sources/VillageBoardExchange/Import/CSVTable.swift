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

    /// One field as CSV writes it, safe to open in a spreadsheet:
    /// - control characters made visible, but line ends kept (inside quotes);
    /// - a field that would start a formula (=, +, -, @, tab or CR first, as OWASP lists) gets a leading `'`, so a
    ///   spreadsheet shows it as text instead of running it (`=HYPERLINK(…)` arriving from another laptop); plain
    ///   numbers such as -1200 are left as numbers; import takes the `'` off again (`unescapedFormula`);
    /// - quoted when it holds a comma, a quote, CR or LF (checked per scalar: "\r\n" is one Character), or starts or
    ///   ends with a space.
    static func quote(_ raw: String) -> String {
        var s = raw.visibleControls(keeping: ["\n", "\r", "\t"])
        if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(s) { s = "'" + s }
        guard s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                || s.hasPrefix(" ") || s.hasSuffix(" ")
        else { return s }
        return "\"" + s.replacingAll("\"", "\"\"") + "\""
    }

    /// A whole or decimal number, maybe negative: what a spreadsheet reads as a number, never as a formula.
    static func isPlainNumber(_ s: String) -> Bool {
        var digits = s.unicodeScalars.dropFirst(s.hasPrefix("-") || s.hasPrefix("+") ? 1 : 0)
        guard !digits.isEmpty else { return false }
        var dot = false
        while let c = digits.popFirst() {
            if c == "." && !dot { dot = true; continue }
            guard c.properties.numericType == .decimal, c.isASCII else { return false }
        }
        return true
    }

    /// A field as written with `quote`'s formula guard, without it: `'=SUM(A1)` reads back as `=SUM(A1)`.
    static func unescapedFormula(_ s: String) -> String {
        guard s.hasPrefix("'"), let next = s.unicodeScalars.dropFirst().first, "=+-@\t\r".unicodeScalars.contains(next) else { return s }
        return String(s.dropFirst())
    }
}
