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
        for (i, col) in columns.enumerated() where x < area.maxX {
            var title = col.title
            if i == sortColumn { title += sortAscending ? "↑" : "↓" }
            let w = min(col.width, area.maxX - x)
            canvas.put(DisplayWidth.fit(title, to: w, alignment: col.alignment), x: x, y: area.y, style: "header", maxWidth: w)
            x += col.width + 1
        }
        for (line, row) in window.enumerated() {
            let y = area.y + 1 + line
            guard y < area.maxY else { break }
            let isSelected = row == selected
            if isSelected { canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: "selection") }
            var cx = area.x
            for (i, col) in columns.enumerated() where cx < area.maxX {
                let c = cell(row, i)
                let w = min(col.width, area.maxX - cx)
                let style: StyleName = isSelected ? c.style.layered(with: "selection") : c.style
                canvas.put(DisplayWidth.fit(c.text, to: w, alignment: col.alignment), x: cx, y: y, style: style, maxWidth: w)
                cx += col.width + 1
            }
        }
    }
}
