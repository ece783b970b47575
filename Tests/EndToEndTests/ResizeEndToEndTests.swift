import Foundation
import Testing

/// The real program through ncurses: a resize that arrives together with a key (Esc, then the window shrinks, in one
/// burst) gives a whole frame of the new size, and the "too small" message below the minimum. Before, the resize read
/// after an Esc was queued without taking the new size: the 120-column frame stayed, header and hint bar gone.
@Suite(.serialized, .enabled(if: BoardTmux.hasTmux, "tmux is not installed: the board's end-to-end tests need it"))
struct ResizeEndToEndTests {
    /// A whole frame of `width`×`height`: that many rows, the title on the first, a hint bar (`? 帮助`) on the last.
    static func isWhole(_ screen: [String], width: Int, height: Int) -> Bool {
        screen.count == height && screen.first?.contains("村级作战图") == true
            && screen.last?.contains("帮助") == true
            && screen.allSatisfy { TerminalColumns.width($0) <= width }
    }

    /// Esc, then the resize 10 ms later, in one tmux command: the resize lands while the program is still waiting to
    /// see whether the Esc starts an escape sequence, so both are read in one burst (the case that went wrong).
    func escThenResize(_ tmux: BoardTmux, width: Int, height: Int) throws {
        try tmux.tmux(["send-keys", "-t", tmux.session, "Escape", ";", "run-shell", "sleep 0.01", ";",
                       "resize-window", "-t", tmux.session, "-x", String(width), "-y", String(height)])
    }

    @Test func escThenResizeInOneBurstRedrawsWholeAtTheNewSize() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        // The first secretary starts on 太平村's board; Enter opens its first household.
        try tmux.open(as: "taiping-sec", width: 120, height: 40)
        try tmux.wait("太平村's board") { Self.isWhole($0, width: 120, height: 40) && $0.contains { $0.contains("户主") } }
        try tmux.press("Enter")
        try tmux.wait("a household") { BoardTmux.crumbs($0).count == 2 && Self.isWhole($0, width: 120, height: 40) }
        for (width, height) in [(80, 24), (100, 30), (60, 16)] {
            try tmux.press("e")
            try escThenResize(tmux, width: width, height: height)
            let screen = try tmux.wait("a whole frame at \(width)×\(height)") { Self.isWhole($0, width: width, height: height) }
            #expect(BoardTmux.crumbs(screen).count == 2, "still on the household after Esc closed its form")
        }
        try tmux.press("e")
        try escThenResize(tmux, width: 40, height: 10)
        try tmux.wait("the enlarge message at 40×10") { $0.joined().contains("60×16") && $0.count == 10 }
        try tmux.tmux(["send-keys", "-t", tmux.session, "j", ";", "resize-window", "-t", tmux.session, "-x", "80", "-y", "24"])
        try tmux.wait("a whole frame at 80×24 again") { Self.isWhole($0, width: 80, height: 24) }
        try tmux.press("q")
        try tmux.waitForExit()
    }
}
