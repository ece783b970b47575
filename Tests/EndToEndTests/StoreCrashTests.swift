import Foundation
import Testing
import VillageBoardCore
import VillageBoardStore

/// Kills a process that is saving changes at random moments, hundreds of times, and checks after each kill
/// that the store opens and holds every change the process had reported saved.
@Suite("Crash: SIGKILL while saving", .serialized)
struct StoreCrashTests {
    static func run(_ binary: String, _ arguments: [String], environment: [String: String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        p.environment = environment
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func everyReportedSaveSurvivesAKill() throws {
        let binary = try TerminalHarness.binary()
        let folder = FileManager.default.temporaryDirectory.path + "/vb-crash-" + UUID().uuidString.prefix(8)
        var env = ProcessInfo.processInfo.environment
        env["VILLAGE_BOARD_DEVICE"] = "crash-laptop"
        env["LANG"] = "C.UTF-8"
        env["LC_MESSAGES"] = "en_US.UTF-8"  // these tests read the English words; C.UTF-8 alone now means Chinese
        let (status, output) = try Self.run(binary, ["generate", "--households", "100", "--seed", "7", "--out", folder], environment: env)
        try #require(status == 0, "generate failed: \(output)")
        defer { try? FileManager.default.removeItem(atPath: folder) }

        // How long the probe takes to start and save once on this machine, so kills land around and after it.
        var startup = 0.0
        for _ in 0..<3 {
            let started = Date()
            _ = try Self.run(binary, ["crash-probe", "--store", folder, "--count", "1", "--as", "admin"], environment: env)
            startup = max(startup, Date().timeIntervalSince(started))
        }
        let earliest = UInt32(startup * 300_000), latest = UInt32(startup * 1_000_000) + 100_000

        var rng = SystemRandomNumberGenerator()
        let rounds = 200
        var killedMidway = 0
        var totalReported = 0
        let device = DeviceID("crash-laptop")
        for round in 0..<rounds {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["crash-probe", "--store", folder, "--count", "1000000", "--as", "admin"]
            p.environment = env
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            // Half the rounds kill at a random moment after the first reported save (mid-stream, whatever the
            // machine's load); the other half at a random moment from start-up on, which may land before any save.
            var data = Data()
            if round % 2 == 0 {
                while !String(decoding: data, as: UTF8.self).contains("saved ") {
                    let chunk = out.fileHandleForReading.availableData
                    if chunk.isEmpty { break }
                    data.append(chunk)
                }
                usleep(UInt32.random(in: 0...30_000, using: &rng))
            } else {
                usleep(UInt32.random(in: earliest...latest, using: &rng))
            }
            kill(p.processIdentifier, SIGKILL)
            data.append(out.fileHandleForReading.readDataToEndOfFile())
            // Bounded: waitUntilExit can miss a child's exit when tests run in parallel (see TerminalHarness).
            _ = TerminalHarness.waitUntil(seconds: 10) { !p.isRunning }
            let reported = String(decoding: data, as: UTF8.self).split(separator: "\n")
                .compactMap { $0.hasPrefix("saved ") ? Int($0.dropFirst(6)) : nil }.max() ?? 0
            if reported > 0 { killedMidway += 1 }
            totalReported = max(totalReported, reported)

            let store: Store
            do {
                store = try Store.open(at: folder, device: device, today: Day(year: 2026, month: 1, day: 1)!)
            } catch {
                Issue.record("round \(round): the store did not open after a kill: \(error)")
                return
            }
            let saved = store.board.seen[device] ?? 0
            #expect(saved >= reported, "round \(round): reported \(reported) saved, store holds \(saved)")
            #expect(store.board.rollups == store.board.recountedRollups())
            store.close()
        }
        #expect(killedMidway >= rounds / 2, "every other kill lands after a save (\(killedMidway) of \(rounds))")
        print("crash test: \(rounds) kills, \(killedMidway) after at least one save, \(totalReported) operations saved in all")
    }
}
