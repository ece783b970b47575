/// A grid of cells that screens draw into; a `Terminal` presents it.
///
/// A value type: drawing never touches the terminal, so every screen can be tested by reading
/// the canvas back as text. Coordinates are relative to the current region (the whole canvas
/// unless inside `withRegion`), and drawing is clipped to that region.
public struct Canvas: Sendable {
    /// The size of the whole grid.
    public let fullSize: Size
    /// Row-major cells of the whole grid.
    var cells: [Cell]
    /// The current region, in whole-grid coordinates; always inside the grid.
    var region: Rect
    /// The caret, in whole-grid coordinates.
    var absoluteCursor: (x: Int, y: Int)?

    /// A canvas of blank cells in the "normal" style; negative sizes are treated as zero.
    public init(width: Int, height: Int) {
        let size = Size(width: max(0, width), height: max(0, height))
        fullSize = size
        cells = Array(repeating: .blank(), count: size.width * size.height)
        region = Rect(size: size)
    }

    public init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    /// The size of the current region (the whole canvas outside `withRegion`).
    public var size: Size { region.size }

    /// Where the real cursor should sit (the caret of the focused text field), relative to the
    /// current region; nil hides it. An input method's candidate window follows it.
    public var cursor: (x: Int, y: Int)? {
        get { absoluteCursor.map { (x: $0.x - region.x, y: $0.y - region.y) } }
        set { absoluteCursor = newValue.map { (x: $0.x + region.x, y: $0.y + region.y) } }
    }

    /// The cell at a position in the current region; a blank cell outside it.
    public subscript(x: Int, y: Int) -> Cell {
        let column = region.x + x
        let row = region.y + y
        guard x >= 0, y >= 0, x < region.width, y < region.height else { return .blank() }
        return cells[row * fullSize.width + column]
    }

    /// Writes `text` at (x, y) and returns how many columns the caret advanced.
    ///
    /// The text is sanitised (controls become visible placeholders). It is clipped at the region's
    /// edges and after `maxWidth` columns; a wide character that would straddle such an edge is
    /// drawn as a space. Zero-width characters with nothing to attach to are dropped.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, style: StyleName = .normal, maxWidth: Int? = nil
    ) -> Int {
        let row = region.y + y
        guard y >= 0, y < region.height else { return 0 }
        let start = region.x + x
        var limit = region.maxX
        if let maxWidth { limit = min(limit, start + max(0, maxWidth)) }
        var column = start
        let safe = Sanitizer.sanitize(text)
        for character in safe {
            if column >= limit { break }
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if column + width > limit {
                // Straddles the right edge: the part that fits becomes blank.
                for blankColumn in max(column, region.x)..<limit {
                    store(.blank(style), column: blankColumn, row: row)
                }
                column = limit
                break
            }
            if column < region.x {
                // Starts left of the region: whatever part lies inside becomes blank.
                if column + width > region.x {
                    for blankColumn in region.x..<(column + width) {
                        store(.blank(style), column: blankColumn, row: row)
                    }
                }
                column += width
                continue
            }
            let glyph = width == 1 && character.unicodeScalars.count == 1
                ? String(character) : DisplayWidth.drawnForm(of: character)
            store(Cell(grapheme: glyph, width: width, style: style), column: column, row: row)
            column += width
        }
        return column - start
    }

    /// Fills `rect` (clipped to the region) with `character` in `style`.
    public mutating func fill(_ rect: Rect, style: StyleName = .normal, character: Character = " ") {
        let area = absolute(rect)
        guard !area.isEmpty else { return }
        let glyph = DisplayWidth.of(character) == 1 ? DisplayWidth.drawnForm(of: character) : " "
        let cell = Cell(grapheme: glyph, width: 1, style: style)
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                store(cell, column: column, row: row)
            }
        }
    }

    /// Changes the style of the cells in `rect` (clipped to the region), keeping their text.
    public mutating func applyStyle(_ style: StyleName, in rect: Rect) {
        let area = absolute(rect)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                cells[row * fullSize.width + column].style = style
            }
        }
        // A wide character cut by the rectangle keeps one style for both halves.
        for row in area.y..<area.maxY {
            let left = row * fullSize.width + area.x
            if cells[left].isContinuation, area.x > 0 { cells[left - 1].style = style }
            let right = row * fullSize.width + area.maxX - 1
            if cells[right].width == 2, area.maxX < fullSize.width { cells[right + 1].style = style }
        }
    }

    /// Blanks the current region in the "normal" style; on the whole canvas also hides the cursor.
    public mutating func clear() {
        fill(Rect(size: size))
        if region == Rect(size: fullSize) { absoluteCursor = nil }
    }

    /// Runs `body` with drawing confined to `rect` (relative to the current region), whose
    /// top-left becomes (0, 0). Everything drawn outside `rect` is clipped.
    @discardableResult
    public mutating func withRegion<Result>(
        _ rect: Rect, _ body: (inout Canvas) throws -> Result
    ) rethrows -> Result {
        let saved = region
        region = absolute(rect)
        defer { region = saved }
        return try body(&self)
    }

    /// `rect` moved into whole-grid coordinates and clipped to the current region.
    func absolute(_ rect: Rect) -> Rect {
        Rect(x: rect.x + region.x, y: rect.y + region.y, width: rect.width, height: rect.height)
            .intersection(region)
    }

    /// Stores a cell of width 1 or 2 at a whole-grid position, keeping wide characters whole:
    /// overwriting either half of a wide character blanks the other half.
    mutating func store(_ cell: Cell, column: Int, row: Int) {
        guard row >= 0, row < fullSize.height, column >= 0, column < fullSize.width else { return }
        var cell = cell
        if cell.width == 2 && column + 1 >= fullSize.width { cell = .blank(cell.style) }
        let index = row * fullSize.width + column
        detachWide(at: index, column: column)
        if cell.width == 2 {
            detachWide(at: index + 1, column: column + 1)
            cells[index + 1] = .continuation(cell.style)
        }
        cells[index] = cell
    }

    /// Blanks the partner of a wide character about to lose one of its halves.
    private mutating func detachWide(at index: Int, column: Int) {
        let existing = cells[index]
        if existing.isContinuation {
            if column > 0 { cells[index - 1] = .blank(cells[index - 1].style) }
            cells[index] = .blank(existing.style)
        } else if existing.width == 2, column + 1 < fullSize.width {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
    }
}

extension Canvas: Equatable {
    public static func == (lhs: Canvas, rhs: Canvas) -> Bool {
        lhs.fullSize == rhs.fullSize && lhs.cells == rhs.cells && lhs.region == rhs.region
            && lhs.absoluteCursor?.x == rhs.absoluteCursor?.x
            && lhs.absoluteCursor?.y == rhs.absoluteCursor?.y
    }
}
