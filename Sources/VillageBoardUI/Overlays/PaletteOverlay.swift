import TerminalKit

/// The `:` palette: a query line and the commands that match it, best first, each with its number and key.
enum PaletteOverlay {
    static func box(area: Rect) -> Rect {
        let width = min(area.width - 2, 70), height = min(area.height - 2, 16)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: height)
    }

    /// How many entries fit under the query line and above the hint line.
    static func visibleRows(area: Rect) -> Int { max(1, box(area: area).height - 4) }

    static func render(_ state: PaletteState, entries: [PaletteEntry], ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let box = box(area: area)
        guard box.width > 10, box.height > 4 else { return }
        canvas.fill(box, style: "normal")
        canvas.drawBox(box, glyphs: ctx.glyphs)
        canvas.put(" " + ctx.text("palette.title") + " ", x: box.x + 2, y: box.y, style: "header", maxWidth: box.width - 4)
        let inner = box.insetBy(dx: 2, dy: 1)
        let used = canvas.put(": ", x: inner.x, y: inner.y, style: "focus")
        state.field.render(into: &canvas, x: inner.x + used, y: inner.y, width: inner.width - used, style: "normal", focused: true)
        let shown = state.matches(entries)
        let rows = visibleRows(area: area)
        let first = state.firstShown(rows: rows)
        for (i, entry) in shown.dropFirst(first).prefix(rows).enumerated() {
            let y = inner.y + 1 + i
            let selected = first + i == state.selected
            let style: StyleName = selected ? "selection" : (entry.available ? "normal" : "muted")
            canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            let number = i < 9 ? "\(i + 1)" : " "
            canvas.put(number, x: inner.x, y: y, style: selected ? "selection" : "muted")
            let keys = entry.keys.first?.spelling ?? ""
            let keyWidth = DisplayWidth.of(keys)
            canvas.put(entry.title, x: inner.x + 2, y: y, style: style, maxWidth: inner.width - keyWidth - 4)
            canvas.put(keys, x: inner.maxX - keyWidth - 1, y: y, style: selected ? "selection" : "hint.key")
        }
        if shown.isEmpty {
            canvas.put(DisplayWidth.truncate(ctx.text("palette.none"), to: inner.width - 1), x: inner.x + 1, y: inner.y + 1, style: "muted", maxWidth: inner.width - 1)
        }
        canvas.put(DisplayWidth.truncate(ctx.text("palette.hint"), to: inner.width), x: inner.x, y: inner.maxY - 1, style: "muted", maxWidth: inner.width)
    }
}
