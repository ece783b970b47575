import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens the real terminal for the length of a closure and always gives it back intact.
///
/// In order: a UTF-8 locale, a usable TERM (dumb, unknown or no cursor addressing is refused
/// with a clear message), signal handlers (SIGINT/SIGTERM/SIGHUP become `.signal` keys; the
/// signals of a Swift runtime trap restore the terminal and then let the crash report print),
/// then ncurses. On return or throw: erase if there is no alternate screen, endwin, and the
/// terminal modes saved at the start are written back.
public enum TerminalSession {
    /// Runs `body` with the terminal open.
    public static func run<Result>(
        _ options: TerminalOptions = TerminalOptions(),
        _ body: (NcursesTerminal) throws -> Result
    ) throws -> Result {
        try LocaleSetup.ensureUTF8()
        let term = options.environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else { throw TerminalSessionError.dumbTerminal(term) }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalSessionError.notATerminal }
        switch Int(vb_term_probe(term, STDOUT_FILENO)) {
        case Int(VB_TERM_OK): break
        case Int(VB_TERM_NO_CURSOR_ADDRESSING): throw TerminalSessionError.noCursorAddressing(term)
        default: throw TerminalSessionError.unknownTerminal(term)
        }
        guard vb_guard_install(STDOUT_FILENO, 1) == 0 else { throw TerminalSessionError.alreadyRunning }
        guard vb_screen_open(term, Int32(options.escapeDelayMilliseconds)) == 0 else {
            vb_guard_remove()
            throw TerminalSessionError.cannotStart(term)
        }
        let hasAlternateScreen = vb_term_has_alternate_screen() != 0
        defer {
            if options.mouse { _ = vb_input_mouse(0) }
            vb_screen_close(hasAlternateScreen ? 0 : 1)
            vb_guard_remove()
        }
        let terminal = makeTerminal(term: term, options: options, hasAlternateScreen: hasAlternateScreen)
        return try body(terminal)
    }

    private static func makeTerminal(term: String, options: TerminalOptions, hasAlternateScreen: Bool) -> NcursesTerminal {
        var notices: [String] = []
        let noColor = ProcessEnvironment.wantsNoColor(options.environment)
        if noColor { notices.append(TerminalCapabilities.noColorNotice) }
        var defaultColors: Int32 = 0
        let wantsColor = !noColor && options.colorDepth != .monochrome
        let available = wantsColor ? ColorDepth(colorCount: Int(vb_color_start(&defaultColors))) : .monochrome
        let depth = min(available, options.colorDepth ?? available)
        let linux = TerminalCapabilities.isLinuxConsole(term)
        if linux { notices.append(TerminalCapabilities.linuxConsoleNotice) }
        var mouse = false
        if options.mouse {
            mouse = vb_input_mouse(1) != 0
            vb_guard_mouse_enabled(mouse ? 1 : 0)
        }
        let capabilities = TerminalCapabilities(
            name: term, colorDepth: depth, hasAlternateScreen: hasAlternateScreen, canShowChinese: !linux,
            canShowUnicodeSymbols: !linux, mouse: mouse, notices: notices)
        return NcursesTerminal(capabilities: capabilities, theme: options.theme, minimumSize: options.minimumSize,
                               defaultColors: defaultColors != 0, pairLimit: vb_color_pair_count())
    }
}
