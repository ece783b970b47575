/// Why the terminal could not be opened; each message is in Chinese and English.
public enum TerminalSessionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No UTF-8 locale could be set: Chinese would show as garbage.
    case noUTF8Locale(tried: [String])
    /// Standard input or output is not a terminal (piped or redirected).
    case notATerminal
    /// TERM is unset or "dumb".
    case dumbTerminal(String)
    /// TERM names a terminal the terminfo database does not know.
    case unknownTerminal(String)
    /// The terminal cannot move the cursor, so a full-screen board cannot be drawn.
    case noCursorAddressing(String)
    /// ncurses refused to start for another reason.
    case cannotStart(String)
    /// A session is already running in this process.
    case alreadyRunning

    public var description: String {
        switch self {
        case .noUTF8Locale(let tried):
            return "无法使用 UTF-8 字符集（已尝试 \(tried.joined(separator: "、"))），中文会显示成乱码。"
                + "请设置 LANG=C.UTF-8 或 zh_CN.UTF-8 后再运行。\n"
                + "No UTF-8 locale is available (tried \(tried.joined(separator: ", "))), so Chinese would show as "
                + "garbage. Set LANG=C.UTF-8 or zh_CN.UTF-8 and run again."
        case .notATerminal:
            return "标准输入或输出不是终端，无法显示全屏界面。\n"
                + "Standard input or output is not a terminal, so the full-screen board cannot be shown."
        case .dumbTerminal(let term):
            let shown = term.isEmpty ? "(unset)" : term
            return "终端类型 TERM=\(shown) 不能显示全屏界面，请在 xterm、tmux 等终端里运行，或设置 TERM=xterm-256color。\n"
                + "TERM=\(shown) cannot show a full-screen board. Run it in a terminal such as xterm or tmux, "
                + "or set TERM=xterm-256color."
        case .unknownTerminal(let term):
            return "不认识终端类型 TERM=\(term)（terminfo 里没有），请设置 TERM=xterm-256color 后再试。\n"
                + "Unknown terminal type TERM=\(term) (not in the terminfo database). Set TERM=xterm-256color and try again."
        case .noCursorAddressing(let term):
            return "终端 TERM=\(term) 不能移动光标，无法显示全屏界面。\n"
                + "TERM=\(term) cannot move the cursor, so the full-screen board cannot be drawn."
        case .cannotStart(let term):
            return "无法在终端 TERM=\(term) 上启动全屏界面。\n"
                + "Could not start the full-screen interface on TERM=\(term)."
        case .alreadyRunning:
            return "全屏界面已经在运行。\nThe full-screen interface is already running."
        }
    }
}
