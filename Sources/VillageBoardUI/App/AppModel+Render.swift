import TerminalKit
import VillageBoardCore
import VillageBoardText

extension AppModel {
    /// Draws the whole frame: header, the top screen, the status line, the key-hint bar, and any overlay.
    public func render(into canvas: inout Canvas) {
        canvas.clear()
        let size = canvas.size
        guard size.width > 0, size.height > 0 else { return }
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (headerRow, rest) = full.sliceTop(1)
        let (hintRow, middle) = rest.sliceBottom(1)
        let (statusRow, body) = middle.sliceBottom(1)
        renderHeader(into: &canvas, area: headerRow)
        if !body.isEmpty {
            canvas.withRegion(body) { region in
                top.render(ctx, into: &region, area: Rect(x: 0, y: 0, width: body.width, height: body.height))
            }
        }
        renderStatus(into: &canvas, area: statusRow)
        renderHints(into: &canvas, area: hintRow)
        switch overlay {
        case .help(let scroll): HelpOverlay.render(bindings: bindings, ctx: ctx, scroll: scroll, into: &canvas, area: full)
        case .palette(let state): PaletteOverlay.render(state, entries: paletteEntries(), ctx: ctx, into: &canvas, area: full)
        case nil: break
        }
    }

    /// "村级作战图 白山市 › 靖宇县 › 三道湖镇" on the left; user, role and read-only on the right.
    func renderHeader(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        canvas.fill(area, style: "header")
        var right = ""
        if let user = ctx.user { right = "\(user.name) · \(ctx.text.name(user.role))" }
        if ctx.readOnly { right += (right.isEmpty ? "" : "  ") + "[\(ctx.text("app.readOnly"))]" }
        let rightWidth = min(DisplayWidth.of(right), max(0, area.width / 2))
        let crumbs = stack.map { $0.title(ctx) }.filter { !$0.isEmpty }.joined(separator: " › ")
        let left = ctx.text("app.title") + "  " + crumbs
        canvas.put(DisplayWidth.truncate(left, to: max(0, area.width - rightWidth - 3)), x: area.x + 1, y: area.y,
                   style: "header")
        if rightWidth > 0 {
            canvas.put(DisplayWidth.truncate(right, to: rightWidth), x: area.maxX - rightWidth - 1, y: area.y, style: "header")
        }
    }

    /// The prompt being typed, or the last message.
    func renderStatus(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        if let prompt {
            let label = prompt.label + " "
            let used = canvas.put(label, x: area.x, y: area.y, style: "focus", maxWidth: area.width)
            prompt.field.render(into: &canvas, x: area.x + used, y: area.y, width: max(0, area.width - used),
                                style: "normal", focused: true)
        } else if let status {
            // A message too long for the line ends with "…", never mid-word without a sign.
            canvas.put(DisplayWidth.truncate(status.text, to: area.width - 1), x: area.x + 1, y: area.y,
                       style: status.isError ? "error" : "status.cleared")
        } else if let banner = unverifiedBanner {
            // Lasting: whenever no message holds the line, it says again that some changes are unverified.
            canvas.put(DisplayWidth.truncate(banner, to: area.width - 1), x: area.x + 1, y: area.y, style: "warning")
        }
    }

    /// "日志被改动：laptop-a 第 12 行起的 3 处修改未经核验（标 ⚠）", while a journal's hash chain is broken.
    var unverifiedBanner: String? {
        guard let first = ctx.unverified.breaks.first else { return nil }
        return ctx.text("truth.unverifiedBanner", first.laptop, first.line, ctx.unverified.operations.count)
    }

    /// A hint's width on the bar: its key, a space, its words and two spaces after.
    private func hintWidth(_ b: KeyBinding) -> Int {
        DisplayWidth.of(b.keys.first?.spelling ?? "") + 1 + DisplayWidth.of(ctx.text(b.help.short)) + 2
    }

    /// "Enter 进入  Esc 返回  / 搜索 …" from the bindings marked for the hint bar.
    func renderHints(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        canvas.fill(area, style: "footer")
        // While a prompt holds the status line, its complaint ("a reason is required") takes the hint bar.
        if prompt != nil, let status, status.isError {
            canvas.put(status.text, x: area.x + 1, y: area.y, style: "error", maxWidth: area.width - 1)
            return
        }
        let hints = bindings.filter { $0.showInHints && !$0.keys.isEmpty && ($0.action != .search || top.canSearch) }
        let width = hints.map(hintWidth)
        // When the screen's own keys do not all fit, the two a lost user needs (help and quit) keep their place and
        // the others fill what is left, in order: cutting at the end would drop "q 退出" first.
        var shown = Set(hints.indices)
        if width.reduce(0, +) > area.width - 1 {
            let kept = Set(hints.indices.filter { [.help, .quit].contains(hints[$0].action) })
            var room = area.width - 1 - kept.map { width[$0] }.reduce(0, +)
            shown = kept
            for i in hints.indices where !kept.contains(i) && width[i] <= room {
                shown.insert(i)
                room -= width[i]
            }
        }
        var x = area.x + 1
        for (i, b) in hints.enumerated() where shown.contains(i) {
            guard let key = b.keys.first, x + width[i] <= area.maxX else { continue }
            x += canvas.put(key.spelling, x: x, y: area.y, style: b.disabledReason == nil ? "hint.key" : "muted")
            x += 1
            x += canvas.put(ctx.text(b.help.short), x: x, y: area.y, style: b.disabledReason == nil ? "hint.text" : "muted")
            x += 2
        }
    }
}
