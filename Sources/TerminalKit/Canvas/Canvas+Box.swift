extension Canvas {
    /// Draws a frame along the edges of `rect` with the glyph set's box lines.
    public mutating func drawBox(_ rect: Rect, glyphs: GlyphSet, style: StyleName = "border") {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let inner = rect.width - 2
        let middle = String(repeating: glyphs.horizontal, count: inner)
        put(glyphs.topLeft + middle + glyphs.topRight, x: rect.x, y: rect.y, style: style)
        put(glyphs.bottomLeft + middle + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, style: style)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            put(glyphs.vertical, x: rect.x, y: row, style: style)
            put(glyphs.vertical, x: rect.maxX - 1, y: row, style: style)
        }
    }

    /// Draws a horizontal line `width` columns long.
    public mutating func drawHorizontalLine(x: Int, y: Int, width: Int, glyphs: GlyphSet, style: StyleName = "border") {
        guard width > 0 else { return }
        put(String(repeating: glyphs.horizontal, count: width), x: x, y: y, style: style)
    }
}
