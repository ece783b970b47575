/// A horizontal run of cells to write, starting at a whole-grid position.
public struct CanvasRun: Hashable, Sendable {
    public var x: Int
    public var y: Int
    /// Cells from `x` on; continuation cells are included (they are never drawn themselves).
    public var cells: [Cell]
}

/// Finds what changed between two frames, so a backend writes only those cells.
public enum CanvasDiff {
    /// Runs of cells in `new` that differ from `old`; every row when there is no comparable
    /// old frame. A run never starts on the right half of a wide character.
    public static func runs(from old: Canvas?, to new: Canvas) -> [CanvasRun] {
        let width = new.fullSize.width
        var runs: [CanvasRun] = []
        guard let old, old.fullSize == new.fullSize else {
            for row in 0..<new.fullSize.height {
                let cells = Array(new.cells[(row * width)..<((row + 1) * width)])
                if !cells.isEmpty { runs.append(CanvasRun(x: 0, y: row, cells: cells)) }
            }
            return runs
        }
        for row in 0..<new.fullSize.height {
            let base = row * width
            var column = 0
            while column < width {
                if old.cells[base + column] == new.cells[base + column] {
                    column += 1
                    continue
                }
                var start = column
                if new.cells[base + start].isContinuation && start > 0 { start -= 1 }
                var end = column + 1
                while end < width && old.cells[base + end] != new.cells[base + end] { end += 1 }
                // Keep a wide character whole when the run ends on its left half.
                if end < width && new.cells[base + end - 1].width == 2 { end += 1 }
                runs.append(CanvasRun(x: start, y: row, cells: Array(new.cells[(base + start)..<(base + end)])))
                column = end
            }
        }
        return runs
    }

    /// How many cells the runs rewrite.
    public static func cellCount(_ runs: [CanvasRun]) -> Int {
        runs.reduce(0) { $0 + $1.cells.count }
    }
}
