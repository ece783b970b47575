/// The name of one piece of user-visible text, looked up in each language's catalogue.
public struct TextKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let raw: String
    public init(_ raw: String) { self.raw = raw }
    public init(stringLiteral value: String) { raw = value }
    public var description: String { raw }
}
