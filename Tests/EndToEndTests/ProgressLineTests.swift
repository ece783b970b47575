import Foundation
import Testing

/// Long commands show what they are doing, how far along and the time left on a terminal's stderr, and nothing
/// when stderr is not a terminal.
@Suite("Progress line", .serialized)
struct ProgressLineTests {
    let binary: String
    let folder: String

    init() throws {
        binary = try TerminalHarness.binary()
        folder = try TerminalHarness.temporaryFolder()
    }

    @Test func aTerminalSeesHowFarAlongAndTheTimeLeft() throws {
        let tmux = TerminalTmux()
        defer { tmux.kill() }
        // 20,000 households take a few seconds in a debug build: long enough for a guess at the time left. English,
        // so the words are known (a locale naming no language is Chinese).
        let command = "LANG=en_US.UTF-8 VILLAGE_BOARD_PROGRESS=now VILLAGE_BOARD_DEVICE=progress-laptop '\(binary)' generate "
            + "--households 20000 --out '\(folder)/big'; echo DONE"
        try tmux.start(session: "progress", width: 100, height: 10, command: command)
        var seen: [String] = []
        let pattern = #/generating… (\d+)% · [0-9.]+ s · about \d+ s left/#
        for _ in 0..<600 {
            let screen = try tmux.capture("progress")
            if let line = screen.first(where: { $0.contains(pattern) }) { seen.append(line) }
            if screen.contains(where: { $0.contains("DONE") }) { break }
            usleep(50_000)
        }
        #expect(!seen.isEmpty, "no line with a percentage and the time left was drawn")
        let percents = seen.compactMap { line in line.firstMatch(of: pattern).flatMap { Int($0.1) } }
        #expect(percents == percents.sorted(), "the part done never goes back: \(percents)")
        // The printed result starts its own line: the progress text was cleared before it, not left in front.
        let last = try tmux.history("progress").components(separatedBy: "\n")
        #expect(!last.contains { $0.contains("generating…") }, "the line is cleared at the end: \(last)")
        #expect(last.contains { $0.hasPrefix("created ") }, "\(last)")
    }

    @Test func aPipeSeesNoProgress() throws {
        var env = ProcessInfo.processInfo.environment
        env["VILLAGE_BOARD_PROGRESS"] = "now"
        env["LANG"] = "en_US.UTF-8"
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "LC_MESSAGES")
        env["VILLAGE_BOARD_DEVICE"] = "progress-laptop"
        let result = try SyncCLI.capture(binary, ["generate", "--households", "2000", "--out", folder + "/piped"],
                                         environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("created"), "the command spoke English: \(result.stdout)")
        #expect(!result.stderr.contains("generating"), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}["), "no escape sequences into a pipe")
    }
}
