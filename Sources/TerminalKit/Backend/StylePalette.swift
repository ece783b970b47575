import CNcursesw

/// Turns style names into curses attributes and colour pairs, defining pairs as needed.
struct StylePalette {
    struct Entry {
        var attributes: Int32
        var pair: Int32
    }

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    let depth: ColorDepth
    /// False when the terminal cannot use its own default colours (no use_default_colors).
    let defaultColors: Bool
    private(set) var theme: Theme
    private var entries: [StyleName: Entry] = [:]
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    private let pairLimit: Int32

    init(theme: Theme, depth: ColorDepth, defaultColors: Bool, pairLimit: Int32) {
        self.theme = theme
        self.depth = depth
        self.defaultColors = defaultColors
        self.pairLimit = pairLimit
    }

    /// Switches themes; pairs are numbered afresh (the next frame repaints every cell), so
    /// switching back and forth never runs out of pairs on an 8-colour console (64 pairs).
    mutating func replaceTheme(_ newTheme: Theme) {
        theme = newTheme
        entries.removeAll()
        pairs.removeAll()
        nextPair = 1
    }

    mutating func entry(for name: StyleName) -> Entry {
        if let known = entries[name] { return known }
        let resolved = theme.resolve(name, depth: depth)
        let entry = Entry(attributes: Self.flags(resolved.attributes), pair: pair(for: resolved))
        entries[name] = entry
        return entry
    }

    private mutating func pair(for style: ResolvedStyle) -> Int32 {
        guard depth != .monochrome else { return 0 }
        let key = PairKey(foreground: number(style.foreground, isForeground: true),
                          background: number(style.background, isForeground: false))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let known = pairs[key] { return known }
        // Out of pairs (a tiny terminal with many styles): fall back to the default pair.
        guard nextPair < pairLimit, vb_color_pair_define(nextPair, key.foreground, key.background) == 0 else { return 0 }
        pairs[key] = nextPair
        nextPair += 1
        return nextPair - 1
    }

    /// The curses colour number: -1 for the terminal's default, palette index, or packed RGB
    /// on direct-colour terminals (where numbers below 8 still mean the ANSI colours).
    private func number(_ color: Color, isForeground: Bool) -> Int32 {
        switch color {
        case .default:
            return defaultColors ? -1 : (isForeground ? 7 : 0)
        case .ansi(let index) where depth != .trueColor || index < 8:
            return Int32(index)
        case .indexed(let index) where depth != .trueColor || index < 8:
            return Int32(index)
        case .ansi, .indexed, .rgb:
            guard let rgb = color.components else { return -1 }
            return Int32(rgb.red << 16 | rgb.green << 8 | rgb.blue)
        }
    }

    private static func flags(_ attributes: TextAttributes) -> Int32 {
        let table: [(TextAttributes, Int)] = [
            (.bold, Int(VB_ATTR_BOLD)), (.dim, Int(VB_ATTR_DIM)), (.italic, Int(VB_ATTR_ITALIC)),
            (.underline, Int(VB_ATTR_UNDERLINE)), (.reverse, Int(VB_ATTR_REVERSE)),
            (.blink, Int(VB_ATTR_BLINK)), (.standout, Int(VB_ATTR_STANDOUT)),
        ]
        var result = 0
        for (attribute, flag) in table where attributes.contains(attribute) { result |= flag }
        return Int32(result)
    }
}
