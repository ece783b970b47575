/// How many colours the terminal shows, from none to 24-bit.
public enum ColorDepth: Int, Comparable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// No colour at all (NO_COLOR, vt100): attributes only.
    case monochrome = 0
    case colors8 = 8
    case colors16 = 16
    case colors256 = 256
    /// 24-bit colour (a terminfo "-direct" entry).
    case trueColor = 16_777_216

    /// The depth for the colour count terminfo reports.
    public init(colorCount: Int) {
        switch colorCount {
        case 16_777_216...: self = .trueColor
        case 256...: self = .colors256
        case 16...: self = .colors16
        case 8...: self = .colors8
        default: self = .monochrome
        }
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .monochrome: return "monochrome"
        case .colors8: return "8 colours"
        case .colors16: return "16 colours"
        case .colors256: return "256 colours"
        case .trueColor: return "true colour"
        }
    }

    /// `color` as this depth can show it: nil in monochrome, otherwise the nearest colour.
    /// Bright colours at 8 colours become their normal colour (see `ResolvedStyle` for bold).
    public func degrade(_ color: Color) -> Color? {
        switch (self, color) {
        case (.monochrome, _): return nil
        case (_, .default): return .default
        case (.trueColor, _): return color
        case (.colors256, .rgb): return color.components.map { .indexed(Palette.nearest256($0)) }
        case (.colors256, _): return color
        case (.colors16, .ansi): return color
        case (.colors16, .indexed(let index)) where index < 16: return .ansi(index)
        case (.colors16, _): return color.components.map { .ansi(Palette.nearestSystem($0, count: 16)) }
        case (.colors8, .ansi(let index)): return .ansi(index & 7)
        case (.colors8, .indexed(let index)) where index < 16: return .ansi(index & 7)
        case (.colors8, _): return color.components.map { .ansi(Palette.nearestSystem($0, count: 16) & 7) }
        }
    }
}
