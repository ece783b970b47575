import TerminalKit

/// The `:` palette: a query line and the commands that match it, best first, each with its key.
enum PaletteOverlay {
    static func render(_ state: PaletteState, entries: [PaletteEntry], ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let width = min(area.width - 2, 70), height = min(area.height - 2, 16)
        guard width > 10, height > 4 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: height)
        canvas.fill(box, style: "normal")
        canvas.drawBox(box, glyphs: ctx.glyphs)
        canvas.put(" " + ctx.text("palette.title") + " ", x: box.x + 2, y: box.y, style: "header")
        let inner = box.insetBy(dx: 2, dy: 1)
        let used = canvas.put(": ", x: inner.x, y: inner.y, style: "focus")
        state.field.render(into: &canvas, x: inner.x + used, y: inner.y, width: inner.width - used, style: "normal", focused: true)
        let shown = state.matches(entries)
        let rows = inner.height - 1
        let first = max(0, state.selected - rows + 1)
        for (i, entry) in shown.dropFirst(first).prefix(rows).enumerated() {
            let y = inner.y + 1 + i
            let selected = first + i == state.selected
            let style: StyleName = selected ? "selection" : (entry.available ? "normal" : "muted")
            canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            let keys = entry.keys.first?.spelling ?? ""
            let keyWidth = DisplayWidth.of(keys)
            canvas.put(entry.title, x: inner.x + 1, y: y, style: style, maxWidth: inner.width - keyWidth - 3)
            canvas.put(keys, x: inner.maxX - keyWidth - 1, y: y, style: selected ? "selection" : "hint.key")
        }
        if shown.isEmpty {
            canvas.put(ctx.text("palette.none"), x: inner.x + 1, y: inner.y + 1, style: "muted", maxWidth: inner.width - 1)
        }
    }
}
