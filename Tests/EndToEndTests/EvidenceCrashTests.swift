import Foundation
import Testing
import VillageBoardCore
import VillageBoardStore

/// Kills a process that is attaching 2 MB files at random moments (mid-copy, mid-fsync, between the rename and the
/// save) and checks after each kill: the store opens, every attachment it holds names a whole file with its hash,
/// every attachment the process reported is there, and no file in evidence/ under a hash's name is a half file.
@Suite("Crash: SIGKILL while attaching evidence", .serialized)
struct EvidenceCrashTests {
    @Test func theFileAndTheOperationLandTogetherOrTheOperationDoesNot() throws {
        let binary = try TerminalHarness.binary()
        let folder = FileManager.default.temporaryDirectory.path + "/vb-evcrash-" + UUID().uuidString.prefix(8)
        let files = folder + "-files"
        var env = ProcessInfo.processInfo.environment
        env["VILLAGE_BOARD_DEVICE"] = "crash-laptop"
        env["LANG"] = "C.UTF-8"
        let (status, output) = try StoreCrashTests.run(binary, ["generate", "--households", "100", "--seed", "3", "--out", folder],
                                                       environment: env)
        try #require(status == 0, "generate failed: \(output)")
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: files)
        }
        let device = DeviceID("crash-laptop")
        var rng = SystemRandomNumberGenerator()
        var reportedAll = Set<String>()
        var midway = 0
        for round in 0..<30 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["crash-probe", "--store", folder, "--count", "1000000", "--as", "admin", "--attach-from", files]
            p.environment = env
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            var data = Data()
            // Wait for the first reported attachment (so kills land mid-stream), then kill at a random moment.
            while !String(decoding: data, as: UTF8.self).contains("attached ") {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                data.append(chunk)
            }
            usleep(UInt32.random(in: 0...(round % 3 == 0 ? 5_000 : 60_000), using: &rng))
            kill(p.processIdentifier, SIGKILL)
            data.append(out.fileHandleForReading.readDataToEndOfFile())
            _ = TerminalHarness.waitUntil(seconds: 10) { !p.isRunning }
            let reported = String(decoding: data, as: UTF8.self).split(separator: "\n")
                .compactMap { $0.hasPrefix("attached ") ? String($0.dropFirst(9)) : nil }
            reportedAll.formUnion(reported)
            if !reported.isEmpty { midway += 1 }

            let store = try Store.open(at: folder, device: device, today: Day(year: 2020, month: 6, day: 30)!)
            let held = Set(store.board.attachments.map(\.hash))
            store.close()
            #expect(reportedAll.isSubset(of: held), "round \(round): a reported attachment is gone")
            for hash in held {
                #expect(EvidenceFiles.state(of: hash, inStore: folder) == .present, "round \(round): \(hash) is not whole")
            }
            // Whatever is under a hash's name is whole, referenced or not (a kill after the rename leaves one unnamed).
            for hash in EvidenceFiles.stored(inStore: folder) {
                #expect(EvidenceFiles.state(of: hash, inStore: folder) == .present, "round \(round): half file \(hash)")
            }
        }
        #expect(midway >= 20, "most kills should land after a reported attachment")
        // (The generated board has rule findings of its own; only the evidence files are this test's.)
        let problems = StoreCheck.run(path: folder, device: device, today: Day(year: 2020, month: 6, day: 30)!)
        #expect(problems.filter { $0.file.hasPrefix(EvidenceFiles.folder + "/") }.isEmpty)
        #expect(!reportedAll.isEmpty)
    }
}
