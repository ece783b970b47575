/// Facts about the terminal the app adapts to (language, glyphs, colours), and why.
public struct TerminalCapabilities: Hashable, Sendable {
    /// $TERM.
    public var name: String
    public var colorDepth: ColorDepth
    /// False on vt100 and the Linux console: the last frame must be erased on exit.
    public var hasAlternateScreen: Bool
    /// False on the Linux text console, whose font cannot draw Chinese: switch to English.
    public var canShowChinese: Bool
    /// False when box lines, ✓ and block elements cannot be drawn: use `GlyphSet.ascii`.
    public var canShowUnicodeSymbols: Bool
    /// True when mouse reporting was asked for and the terminal provides it.
    public var mouse: Bool
    /// Things to tell the user once, in English (e.g. why the display is in English).
    public var notices: [String]

    public init(
        name: String, colorDepth: ColorDepth, hasAlternateScreen: Bool = true, canShowChinese: Bool = true,
        canShowUnicodeSymbols: Bool = true, mouse: Bool = false, notices: [String] = []
    ) {
        self.name = name
        self.colorDepth = colorDepth
        self.hasAlternateScreen = hasAlternateScreen
        self.canShowChinese = canShowChinese
        self.canShowUnicodeSymbols = canShowUnicodeSymbols
        self.mouse = mouse
        self.notices = notices
    }

    /// True for the Linux text console (TERM=linux and its variants).
    public static func isLinuxConsole(_ term: String) -> Bool {
        term == "linux" || term.hasPrefix("linux-") || term.hasPrefix("linux+")
    }

    /// The notice when NO_COLOR is set (a program with a catalogue shows its own words for it).
    public static let noColorNotice = "NO_COLOR is set: no colours, only bold, underline and reverse."

    /// The notice shown on the Linux console.
    public static let linuxConsoleNotice =
        "Linux text console: its font cannot draw Chinese, so the display is in English with ASCII symbols."
}
