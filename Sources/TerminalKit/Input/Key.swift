/// One thing the user did at the keyboard (or mouse), decoded from the terminal.
///
/// Every key has a stable text spelling ("C-s", "M-x", "F5", "PgDn", "S-Tab") used by key
/// tables and the generated key documentation; `Key(spelling:)` reads it back.
public enum Key: Hashable, Sendable {
    /// Any Unicode character, Chinese from an input method included.
    case char(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    /// F1…F12 (and beyond, when the terminal sends them).
    case function(Int)
    /// Control plus a letter (lowercase) or one of @ [ \ ] ^ _. Ctrl-I, -M and -H arrive as
    /// Tab, Enter and Backspace: terminals send the same bytes for them.
    case ctrl(Character)
    /// Alt (Meta) plus a character: the terminal sends Esc, then the character.
    case alt(Character)
    /// The terminal changed size; read the new `Terminal.size` and redraw.
    case resize
    case mouse(MouseEvent)
    /// SIGINT, SIGTERM or SIGHUP arrived: save and leave.
    case signal(TerminalSignal)
}
