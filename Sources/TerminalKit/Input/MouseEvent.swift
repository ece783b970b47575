/// Which button a mouse event is about.
public enum MouseButton: String, Hashable, Sendable {
    case left
    case middle
    case right
    case wheelUp
    case wheelDown
    case release
    case other
}

/// A mouse click or wheel step at a screen cell (only when mouse reporting is on).
public struct MouseEvent: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var button: MouseButton

    public init(x: Int, y: Int, button: MouseButton) {
        self.x = x
        self.y = y
        self.button = button
    }
}
