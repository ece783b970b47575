import TerminalKit

/// A column of a table: its header, width in display columns, and alignment.
public struct TableColumn: Sendable {
    public var title: String
    public var width: Int
    public var alignment: TextAlignment
    public init(_ title: String, width: Int, alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One drawn cell: text and style.
public struct TableCell: Sendable {
    public var text: String
    public var style: StyleName
    public init(_ text: String, style: StyleName = .normal) {
        self.text = text
        self.style = style
    }
}

/// Draws a header and only the visible rows of a table; rows are produced on demand by index,
/// so the cost of a frame depends on the window's height, not the list's length.
public enum Table {
    /// Draws into `area`: header on the first line, then rows `window` from `cell(row, column)`.
    public static func render(columns: [TableColumn], window: Range<Int>, selected: Int?, into canvas: inout Canvas,
                              area: Rect, sortColumn: Int? = nil, sortAscending: Bool = true,
                              cell: (Int, Int) -> TableCell) {
        guard area.height > 0, area.width > 0 else { return }
        var x = area.x
        canvas.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: "header")
        // A column too narrow to show even its header whole is left out whole, never cut (its figures would be too).
        let drawn = columns.indices.map { i in
            let x = area.x + columns[..<i].reduce(0) { $0 + $1.width + 1 }
            let room = area.maxX - x
            return room >= columns[i].width || room > DisplayWidth.of(columns[i].title)
        }
        for (i, col) in columns.enumerated() where x < area.maxX && drawn[i] {
            // The sort arrow is never what gets cut: a title too long for its column gives way to it.
            let arrow = i == sortColumn ? (sortAscending ? "↑" : "↓") : ""
            let w = min(col.width, area.maxX - x)
            let title = DisplayWidth.truncate(col.title, to: w - DisplayWidth.of(arrow)) + arrow
            canvas.put(DisplayWidth.fit(title, to: w, alignment: col.alignment), x: x, y: area.y, style: "header", maxWidth: w)
            x += col.width + 1
        }
        for (line, row) in window.enumerated() {
            let y = area.y + 1 + line
            guard y < area.maxY else { break }
            let isSelected = row == selected
            if isSelected { canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: "selection") }
            var cx = area.x
            for (i, col) in columns.enumerated() where cx < area.maxX && drawn[i] {
                let c = cell(row, i)
                let w = min(col.width, area.maxX - cx)
                let style: StyleName = isSelected ? c.style.layered(with: "selection") : c.style
                canvas.put(DisplayWidth.fitCell(c.text, to: w, alignment: col.alignment), x: cx, y: y, style: style, maxWidth: w)
                cx += col.width + 1
            }
        }
    }
}
