import TerminalKit
import VillageBoardCore

/// The burn-down drawn in cells: one column of block characters per week (eighths of a cell from the glyph set's
/// sparks, so the ASCII set draws it too), the largest figure on the axis, the first and last day under it.
/// Shape, not colour, carries the reading, so it holds in monochrome.
struct BurnDownPlot {
    var values: [Int]
    var days: [Day]

    init(_ b: BurnDown) {
        values = b.points.map(\.figures.households)
        days = b.points.map(\.day)
    }

    /// How many weeks fit at one column each (older weeks drop off the left).
    static func columns(for width: Int, axis: Int) -> Int { max(1, width - axis - 1) }

    /// Draws into `area` (at least 3 lines: the bars, the axis line, the days). Returns how many points were shown.
    @discardableResult
    func draw(into canvas: inout Canvas, area: Rect, glyphs: GlyphSet) -> Int {
        guard area.height >= 3, area.width >= 8, !values.isEmpty else { return 0 }
        let top = max(1, values.max() ?? 1)
        let axis = max(String(top).count, 1)
        let room = Self.columns(for: area.width, axis: axis)
        // Each week gets the same width: up to three cells, at least one.
        let each = max(1, min(3, room / values.count))
        let shown = min(values.count, room / each)
        let from = values.count - shown
        let rows = area.height - 2
        let eighths = rows * 8
        canvas.put(DisplayWidth.pad(String(top), to: axis, alignment: .right), x: area.x, y: area.y, style: "muted")
        canvas.put(DisplayWidth.pad("0", to: axis, alignment: .right), x: area.x, y: area.y + rows - 1, style: "muted")
        for r in 0..<rows { canvas.put(glyphs.vertical, x: area.x + axis, y: area.y + r, style: "chart.axis") }
        canvas.put(glyphs.bottomLeft, x: area.x + axis, y: area.y + rows, style: "chart.axis")
        canvas.drawHorizontalLine(x: area.x + axis + 1, y: area.y + rows, width: shown * each, glyphs: glyphs, style: "chart.axis")
        for (i, value) in values[from...].enumerated() {
            // Rounded up: a week with one household left never looks like zero.
            let height = value <= 0 ? 0 : max(1, (value * eighths + top - 1) / top)
            let x = area.x + axis + 1 + i * each
            for r in 0..<rows {
                let filled = height - (rows - 1 - r) * 8
                guard filled > 0 else { continue }
                let glyph = glyphs.sparks[min(8, filled) - 1]
                canvas.put(String(repeating: glyph, count: each), x: x, y: area.y + r, style: "chart.bar")
            }
        }
        let first = days[from].iso, last = days[days.count - 1].iso
        let dayLine = area.y + rows + 1
        canvas.put(first, x: area.x + axis + 1, y: dayLine, style: "muted", maxWidth: area.width - axis - 1)
        let lastX = area.x + axis + 1 + max(DisplayWidth.of(first) + 2, shown * each - DisplayWidth.of(last))
        if shown > 1, lastX + DisplayWidth.of(last) <= area.maxX {
            canvas.put(last, x: lastX, y: dayLine, style: "muted")
        }
        return shown
    }
}
