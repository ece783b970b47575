/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let italic = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let reverse = TextAttributes(rawValue: 1 << 4)
    public static let blink = TextAttributes(rawValue: 1 << 5)
    public static let standout = TextAttributes(rawValue: 1 << 6)

    /// Names as written in theme files, in a fixed order.
    public static let names: [(String, TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline),
        ("reverse", .reverse), ("blink", .blink), ("standout", .standout),
    ]

    public init?(name: String) {
        guard let match = Self.names.first(where: { $0.0 == name.lowercased() }) else { return nil }
        self = match.1
    }
}

/// How a style looks as a theme writes it: colours left nil come from the layer below.
public struct TextStyle: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var attributes: TextAttributes

    public init(foreground: Color? = nil, background: Color? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// This style with `overlay` on top: its colours win where given, attributes add up.
    public func overlaid(by overlay: TextStyle) -> TextStyle {
        TextStyle(
            foreground: overlay.foreground ?? foreground,
            background: overlay.background ?? background,
            attributes: attributes.union(overlay.attributes)
        )
    }
}

/// A style made concrete for one terminal: colours it can show and the attributes to use.
public struct ResolvedStyle: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
