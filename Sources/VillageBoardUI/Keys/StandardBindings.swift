import TerminalKit

/// Keys every screen shares: the global ones (after the screen's own table, which may take a key first) and movement.
public enum StandardBindings {
    public static let global: [KeyBinding] = [
        KeyBinding([.char("?"), .function(1)], .help, "action.help", hint: true),
        KeyBinding([.char(":")], .palette, "action.palette", hint: true),
        KeyBinding([.char("/")], .search, "action.search", hint: true),
        KeyBinding([.char("n")], .nextMatch, "action.nextMatch"),
        KeyBinding([.char("N")], .previousMatch, "action.previousMatch"),
        KeyBinding([.char("u")], .undo, "action.undo"),
        KeyBinding([.char("1")], .goChart, "action.goChart"),
        KeyBinding([.char("2")], .goUnresolved, "action.goUnresolved"),
        KeyBinding([.char("3")], .goTasks, "action.goTasks"),
        KeyBinding([.char("4")], .goReports, "action.goReports"),
        KeyBinding([.char("5")], .goLog, "action.goLog"),
        KeyBinding([.char("6")], .goConflicts, "action.goConflicts"),
        KeyBinding([.char("7")], .goRadar, "action.goRadar"),
        KeyBinding([.escape], .back, "action.back", hint: true),
        KeyBinding([.char("q")], .quit, "action.quit", hint: true),
    ]

    /// Movement keys every list shares: arrows and hjkl, PgUp/PgDn, Home/End.
    public static let movement: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .up, "action.up"),
        KeyBinding([.down, .char("j")], .down, "action.down"),
        KeyBinding([.left, .char("h")], .left, "action.left"),
        KeyBinding([.right, .char("l")], .right, "action.right"),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, "action.pageUp"),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, "action.pageDown"),
        KeyBinding([.home, .char("g")], .top, "action.top"),
        KeyBinding([.end, .char("G")], .bottom, "action.bottom"),
    ]
}
