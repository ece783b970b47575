import Foundation
import Testing

/// Keys typed into a real terminal reach the program decoded, and the real cursor sits at the
/// caret of the text field (where an input method shows its candidates).
@Suite(.enabled(if: TerminalHarness.hasTmux, "tmux is not installed; terminal end-to-end tests skipped"))
struct TerminalInputTests {
    @Test func keysAreDecoded() throws {
        let tmux = TerminalTmux()
        defer { tmux.kill() }
        // Inside tmux the right TERM is tmux's own: it says which sequences Home and End send.
        let probe = try TerminalProbeRun.start(tmux, term: "tmux-256color")
        defer { probe.removeFolder() }
        try probe.waitForTable()
        let cases: [(tmuxKey: String, spelling: String)] = [
            ("F5", "F5"), ("F12", "F12"), ("PageDown", "PgDn"), ("PageUp", "PgUp"), ("Home", "Home"), ("End", "End"),
            ("Up", "Up"), ("Left", "Left"), ("BTab", "S-Tab"), ("Tab", "Tab"), ("C-s", "C-s"), ("M-x", "M-x"),
            ("Escape", "Esc"), ("Enter", "Enter"), ("BSpace", "Backspace"), ("DC", "Delete"), ("中", "中"),
        ]
        for (tmuxKey, spelling) in cases {
            try tmux.send(probe.session, keys: [tmuxKey])
            try probe.waitForScreen("key \(spelling)") { $0.last?.hasSuffix("Key: " + spelling) == true }
        }
        try tmux.send(probe.session, keys: ["q"])
        #expect(try probe.waitForExit() == 0)
    }

    @Test func chineseTextReachesTheFieldAndTheCursorSitsAtTheCaret() throws {
        let tmux = TerminalTmux()
        defer { tmux.kill() }
        let probe = try TerminalProbeRun.start(tmux)
        defer { probe.removeFolder() }
        try probe.waitForTable()
        #expect(try !tmux.cursor(probe.session).visible, "the cursor shows while no field is edited")
        try tmux.send(probe.session, keys: ["/"])
        try tmux.type(probe.session, "王家村a")
        let screen = try probe.waitForScreen("the typed text") { $0.contains { $0.contains("王家村a") } }
        let row = try #require(screen.firstIndex { $0.contains("王家村a") })
        let line = screen[row]
        let caret = TerminalColumns.width(String(line[..<line.range(of: "王家村a")!.upperBound]))
        let cursor = try tmux.cursor(probe.session)
        #expect(cursor.visible)
        #expect(cursor.y == row && cursor.x == caret, "cursor at \(cursor.x),\(cursor.y); caret at \(caret),\(row)")
        // Esc and q sent together would be Alt-q: let Esc land first.
        try tmux.send(probe.session, keys: ["Escape"])
        try probe.waitForScreen("the field closed") { $0.last?.hasSuffix("Key: Esc") == true }
        #expect(try !tmux.cursor(probe.session).visible)
        try tmux.send(probe.session, keys: ["q"])
        #expect(try probe.waitForExit() == 0)
    }
}
