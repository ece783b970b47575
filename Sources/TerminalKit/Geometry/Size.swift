/// A width and height in terminal columns and rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public static let zero = Size(width: 0, height: 0)

    /// True when neither dimension is positive enough to hold a cell.
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// True when `other` fits inside this size.
    public func contains(_ other: Size) -> Bool { other.width <= width && other.height <= height }

    public var description: String { "\(width)×\(height)" }
}
