/// Where text sits in a wider space.
public enum TextAlignment: Hashable, Sendable {
    case left
    case right
    case center
}
