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
        let (status, output) = try Self.run(binary, ["generate", "--households", "100", "--seed", "7", "--out", folder], environment: env)
        try #require(status == 0, "generate failed: \(output)")
        defer { try? FileManager.default.removeItem(atPath: folder) }

        // How long the probe takes to start and save once on this machine, so kills land around and after it.
        var startup = 0.0
        for _ in 0..<3 {
            let started = Date()
            _ = try Self.run(binary, ["crash-probe", "--store", folder, "--count", "1", "--as", "probe"], environment: env)
            startup = max(startup, Date().timeIntervalSince(started))
        }
        let earliest = UInt32(startup * 700_000), latest = UInt32(startup * 1_000_000) + 250_000

        var rng = SystemRandomNumberGenerator()
        let rounds = 200
        var killedMidway = 0
        var totalReported = 0
        let device = DeviceID("crash-laptop")
        for round in 0..<rounds {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["crash-probe", "--store", folder, "--count", "1000000", "--as", "probe"]
            p.environment = env
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            // Kill at a random moment: sometimes during start-up, mostly between and during saves.
            usleep(UInt32.random(in: earliest...latest, using: &rng))
            kill(p.processIdentifier, SIGKILL)
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
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
        #expect(killedMidway > rounds / 3, "many kills should land after some saves (\(killedMidway) of \(rounds))")
        print("crash test: \(rounds) kills, \(killedMidway) after at least one save, \(totalReported) operations saved in all")
    }
}
