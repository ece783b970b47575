/// A rectangle of cells: `x`, `y` is the top-left cell; `width` and `height` count cells.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// A rectangle at the origin covering `size`.
    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var size: Size { Size(width: width, height: height) }
    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The overlap of two rectangles; empty (zero size) when they do not meet.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(x: left, y: top, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Shrinks every side by `dx` columns and `dy` rows, never below zero size.
    public func insetBy(dx: Int, dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: max(0, width - 2 * dx), height: max(0, height - 2 * dy))
    }

    /// Splits off the top `rows` rows: (the slice, what remains below it).
    public func sliceTop(_ rows: Int) -> (slice: Rect, remainder: Rect) {
        let taken = min(max(0, rows), max(0, height))
        return (Rect(x: x, y: y, width: width, height: taken),
                Rect(x: x, y: y + taken, width: width, height: max(0, height - taken)))
    }

    /// Splits off the bottom `rows` rows: (the slice, what remains above it).
    public func sliceBottom(_ rows: Int) -> (slice: Rect, remainder: Rect) {
        let taken = min(max(0, rows), max(0, height))
        return (Rect(x: x, y: maxY - taken, width: width, height: taken),
                Rect(x: x, y: y, width: width, height: max(0, height - taken)))
    }

    /// Splits off the left `columns` columns: (the slice, what remains to its right).
    public func sliceLeft(_ columns: Int) -> (slice: Rect, remainder: Rect) {
        let taken = min(max(0, columns), max(0, width))
        return (Rect(x: x, y: y, width: taken, height: height),
                Rect(x: x + taken, y: y, width: max(0, width - taken), height: height))
    }

    /// Splits off the right `columns` columns: (the slice, what remains to its left).
    public func sliceRight(_ columns: Int) -> (slice: Rect, remainder: Rect) {
        let taken = min(max(0, columns), max(0, width))
        return (Rect(x: maxX - taken, y: y, width: taken, height: height),
                Rect(x: x, y: y, width: max(0, width - taken), height: height))
    }

    public var description: String { "(\(x),\(y) \(width)×\(height))" }
}
