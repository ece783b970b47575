import TerminalKit
import VillageBoardCore

/// The burn-down drawn in cells: one column of block characters per week gone (eighths of a cell from the glyph
/// set's sparks, so the ASCII set draws it too), then, up to the deadline, a dotted line from today's figure to zero:
/// the pace needed. The largest figure and 0 on the axis; the first day, today and the deadline under it. Shape,
/// not colour, carries the reading, so it holds in monochrome.
struct BurnDownPlot {
    var values: [Int]
    var days: [Day]
    var deadline: Day?

    init(_ b: BurnDown) {
        values = b.points.map(\.figures.households)
        days = b.points.map(\.day)
        deadline = b.deadline
    }

    /// Draws into `area` (at least 3 lines: the bars, the axis line, the days). Returns how many points were shown.
    @discardableResult
    func draw(into canvas: inout Canvas, area: Rect, glyphs: GlyphSet) -> Int {
        guard area.height >= 3, area.width >= 8, !values.isEmpty, let today = days.last else { return 0 }
        let top = max(1, values.max() ?? 1)
        let axis = max(String(top).count, 1)
        let room = max(1, area.width - axis - 1)
        // Weeks from today to the deadline, drawn as the needed line when there is room beside the weeks gone.
        let ahead = deadline.map { today < $0 ? (today.days(until: $0) + 6) / 7 : 0 } ?? 0
        let shown = min(values.count, room)
        let future = values.last ?? 0 > 0 ? min(ahead, room - shown) : 0
        let from = values.count - shown
        let rows = area.height - 2
        let eighths = rows * 8
        func height(_ value: Int) -> Int { value <= 0 ? 0 : max(1, (value * eighths + top - 1) / top) }
        canvas.put(DisplayWidth.pad(String(top), to: axis, alignment: .right), x: area.x, y: area.y, style: "muted")
        canvas.put(DisplayWidth.pad("0", to: axis, alignment: .right), x: area.x, y: area.y + rows - 1, style: "muted")
        for r in 0..<rows { canvas.put(glyphs.vertical, x: area.x + axis, y: area.y + r, style: "chart.axis") }
        canvas.put(glyphs.bottomLeft, x: area.x + axis, y: area.y + rows, style: "chart.axis")
        canvas.drawHorizontalLine(x: area.x + axis + 1, y: area.y + rows, width: shown + future, glyphs: glyphs, style: "chart.axis")
        let left = area.x + axis + 1
        for (i, value) in values[from...].enumerated() {
            // Rounded up: a week with one household left never looks like zero.
            let h = height(value)
            for r in 0..<rows {
                let filled = h - (rows - 1 - r) * 8
                guard filled > 0 else { continue }
                canvas.put(glyphs.sparks[min(8, filled) - 1], x: left + i, y: area.y + r, style: "chart.bar")
            }
        }
        if future > 0, let now = values.last {
            for j in 1...future {
                let needed = now - now * j / future
                let h = height(needed)
                let r = h == 0 ? rows - 1 : rows - 1 - (h - 1) / 8
                canvas.put(glyphs.bullet, x: left + shown - 1 + j, y: area.y + r, style: "chart.axis")
            }
        }
        // Under the axis: the first day, today, and the deadline at the end of the needed line.
        let dayLine = area.y + rows + 1
        var labels: [(x: Int, text: String)] = [(left, days[from].iso)]
        if shown > 1 { labels.append((left + shown - 1, today.iso)) }
        if future > 0, let deadline { labels.append((left + shown - 1 + future - DisplayWidth.of(deadline.iso) + 1, deadline.iso)) }
        var free = left
        // A date that would overlap the one before it is left out rather than moved away from its column.
        for label in labels where label.x >= free && label.x + DisplayWidth.of(label.text) <= area.maxX {
            canvas.put(label.text, x: label.x, y: dayLine, style: "muted")
            free = label.x + DisplayWidth.of(label.text) + 1
        }
        return shown
    }
}
