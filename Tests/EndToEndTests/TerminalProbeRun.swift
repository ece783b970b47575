import Foundation

/// One `village-board terminal-probe` running in a tmux pane, wrapped in a small sh script
/// that records `stty -g` before and after, the probe's pid and its exit status.
///
/// The script is run by sh, not an interactive bash: bash would repair the terminal after a
/// crashed child and hide exactly the damage these tests look for.
struct TerminalProbeRun {
    let tmux: TerminalTmux
    let session: String
    let folder: String

    static let beforeMark = "BEFORE-MARK"
    static let afterMark = "AFTER-MARK"

    /// Starts the probe at `width`×`height` with TERM=`term`; `environment` adds or (nil) removes variables.
    static func start(
        _ tmux: TerminalTmux, session: String = "main", width: Int = 80, height: Int = 24,
        term: String = "xterm-256color", environment: [String: String?] = [:], arguments: [String] = []
    ) throws -> TerminalProbeRun {
        let folder = try TerminalHarness.temporaryFolder()
        var variables: [String: String?] = ["LANG": "C.UTF-8", "LC_ALL": nil, "LC_CTYPE": nil, "TERM": term,
                                            "NO_COLOR": nil, "SWIFT_BACKTRACE": "interactive=no"]
        variables.merge(environment) { _, new in new }
        let removals = variables.filter { $0.value == nil }.keys.sorted().map { "-u " + $0 }
        let settings = variables.compactMap { key, value in value.map { key + "=" + quote($0) } }.sorted()
        let probe = ([try TerminalHarness.binary(), "terminal-probe"] + arguments).map(quote).joined(separator: " ")
        let script = """
            trap : INT
            cd \(quote(folder))
            stty -g > before
            echo \(beforeMark)
            env \((removals + settings).joined(separator: " ")) sh -c 'echo $$ > pid; exec "$@"' probe \(probe)
            code=$?
            stty -g > after
            echo \(afterMark)
            echo $code > status.tmp && mv status.tmp status
            exec sleep 3600

            """
        try script.write(toFile: folder + "/run.sh", atomically: true, encoding: .utf8)
        try tmux.start(session: session, width: width, height: height, command: "sh " + quote(folder + "/run.sh"))
        return TerminalProbeRun(tmux: tmux, session: session, folder: folder)
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    func screen() throws -> [String] {
        try tmux.capture(session)
    }

    /// Waits until the screen satisfies `condition`; throws with the last screen if it never does.
    @discardableResult
    func waitForScreen(seconds: Double = 20, _ what: String, _ condition: ([String]) -> Bool) throws -> [String] {
        var last: [String] = []
        let held = try TerminalHarness.waitUntil(seconds: seconds) {
            last = try screen()
            return condition(last)
        }
        guard held else { throw HarnessError("timed out waiting for \(what); screen was:\n" + last.joined(separator: "\n")) }
        return last
    }

    /// Waits for the probe's table to be drawn.
    @discardableResult
    func waitForTable(seconds: Double = 20) throws -> [String] {
        try waitForScreen(seconds: seconds, "the probe table") { lines in
            lines.contains { $0.contains("Progress") } && lines.last?.contains("Quit") == true
        }
    }

    /// The probe's process id (as written by the wrapper before exec).
    func pid() throws -> Int32 {
        var value: Int32?
        _ = TerminalHarness.waitUntil(seconds: 10) {
            value = (try? String(contentsOfFile: folder + "/pid", encoding: .utf8))
                .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            return value != nil
        }
        guard let value else { throw HarnessError("the probe never wrote its pid") }
        return value
    }

    /// Waits for the probe to end and returns its exit status (128 + n when killed by signal n).
    func waitForExit(seconds: Double = 20) throws -> Int32 {
        var status: Int32?
        _ = TerminalHarness.waitUntil(seconds: seconds) {
            status = (try? String(contentsOfFile: folder + "/status", encoding: .utf8))
                .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            return status != nil
        }
        guard let status else {
            throw HarnessError("the probe did not exit; screen was:\n" + ((try? screen()) ?? []).joined(separator: "\n"))
        }
        return status
    }

    /// `stty -g` before the probe started and after it ended.
    func terminalModes() throws -> (before: String, after: String) {
        (try String(contentsOfFile: folder + "/before", encoding: .utf8),
         try String(contentsOfFile: folder + "/after", encoding: .utf8))
    }

    func removeFolder() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
