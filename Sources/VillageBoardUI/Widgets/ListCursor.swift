/// The selected row and the first visible row of a long list: moves in O(1) whatever the list's length,
/// so a list of 100,000 rows scrolls as fast as one of ten.
public struct ListCursor: Hashable, Sendable {
    public private(set) var selected = 0
    public private(set) var offset = 0
    public private(set) var count = 0

    public init(count: Int = 0) { self.count = max(0, count) }

    /// The list changed length: keep the selection inside it.
    public mutating func setCount(_ n: Int) {
        count = max(0, n)
        selected = min(selected, max(0, count - 1))
        offset = min(offset, max(0, count - 1))
    }

    public mutating func select(_ index: Int) { selected = min(max(0, index), max(0, count - 1)) }

    /// Moves by `delta` rows (PgDn passes the page height).
    public mutating func move(_ delta: Int) { select(selected + delta) }
    public mutating func toTop() { select(0) }
    public mutating func toBottom() { select(count - 1) }

    /// Scrolls so the selection is visible in a window of `rows` rows; returns the visible range.
    public mutating func visibleRange(rows: Int) -> Range<Int> {
        guard rows > 0, count > 0 else { return 0..<0 }
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        offset = min(offset, max(0, count - rows))
        return offset..<min(count, offset + rows)
    }

    /// The visible range without changing the offset (for drawing from a non-mutating render).
    public func window(rows: Int) -> Range<Int> {
        var copy = self
        return copy.visibleRange(rows: rows)
    }

    /// Applies a movement action; returns false for actions that are not movement.
    public mutating func handle(_ action: Action, page: Int) -> Bool {
        switch action {
        case .up: move(-1)
        case .down: move(1)
        case .pageUp: move(-max(1, page))
        case .pageDown: move(max(1, page))
        case .top: toTop()
        case .bottom: toBottom()
        default: return false
        }
        return true
    }
}
