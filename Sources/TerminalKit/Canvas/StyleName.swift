/// The meaning of a piece of text ("status.cleared", "focus"); the theme decides how it looks.
///
/// Names are dotted: a theme that lacks "map.village.cleared" is asked for "map.village", then
/// "map". Names joined with "+" ("selection+status.overdue") layer the later style over the
/// earlier one, so a highlighted row can keep its status colour.
public struct StyleName: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let normal: StyleName = "normal"

    /// The next more general name ("map.village" for "map.village.cleared"), nil at the top.
    public var parent: StyleName? {
        guard let dot = rawValue.lastIndex(of: ".") else { return nil }
        return StyleName(String(rawValue[..<dot]))
    }

    /// The layers of a "+"-joined name, bottom first.
    public var layers: [StyleName] {
        guard rawValue.contains("+") else { return [self] }
        return rawValue.split(separator: "+").map { StyleName(String($0)) }
    }

    /// This style with `overlay` drawn over it.
    public func layered(with overlay: StyleName) -> StyleName {
        StyleName(rawValue + "+" + overlay.rawValue)
    }

    public var description: String { rawValue }

    /// The names every built-in theme defines; screens may use others (they fall back by parent).
    public static let wellKnown: [StyleName] = [
        "normal", "header", "footer", "title", "border", "muted", "focus", "selection",
        "hint.key", "hint.text", "status.unresolved", "status.pending", "status.cleared",
        "status.nodata", "status.overdue", "warning", "error", "success", "info", "input",
        "input.placeholder", "chart.bar", "chart.axis", "map", "map.border", "map.label",
        "map.unresolved", "map.pending", "map.cleared", "map.nodata", "dialog", "dialog.border",
        "menu", "menu.selected", "tab", "tab.active", "link",
    ]
}
