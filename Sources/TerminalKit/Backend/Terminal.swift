/// Something that shows canvases and reads keys: the real terminal or an in-memory one.
///
/// Screens never talk to ncurses: they render a `Canvas`, the terminal presents it (writing
/// only what changed) and reports keys. All calls must come from one thread.
public protocol Terminal: AnyObject {
    /// The current size; changes after a `.resize` key.
    var size: Size { get }
    /// What this terminal can show.
    var capabilities: TerminalCapabilities { get }
    /// The theme style names are resolved through; setting it repaints everything.
    var theme: Theme { get set }
    /// Below this size the terminal shows "enlarge the window" instead of the canvas and
    /// ignores keys (except resizes and signals) until it is large enough.
    var minimumSize: Size { get set }
    /// Shows `canvas`, writing only the cells that changed since the last frame.
    func present(_ canvas: Canvas)
    /// The next key, waiting up to `timeoutMilliseconds` (-1: forever); nil on timeout.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Makes the next `present` repaint every cell (after something else wrote to the screen).
    func invalidate()
    /// Runs `work` with the terminal given back to the shell (another program, e.g. a file viewer, may use it), then
    /// takes it again and repaints everything.
    func outside(_ work: () -> Void)
}

extension Terminal {
    /// True while the window is smaller than `minimumSize`.
    public var isTooSmall: Bool { SizeGuard.isTooSmall(size, minimum: minimumSize) }

    /// A blank canvas of the terminal's current size, ready to draw a frame into.
    public func makeCanvas() -> Canvas { Canvas(size: size) }

    /// The glyph set to draw with: ASCII when asked for, when the theme wants it, or when the
    /// terminal cannot show the Unicode symbols (the Linux console).
    public func glyphs(forceASCII: Bool = false) -> GlyphSet {
        if forceASCII || !capabilities.canShowUnicodeSymbols || theme.glyphPreference == "ascii" { return .ascii }
        return .unicode
    }
}
