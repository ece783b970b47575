import Foundation
import Testing

/// The probe's Chinese/ASCII table, read back from tmux: columns line up at several sizes and
/// on every supported TERM, and a resize leaves nothing of the old frame behind.
@Suite(.enabled(if: TerminalHarness.hasTmux, "tmux is not installed; terminal end-to-end tests skipped"))
struct TerminalLayoutTests {
    static let separators: Set<Character> = ["│", "┼", "┬", "┴", "├", "┤", "┌", "┐", "└", "┘", "|", "+"]

    /// The rows of the table (from its top border to its bottom border).
    static func tableRows(_ screen: [String]) -> [String] {
        guard let top = screen.firstIndex(where: { $0.hasPrefix("┌") || $0.hasPrefix("+-") }),
              let bottom = screen.lastIndex(where: { $0.hasPrefix("└") || $0.hasPrefix("+-") }), bottom > top else {
            return []
        }
        return Array(screen[top...bottom])
    }

    /// Every table row has its column separators at the same display columns, and the table
    /// spans exactly `width` columns.
    static func expectAligned(_ screen: [String], width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = tableRows(screen)
        #expect(rows.count >= 5, "no table on screen:\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        guard let first = rows.first else { return }
        let expected = TerminalColumns.columns(of: separators, in: first).filter { _ in true }
        #expect(expected.first == 0 && expected.last == width - 1, "table is not \(width) wide: \(first)",
                sourceLocation: sourceLocation)
        for row in rows {
            let found = TerminalColumns.columns(of: separators, in: row)
            // Body rows contain only the vertical bars; borders contain every joint.
            #expect(found == expected, "misaligned row:\n\(first)\n\(row)", sourceLocation: sourceLocation)
            #expect(TerminalColumns.width(row) == width, "row is \(TerminalColumns.width(row)) wide: \(row)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [(80, 24), (120, 40), (100, 30), (61, 17)])
    func chineseAndASCIIColumnsLineUp(_ size: (Int, Int)) throws {
        let tmux = TerminalTmux()
        defer { tmux.kill() }
        let probe = try TerminalProbeRun.start(tmux, width: size.0, height: size.1)
        defer { probe.removeFolder() }
        let screen = try probe.waitForTable()
        Self.expectAligned(screen, width: size.0)
        let text = screen.joined(separator: "\n")
        #expect(text.contains("王家村") && text.contains("Li Wei") && text.contains("José Ruiz"))
        #expect(text.contains("刘␛[2J强"), "the escape sequence in a name must be shown, not obeyed")
        #expect(screen.count == size.1 && screen.last?.contains("退出 Quit") == true)
        #expect(screen[0].contains("\(size.0)×\(size.1)"))
        try tmux.send(probe.session, keys: ["q"])
        #expect(try probe.waitForExit() == 0)
    }

    @Test func resizeRedrawsWithNoLeftovers() throws {
        let tmux = TerminalTmux()
        defer { tmux.kill() }
        let probe = try TerminalProbeRun.start(tmux, session: "resized", width: 120, height: 40)
        defer { probe.removeFolder() }
        try probe.waitForTable()
        for (width, height) in [(80, 24), (100, 30), (70, 20), (120, 40)] {
            try tmux.resize("resized", width: width, height: height)
            let resized = try probe.waitForScreen("the frame for \(width)×\(height)") { screen in
                screen.first?.contains("\(width)×\(height)") == true && screen.count == height
                    && screen.last?.contains("Quit") == true
            }
            // The same probe started fresh at the final size draws exactly the same screen.
            let fresh = try TerminalProbeRun.start(tmux, session: "fresh\(width)", width: width, height: height)
            defer { fresh.removeFolder() }
            let expected = try fresh.waitForTable()
            #expect(resized == expected, "after resizing to \(width)×\(height):\n\(resized.joined(separator: "\n"))")
            Self.expectAligned(resized, width: width)
            try tmux.send("fresh\(width)", keys: ["q"])
        }
        try tmux.send("resized", keys: ["q"])
        #expect(try probe.waitForExit() == 0)
    }

    @Test func noColorDrawsWithoutAnyColour() throws {
        let tmux = TerminalTmux()
        defer { tmux.kill() }
        let probe = try TerminalProbeRun.start(tmux, environment: ["NO_COLOR": "1"])
        defer { probe.removeFolder() }
        try probe.waitForTable()
        let styled = try tmux.styledScreen(probe.session)
        // No SGR colour parameter (30–38, 40–48, 90–107) may appear; 39/49 (default colour),
        // bold and reverse may.
        let colours = Self.sgrParameters(styled).filter(Self.isColourParameter)
        #expect(colours.isEmpty, "colour codes \(Set(colours)) with NO_COLOR")
        #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m") || styled.contains("[1m"), "no attributes either")
        try tmux.send(probe.session, keys: ["q"])
        #expect(try probe.waitForExit() == 0)
    }

    /// Every numeric parameter of every SGR sequence (ESC [ … m) in `text`.
    static func sgrParameters(_ text: String) -> [Int] {
        var result: [Int] = []
        for chunk in text.components(separatedBy: "\u{1B}[").dropFirst() {
            guard let body = chunk.split(separator: "m", maxSplits: 1).first else { continue }
            result += body.split(separator: ";").compactMap { Int($0) }
        }
        return result
    }

    static func isColourParameter(_ value: Int) -> Bool {
        (30...38).contains(value) || (40...48).contains(value) || (90...107).contains(value)
    }

    @Test func tooSmallAsksToEnlargeAndIgnoresKeysUntilLargeEnough() throws {
        let tmux = TerminalTmux()
        defer { tmux.kill() }
        let probe = try TerminalProbeRun.start(tmux, width: 50, height: 10, arguments: ["--minimum-size", "60x16"])
        defer { probe.removeFolder() }
        try probe.waitForScreen("the enlarge message") { screen in
            screen.joined().contains("Enlarge the window to at least 60×16")
                && screen.joined().contains("请放大到至少 60×16")
        }
        // Wait until the probe has read the q (not for a fixed time): it read more bytes than before and none are
        // left in the pty (tmux may write the key a moment after send-keys returns). Then it must still be running.
        let pid = try probe.pid()
        let before = TerminalHarness.bytesRead(pid) ?? 0
        try tmux.send(probe.session, keys: ["q"])
        let taken = try TerminalHarness.waitUntil(seconds: 10) {
            let unread = try tmux.unreadInput(probe.session)
            return (TerminalHarness.bytesRead(pid) ?? 0) > before && unread == 0
        }
        #expect(taken, "q was never read")
        #expect((try? String(contentsOfFile: probe.folder + "/status", encoding: .utf8)) == nil, "q must be ignored")
        try tmux.resize(probe.session, width: 80, height: 24)
        let table = try probe.waitForTable()
        Self.expectAligned(table, width: 80)
        #expect(!table.joined().contains("Key: q"), "the q typed while too small reached the probe")
        try tmux.send(probe.session, keys: ["q"])
        #expect(try probe.waitForExit() == 0)
    }

    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "xterm", "vt100", "linux"])
    func everySupportedTerminalType(_ term: String) throws {
        let tmux = TerminalTmux()
        defer { tmux.kill() }
        let probe = try TerminalProbeRun.start(tmux, term: term)
        defer { probe.removeFolder() }
        let screen = try probe.waitForTable()
        Self.expectAligned(screen, width: 80)
        let text = screen.joined(separator: "\n")
        if term == "linux" {
            // The console font has no Chinese: English, ASCII glyphs, and a word on why.
            #expect(!text.unicodeScalars.contains { $0.value >= 0x2E80 && $0.value < 0xFFFF && $0 != "␛" && $0 != "×" })
            #expect(text.contains("Linux text console"))
            #expect(text.contains("+-----+"))
        } else {
            #expect(text.contains("王家村") && text.contains("┌"))
        }
        try tmux.send(probe.session, keys: ["q"])
        #expect(try probe.waitForExit() == 0)
        let modes = try probe.terminalModes()
        #expect(modes.before == modes.after)
        let after = try probe.waitForScreen("the shell again") { $0.contains(TerminalProbeRun.afterMark) }
        // With an alternate screen the shell's screen comes back; without one it is erased.
        #expect(!after.contains { $0.contains("│") || $0.contains("| ") }, "table left behind:\n\(after.joined(separator: "\n"))")
        if term != "linux" && term != "vt100" { #expect(after.contains(TerminalProbeRun.beforeMark)) }
    }
}
