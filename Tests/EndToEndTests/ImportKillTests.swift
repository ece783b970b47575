import Foundation
import Testing

/// An import killed part way (kill -9) is finished by running the same file again: nothing lost, nothing twice.
@Suite("Import: killed part way, run again")
struct ImportKillTests {
    @Test func aKilledImportIsFinishedByRunningItAgain() throws {
        let binary = try TerminalHarness.binary()
        let folder = try TerminalHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var env = ProcessInfo.processInfo.environment
        env["VILLAGE_BOARD_DEVICE"] = "import-laptop"
        env["VILLAGE_BOARD_PIN"] = "1234"
        env["XDG_CONFIG_HOME"] = folder + "/config"
        env["LANG"] = "C.UTF-8"
        env["LC_MESSAGES"] = "en_US.UTF-8"  // these tests read the English words; C.UTF-8 alone now means Chinese
        let store = folder + "/store"
        #expect(try SyncCLI.capture(binary, ["init", "--store", store, "--demo"], environment: env).status == 0)
        let rows = 400
        var csv = "household_id,village_code,status,wages\n"
        for i in 1...rows { csv += "220602100202-\(9000 + i),220602100202,notOut,\(1000 + i)\n" }
        let file = folder + "/households.csv"
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        let journal = store + "/journal/import-laptop.jsonl"
        func lines() -> Int {
            ((try? String(contentsOfFile: journal, encoding: .utf8)) ?? "").split(separator: "\n").count
        }

        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["import", "households", file, "--as", "admin", "--store", store]
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Killed once some rows are saved and before all are.
        #expect(TerminalHarness.waitUntil(seconds: 60) { lines() >= 5 || !p.isRunning })
        kill(p.processIdentifier, SIGKILL)
        _ = TerminalHarness.waitUntil(seconds: 10) { !p.isRunning }
        let saved = lines()
        #expect(saved > 0 && saved < rows, "killed after \(saved) of \(rows) saves")

        let again = try SyncCLI.capture(binary, ["import", "households", file, "--as", "admin", "--store", store], environment: env)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("\(saved) rows were on the board already"), "\(again.stdout)")
        #expect(lines() == rows, "every row saved exactly once")
        #expect(try SyncCLI.capture(binary, ["check", "--store", store], environment: env).status == 0)
        // A third run changes nothing.
        let third = try SyncCLI.capture(binary, ["import", "households", file, "--as", "admin", "--store", store], environment: env)
        #expect(third.status == 0 && third.stdout.contains("0 changes saved"), "\(third.stdout)\(third.stderr)")
        #expect(lines() == rows)
    }
}
