/// The symbols screens draw with, as a Unicode set and an ASCII set.
///
/// Box lines, ✓ ✗ and block elements are "ambiguous width" in Unicode: some Chinese terminal
/// fonts draw them two columns wide, which breaks every table. The ASCII set is the cure there
/// and on the Linux text console; a theme or `--ascii` picks it.
public struct GlyphSet: Hashable, Sendable {
    public var name: String
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// ┬ ┴ ├ ┤ ┼
    public var teeDown: String
    public var teeUp: String
    public var teeRight: String
    public var teeLeft: String
    public var cross: String
    public var met: String
    public var notMet: String
    public var notApplicable: String
    public var notChecked: String
    public var ellipsis: String
    /// Marks the focused row of a list.
    public var pointer: String
    public var bullet: String
    /// A light dot, for outlines on the map that must not read as lines of a table.
    public var dot: String
    /// Bar pieces: `barEighths[n]` fills n/8 of a cell (index 0 is empty, 8 is full).
    public var barEighths: [String]
    /// Sparkline levels, lowest first.
    public var sparks: [String]
    /// Tile shades from light to full, for maps of how much is done.
    public var shades: [String]

    public static let unicode = GlyphSet(
        name: "unicode",
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeDown: "┬", teeUp: "┴", teeRight: "├", teeLeft: "┤", cross: "┼",
        met: "✓", notMet: "✗", notApplicable: "–", notChecked: "?",
        ellipsis: "…", pointer: "▶", bullet: "•", dot: "·",
        barEighths: [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        sparks: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        shades: ["░", "▒", "▓", "█"]
    )

    public static let ascii = GlyphSet(
        name: "ascii",
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeDown: "+", teeUp: "+", teeRight: "+", teeLeft: "+", cross: "+",
        met: "v", notMet: "x", notApplicable: "-", notChecked: "?",
        ellipsis: "~", pointer: ">", bullet: "*", dot: ".",
        barEighths: [" ", " ", " ", ":", ":", ":", ":", "#", "#"],
        sparks: ["_", ".", "-", "~", "=", "+", "*", "#"],
        shades: [".", ":", "%", "#"]
    )

    /// The set called `name` ("unicode" or "ascii").
    public static func named(_ name: String) -> GlyphSet? {
        switch name.lowercased() {
        case "unicode": return .unicode
        case "ascii": return .ascii
        default: return nil
        }
    }

    /// The glyph for a status.
    public func mark(_ status: StatusMark) -> String {
        switch status {
        case .met: return met
        case .notMet: return notMet
        case .notApplicable: return notApplicable
        case .notChecked: return notChecked
        }
    }

    /// A progress bar exactly `width` columns wide, filled to `fraction` (clamped to 0...1)
    /// with eighth-of-a-cell precision.
    public func bar(fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isNaN ? 0 : min(1, max(0, fraction))
        let eighths = Int((clamped * Double(width * 8)).rounded())
        let full = eighths / 8
        let rest = eighths % 8
        var result = String(repeating: barEighths[8], count: full)
        if full < width {
            result += barEighths[rest]
            result += String(repeating: barEighths[0], count: width - full - 1)
        }
        return result
    }

    /// One glyph per value, scaled between 0 (or the smallest negative value) and the largest.
    public func sparkline(_ values: [Double]) -> String {
        let finite = values.filter { $0.isFinite }
        guard let top = finite.max(), let bottom = finite.min() else {
            return String(repeating: sparks[0], count: values.count)
        }
        let low = min(0, bottom)
        let span = top - low
        return values.map { value -> String in
            guard value.isFinite, span > 0 else { return sparks[0] }
            let level = Int(((value - low) / span * Double(sparks.count - 1)).rounded())
            return sparks[min(sparks.count - 1, max(0, level))]
        }.joined()
    }

    /// A shade for how much of something is done (0...1).
    public func shade(fraction: Double) -> String {
        let clamped = fraction.isNaN ? 0 : min(1, max(0, fraction))
        let index = Int((clamped * Double(shades.count - 1)).rounded())
        return shades[index]
    }
}
