import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore

/// `village-board check`: lists every problem in the store with file and line; exit 0 when clean.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate every file of the store; exit 0 when clean, 1 with a list of problems.")

    @OptionGroup var options: StoreOptions

    func run() throws {
        try reporting(progress: ("正在检查每个文件", "checking every file")) {
            let path = options.path
            guard FileManager.default.fileExists(atPath: path + "/store.json") else {
                throw CommandFailure("no store at \(path) (no store.json)")
            }
            let device: DeviceID
            do { device = try options.locations.device() } catch { throw CommandFailure("\(error)") }
            let problems = StoreCheck.run(path: path, device: device, today: Clock.now().day).map(\.description)
            // A file-sync engine's conflict copies: a problem while one may hold operations on no board.
            let copies = SyncConflictCopies.find(inStore: path)
            let all = problems + copies.filter(\.needsAttention).map(\.description)
            for note in StoreCheck.unchainedNotes(path: path) { print("note: \(note)") }
            for copy in copies where !copy.needsAttention { print("note: \(copy)") }
            if all.isEmpty {
                print("\(path): no problems")
                return
            }
            for p in all { print(p) }
            throw CommandFailure("\(all.count) problem\(all.count == 1 ? "" : "s") in \(path)")
        }
    }
}
