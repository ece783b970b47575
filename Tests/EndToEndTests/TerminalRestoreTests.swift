import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// However the probe ends (q, Ctrl-C, SIGTERM, SIGHUP, a Swift runtime trap), the terminal is
/// given back exactly as it was: same `stty -g`, the shell's screen restored.
@Suite(.enabled(if: TerminalHarness.hasTmux, "tmux is not installed; terminal end-to-end tests skipped"))
struct TerminalRestoreTests {
    enum Ending: String, CaseIterable, Sendable {
        case quitKey, controlC, sigterm, sighup, trap, thrownError
    }

    @Test(arguments: Ending.allCases)
    func terminalIsRestored(_ ending: Ending) throws {
        let tmux = TerminalTmux()
        defer { tmux.kill() }
        let probe = try TerminalProbeRun.start(tmux, arguments: ["--trap-on-key", "t", "--throw-on-key", "e"])
        defer { probe.removeFolder() }
        try probe.waitForTable()
        switch ending {
        case .quitKey: try tmux.send(probe.session, keys: ["q"])
        case .controlC: try tmux.send(probe.session, keys: ["C-c"])
        case .sigterm: kill(try probe.pid(), SIGTERM)
        case .sighup: kill(try probe.pid(), SIGHUP)
        case .trap: try tmux.send(probe.session, keys: ["t"])
        case .thrownError: try tmux.send(probe.session, keys: ["e"])
        }
        let status = try probe.waitForExit()
        switch ending {
        case .quitKey: #expect(status == 0)
        case .controlC: #expect(status == 130)
        case .sigterm: #expect(status == 143)
        case .sighup: #expect(status == 129)
        case .trap: #expect(status == 128 + SIGILL || status == 128 + SIGTRAP, "status \(status)")
        case .thrownError: #expect(status == 1)
        }
        let modes = try probe.terminalModes()
        #expect(modes.before == modes.after, "stty changed:\n\(modes.before)\(modes.after)")
        try probe.waitForScreen("the shell again") { $0.contains(TerminalProbeRun.afterMark) }
        // The whole pane history: a crash report can be longer than the screen.
        let text = try tmux.history(probe.session)
        let lines = text.components(separatedBy: "\n")
        #expect(lines.contains(TerminalProbeRun.beforeMark), "the alternate screen was not left:\n\(text)")
        #expect(!text.contains("王家村"), "the board stayed on screen:\n\(text)")
        if ending == .trap {
            // Swift's message, written while the screen was up, shows after the restore, then the backtrace.
            let fatal = try #require(lines.firstIndex { $0.contains("Fatal error: Unexpectedly found nil") }, "\(text)")
            #expect(fatal > lines.firstIndex(of: TerminalProbeRun.beforeMark) ?? Int.max)
            #expect(text.contains("Program crashed"), "no crash report:\n\(text)")
        }
        if ending == .thrownError { #expect(text.contains("deliberate error thrown out of the session"), "\(text)") }
        let cursor = try tmux.cursor(probe.session)
        #expect(cursor.visible, "the cursor was left hidden")
    }

    /// vt100 and the Linux console have no alternate screen: a crash must erase the board itself.
    @Test(arguments: ["vt100", "linux"])
    func crashWithoutAnAlternateScreenErasesTheBoard(_ term: String) throws {
        let tmux = TerminalTmux()
        defer { tmux.kill() }
        let probe = try TerminalProbeRun.start(tmux, term: term, arguments: ["--trap-on-key", "t"])
        defer { probe.removeFolder() }
        try probe.waitForTable()
        try tmux.send(probe.session, keys: ["t"])
        #expect(try probe.waitForExit() > 128)
        let modes = try probe.terminalModes()
        #expect(modes.before == modes.after)
        let screen = try probe.waitForScreen("the shell again") { $0.contains(TerminalProbeRun.afterMark) }
        #expect(!screen.contains { $0.hasPrefix("|   ") || $0.hasPrefix("│   ") },
                "table left behind:\n\(screen.joined(separator: "\n"))")
        #expect(try tmux.history(probe.session).contains("Fatal error"))
    }

    @Test(arguments: [false, true])
    func mouseReportingIsSwitchedOffAgain(_ crash: Bool) throws {
        let tmux = TerminalTmux()
        defer { tmux.kill() }
        let probe = try TerminalProbeRun.start(tmux, term: "tmux-256color", arguments: ["--mouse", "--trap-on-key", "t"])
        defer { probe.removeFolder() }
        try probe.waitForTable()
        #expect(try tmux.mouseReporting(probe.session))
        try tmux.send(probe.session, keys: [crash ? "t" : "q"])
        let status = try probe.waitForExit()
        #expect(crash ? status > 128 : status == 0, "status \(status)")
        #expect(try !tmux.mouseReporting(probe.session), "mouse reporting left on")
        let modes = try probe.terminalModes()
        #expect(modes.before == modes.after)
    }

    @Test(arguments: [("dumb", "TERM=dumb"), ("no-such-terminal", "TERM=no-such-terminal"), ("", "TERM=(unset)")])
    func unusableTerminalsAreRefusedClearly(_ sample: (String, String)) throws {
        let tmux = TerminalTmux()
        defer { tmux.kill() }
        let environment: [String: String?] = sample.0.isEmpty ? ["TERM": nil] : [:]
        let probe = try TerminalProbeRun.start(tmux, term: sample.0, environment: environment)
        defer { probe.removeFolder() }
        #expect(try probe.waitForExit() == 1)
        let text = try probe.screen().joined(separator: "\n")
        #expect(text.contains(sample.1), "\(text)")
        let modes = try probe.terminalModes()
        #expect(modes.before == modes.after)
    }

    @Test(arguments: [["LANG": nil], ["LANG": "C"], ["LC_ALL": "POSIX"]] as [[String: String?]])
    func nonUTF8LocalesSwitchToUTF8(_ environment: [String: String?]) throws {
        let tmux = TerminalTmux()
        defer { tmux.kill() }
        let probe = try TerminalProbeRun.start(tmux, environment: environment)
        defer { probe.removeFolder() }
        let screen = try probe.waitForTable()
        #expect(screen.joined().contains("王家村"))
        TerminalLayoutTests.expectAligned(screen, width: 80)
        try tmux.send(probe.session, keys: ["q"])
        #expect(try probe.waitForExit() == 0)
    }
}
