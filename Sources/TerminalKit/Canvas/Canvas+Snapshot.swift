extension Canvas {
    /// The current region as text, one string per row; the right halves of wide characters are
    /// omitted so each line reads naturally (and is exactly `size.width` columns wide).
    public func lines() -> [String] {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width {
                let cell = self[column, row]
                if column == 0 && cell.isContinuation {
                    line += " "  // the left half lies outside the region
                } else if !cell.isContinuation {
                    line += cell.grapheme
                }
            }
            return line
        }
    }

    /// One string per row with one character per column, naming each cell's style through
    /// `legend`; styles missing from the legend show as `other`. For tests of styling.
    public func styleLines(_ legend: [StyleName: Character], other: Character = "?") -> [String] {
        (0..<size.height).map { row in
            String((0..<size.width).map { column in legend[self[column, row].style] ?? other })
        }
    }

    /// A copy of this canvas at another size: what fits is kept, the rest is blank. Used when a
    /// frame drawn for the old size meets a terminal that has just been resized.
    public func resized(to newSize: Size) -> Canvas {
        var result = Canvas(size: newSize)
        let columns = min(fullSize.width, result.fullSize.width)
        for row in 0..<min(fullSize.height, result.fullSize.height) {
            var column = 0
            while column < columns {
                let cell = cells[row * fullSize.width + column]
                if cell.isContinuation {
                    column += 1
                    continue
                }
                result.store(cell, column: column, row: row)
                column += max(1, cell.width)
            }
        }
        if let cursor = absoluteCursor, cursor.x < newSize.width, cursor.y < newSize.height {
            result.absoluteCursor = cursor
        }
        return result
    }
}
