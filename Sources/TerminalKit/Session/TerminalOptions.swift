/// How to open the terminal.
public struct TerminalOptions: Sendable {
    public var theme: Theme
    /// Report mouse clicks and wheel steps as `.mouse` keys (off by default: it disturbs
    /// copying text with the mouse).
    public var mouse: Bool
    /// Below this size the "enlarge the window" message is shown.
    public var minimumSize: Size
    /// How long to wait after Esc for the rest of a key sequence; short so Esc answers at once.
    public var escapeDelayMilliseconds: Int
    /// Forces a colour depth (nil: what the terminal reports; NO_COLOR means monochrome).
    public var colorDepth: ColorDepth?
    /// The environment TERM and NO_COLOR are read from.
    public var environment: [String: String]

    public init(
        theme: Theme = .builtinDefault, mouse: Bool = false, minimumSize: Size = Size(width: 60, height: 16),
        escapeDelayMilliseconds: Int = 25, colorDepth: ColorDepth? = nil,
        environment: [String: String] = ProcessEnvironment.current()
    ) {
        self.theme = theme
        self.mouse = mouse
        self.minimumSize = minimumSize
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
        self.colorDepth = colorDepth
        self.environment = environment
    }
}
