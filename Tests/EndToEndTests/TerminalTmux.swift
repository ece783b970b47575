import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server (its own socket, no user configuration) for one test.
///
/// Each test makes its own and calls `kill()` when done, so tests can run in parallel and
/// nothing is left behind.
final class TerminalTmux {
    let socket = "vbterm-" + UUID().uuidString.prefix(8).lowercased()

    /// Starts a detached session of a fixed size running `command` (through /bin/sh).
    func start(session: String, width: Int, height: Int, command: String) throws {
        let result = try tmux(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), command],
                              readOutput: false)
        guard result.status == 0 else { throw HarnessError("tmux new-session failed (\(result.status))") }
        // Keep the pane after the program exits, so its last screen can still be read.
        try tmux(["set-option", "-g", "remain-on-exit", "on"], readOutput: false)
    }

    /// The visible screen of a session, one string per row (tmux drops trailing spaces).
    func capture(_ session: String) throws -> [String] {
        let output = try tmux(["capture-pane", "-p", "-t", session]).output
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The visible screen with its colours and attributes as escape sequences.
    func styledScreen(_ session: String) throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", session]).output
    }

    /// Everything the pane ever showed, its scrollback then the screen, wrapped lines joined.
    func history(_ session: String) throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", session]).output
    }

    /// Sends tmux key names ("q", "C-c", "F5", "BTab", "Escape").
    func send(_ session: String, keys: [String]) throws {
        try tmux(["send-keys", "-t", session] + keys, readOutput: false)
    }

    /// Types text literally (Chinese included), as an input method or a paste would.
    func type(_ session: String, _ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text], readOutput: false)
    }

    func resize(_ session: String, width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", String(width), "-y", String(height)], readOutput: false)
    }

    /// Where the terminal's real cursor is, and whether it is shown.
    func cursor(_ session: String) throws -> (x: Int, y: Int, visible: Bool) {
        let fields = try tmux(["display-message", "-p", "-t", session, "#{cursor_x} #{cursor_y} #{cursor_flag}"])
            .output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard fields.count == 3 else { throw HarnessError("tmux did not report the cursor") }
        return (fields[0], fields[1], fields[2] == 1)
    }

    /// True while the program in the pane has asked for mouse reports.
    func mouseReporting(_ session: String) throws -> Bool {
        try tmux(["display-message", "-p", "-t", session, "#{mouse_any_flag}"]).output.hasPrefix("1")
    }

    /// How many bytes typed into the pane the program has not read yet (the pty's input queue), so a test can wait
    /// until a key was taken instead of sleeping.
    func unreadInput(_ session: String) throws -> Int {
        let tty = try tmux(["display-message", "-p", "-t", session, "#{pane_tty}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let descriptor = open(tty, O_RDONLY | O_NOCTTY | O_NONBLOCK)
        guard descriptor >= 0 else { throw HarnessError("cannot open the pane's tty \(tty) (errno \(errno))") }
        defer { close(descriptor) }
        var count: Int32 = 0
        guard ioctl(descriptor, UInt(FIONREAD), &count) == 0 else { throw HarnessError("FIONREAD failed on \(tty)") }
        return Int(count)
    }

    func kill() {
        _ = try? tmux(["kill-server"], readOutput: false)
    }

    @discardableResult
    private func tmux(_ arguments: [String], readOutput: Bool = true) throws -> (status: Int32, output: String) {
        try TerminalHarness.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, readOutput: readOutput)
    }
}
