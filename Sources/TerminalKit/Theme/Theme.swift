/// A named set of styles that turns each `StyleName` into colours and attributes.
///
/// Lookup for a name: the theme (with what it inherits), trying the exact name, then each more
/// general dotted name; then the built-in default theme the same way; finally "normal". So a
/// theme that sets only a few keys still draws everything.
public struct Theme: Sendable {
    public var name: String
    /// The file it came from, or "built-in:NAME".
    public var source: String
    public var summary: String?
    /// "ascii" or "unicode" when the theme asks for a glyph set (the tty theme asks for ASCII).
    public var glyphPreference: String?
    var styles: [StyleName: TextStyle]
    var monochrome: [StyleName: TextAttributes]
    var fallbackStyles: [StyleName: TextStyle]
    var fallbackMonochrome: [StyleName: TextAttributes]
    /// Likely mistakes in the theme's own files (not fatal): shown to the user with file and line.
    public var warnings: [ThemeError]

    init(name: String, source: String, document: ThemeDocument, fallback: ThemeDocument?) {
        self.name = name
        self.source = source
        summary = document.description
        glyphPreference = document.glyphs
        styles = document.styles
        monochrome = document.monochrome
        fallbackStyles = fallback?.styles ?? [:]
        fallbackMonochrome = fallback?.monochrome ?? [:]
        warnings = document.warnings
    }

    /// The built-in default (dark) theme.
    public static let builtinDefault: Theme = {
        let text = BuiltinThemes.text(named: "default") ?? ""
        let document = (try? ThemeParser.parse(text, file: "built-in:default")) ?? ThemeDocument()
        return Theme(name: "default", source: "built-in:default", document: document, fallback: nil)
    }()

    /// The style for one name (not "+"-layered), as the theme writes it.
    public func style(for name: StyleName) -> TextStyle {
        if let found = lookup(name, in: styles) ?? lookup(name, in: fallbackStyles) { return found }
        return styles[.normal] ?? fallbackStyles[.normal] ?? TextStyle()
    }

    /// The names this theme or its fallback defines.
    public var definedNames: Set<StyleName> {
        Set(styles.keys).union(fallbackStyles.keys)
    }

    /// The style made concrete for a terminal showing `depth` colours.
    public func resolve(_ name: StyleName, depth: ColorDepth) -> ResolvedStyle {
        let layers = name.layers
        if depth == .monochrome {
            var attributes = monochromeAttributes(for: .normal)
            for layer in layers { attributes.formUnion(monochromeAttributes(for: layer)) }
            return ResolvedStyle(attributes: attributes)
        }
        var combined = style(for: .normal)
        for layer in layers { combined = combined.overlaid(by: style(for: layer)) }
        var attributes = combined.attributes
        var foreground = depth.degrade(combined.foreground ?? .default) ?? .default
        let background = depth.degrade(combined.background ?? .default) ?? .default
        if depth == .colors8, let wanted = combined.foreground,
           case .ansi(let index)? = ColorDepth.colors16.degrade(wanted), index >= 8 {
            // Eight-colour terminals show bright colours as bold ones.
            attributes.insert(.bold)
        }
        if foreground == background && foreground != .default {
            // Degrading can merge two colours; keep the text readable.
            foreground = Self.isLight(background) ? .ansi(0) : .ansi(7)
        }
        return ResolvedStyle(foreground: foreground, background: background, attributes: attributes)
    }

    /// Attributes used without colour: the [monochrome] entry if any, else the style's own.
    func monochromeAttributes(for name: StyleName) -> TextAttributes {
        if let found = lookup(name, in: monochrome) ?? lookup(name, in: fallbackMonochrome) { return found }
        return style(for: name).attributes
    }

    private func lookup<Value>(_ name: StyleName, in table: [StyleName: Value]) -> Value? {
        var candidate: StyleName? = name
        while let current = candidate {
            if let value = table[current] { return value }
            candidate = current.parent
        }
        return nil
    }

    private static func isLight(_ color: Color) -> Bool {
        guard let rgb = color.components else { return false }
        return rgb.red * 3 + rgb.green * 6 + rgb.blue > 1_280
    }
}
