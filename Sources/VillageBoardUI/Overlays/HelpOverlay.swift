import TerminalKit
import VillageBoardText

/// The `?` overlay: every key of the current screen, then the global ones, with why a key is unavailable.
/// A key the screen takes first is not listed again under the global keys.
enum HelpOverlay {
    /// The overlay's own keys (any other key closes it).
    static let bindings: [KeyBinding] = StandardBindings.movement.filter { ![.left, .right].contains($0.action) }
        + [KeyBinding([.escape, .char("q"), .char("?")], .back, "overlay.close")]

    /// One line of the overlay: a section heading or a binding with the keys that still reach it.
    enum Row {
        case heading(TextKey)
        case binding(KeyBinding, keys: [Key])
    }

    /// The rows for the bindings in force (the screen's, then the global ones).
    static func rows(_ bindings: [KeyBinding]) -> [Row] {
        var taken = Set<Key>()
        var screen: [Row] = [], global: [Row] = []
        for b in bindings {
            let keys = b.keys.filter { !taken.contains($0) }
            taken.formUnion(b.keys)
            guard !keys.isEmpty else { continue }
            let isGlobal = StandardBindings.global.contains { $0.action == b.action && $0.keys == b.keys }
            if isGlobal { global.append(.binding(b, keys: keys)) } else { screen.append(.binding(b, keys: keys)) }
        }
        var out: [Row] = []
        if !screen.isEmpty { out += [.heading("help.section.screen")] + screen }
        if !global.isEmpty { out += [.heading("help.section.global")] + global }
        return out
    }

    /// The box the overlay takes in an area.
    static func box(rows: Int, area: Rect) -> Rect {
        let width = min(area.width - 2, 76), height = min(area.height - 2, rows + 3)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    }

    /// How many lines of bindings fit in the box.
    static func visibleRows(rows: Int, area: Rect) -> Int { max(0, box(rows: rows, area: area).height - 3) }

    /// The furthest the list can scroll in an area.
    static func maxScroll(bindings: [KeyBinding], area: Rect) -> Int {
        let count = rows(bindings).count
        return max(0, count - visibleRows(rows: count, area: area))
    }

    static func render(bindings: [KeyBinding], ctx: ScreenContext, scroll: Int, into canvas: inout Canvas, area: Rect) {
        let rows = rows(bindings)
        let box = box(rows: rows.count, area: area)
        guard box.width > 10, box.height > 4 else { return }
        canvas.fill(box, style: "normal")
        canvas.drawBox(box, glyphs: ctx.glyphs)
        canvas.put(" " + ctx.text("help.title") + " ", x: box.x + 2, y: box.y, style: "header", maxWidth: box.width - 4)
        let inner = box.insetBy(dx: 2, dy: 1)
        let keyWidth = min(18, inner.width / 3)
        let visible = visibleRows(rows: rows.count, area: area)
        let first = min(scroll, max(0, rows.count - visible))
        for (i, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = inner.y + i
            switch row {
            case .heading(let key):
                canvas.put(DisplayWidth.truncate(ctx.text(key), to: inner.width), x: inner.x, y: y, style: "title", maxWidth: inner.width)
            case .binding(let b, let keys):
                let spelled = keys.map(\.spelling).joined(separator: " ")
                canvas.put(DisplayWidth.truncate(spelled, to: keyWidth), x: inner.x, y: y, style: "hint.key")
                var text = ctx.text(b.help)
                if let reason = b.disabledReason { text += " — " + ctx.text(reason) }
                canvas.put(text, x: inner.x + keyWidth + 1, y: y, style: b.disabledReason == nil ? "normal" : "muted",
                           maxWidth: inner.width - keyWidth - 1)
            }
        }
        let hidden = rows.count - first - visible
        let footer = hidden > 0 ? ctx.text("help.more", hidden) + "  " + ctx.text("help.close") : ctx.text("help.close")
        canvas.put(footer, x: inner.x, y: inner.maxY - 1, style: "muted", maxWidth: inner.width)
    }
}
