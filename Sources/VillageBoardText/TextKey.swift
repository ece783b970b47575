/// The name of one piece of user-visible text, looked up in each language's catalogue.
///
/// Outside this target a key can only be written as a string literal (or come from the exhaustive switches of
/// `DomainKeys.swift`), so no key is put together at run time and the catalogue test can find every key in Sources.
public struct TextKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let raw: String
    init(_ raw: String) { self.raw = raw }
    public init(stringLiteral value: String) { raw = value }
    public var description: String { raw }

    /// The short form of a key-binding's help text (for the hint bar): the same key with `.short` after it.
    public var short: TextKey { TextKey(raw + ".short") }
}
