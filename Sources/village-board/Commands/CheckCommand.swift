import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board check`: lists every problem in the store with file and line; exit 0 when clean.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate every file of the store; exit 0 when clean, 1 with a list of problems.")

    @OptionGroup var options: StoreOptions

    func run() throws {
        try reporting(options.language) {
            let path = options.path
            guard FileManager.default.fileExists(atPath: path + "/store.json") else {
                throw CommandFailure("cli.noStoreAt", path)
            }
            let device: DeviceID
            do { device = try options.locations.device() } catch { throw CommandFailure(error) }
            var notes: [StoreCheck.Problem] = []
            let problems = StoreCheck.run(path: path, device: device, today: Clock.now().day, notes: &notes)
            for note in StoreCheck.unchainedNotes(path: path) + notes { print(Catalog(options.language)("cli.check.note", note)) }
            if problems.isEmpty {
                print(Catalog(options.language)("cli.check.clean", path))
                return
            }
            for p in problems { print(p) }
            throw CommandFailure(problems.count == 1 ? "cli.check.problem" : "cli.check.problems", problems.count, path)
        }
    }
}
