import TerminalKit

/// The `?` overlay: every key of the current screen and the global ones, with why a key is unavailable.
enum HelpOverlay {
    static func render(bindings: [KeyBinding], ctx: ScreenContext, scroll: Int, into canvas: inout Canvas, area: Rect) {
        let width = min(area.width - 2, 76), height = min(area.height - 2, bindings.count + 4)
        guard width > 10, height > 4 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        canvas.fill(box, style: "normal")
        canvas.drawBox(box, glyphs: ctx.glyphs)
        canvas.put(" " + ctx.text("help.title") + " ", x: box.x + 2, y: box.y, style: "header")
        let inner = box.insetBy(dx: 2, dy: 1)
        let keyWidth = min(18, inner.width / 3)
        let rows = inner.height - 1
        let first = min(scroll, max(0, bindings.count - rows))
        for (i, b) in bindings.dropFirst(first).prefix(rows).enumerated() {
            let y = inner.y + i
            let keys = b.keys.map(\.spelling).joined(separator: " ")
            canvas.put(DisplayWidth.truncate(keys, to: keyWidth), x: inner.x, y: y, style: "hint.key")
            var text = ctx.text(b.help)
            if let reason = b.disabledReason { text += " — " + ctx.text(reason) }
            canvas.put(text, x: inner.x + keyWidth + 1, y: y, style: b.disabledReason == nil ? "normal" : "muted",
                       maxWidth: inner.width - keyWidth - 1)
        }
        canvas.put(ctx.text("help.close"), x: inner.x, y: inner.maxY - 1, style: "muted", maxWidth: inner.width)
    }
}
