import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board check`: lists every problem in the store with file and line; exit 0 when clean.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: HelpText.text("findings.help.check"))
    }

    @OptionGroup var options: StoreOptions

    func run() throws {
        try reporting(options.language, progress: "cli.progress.checking", stages: StoreCheck.stages) {
            let path = options.path
            guard FileManager.default.fileExists(atPath: path + "/store.json") else {
                throw CommandFailure("cli.noStoreAt", path)
            }
            let device: DeviceID
            do { device = try options.locations.device() } catch { throw CommandFailure(error) }
            var notes: [StoreCheck.Problem] = []
            let text = Catalog(options.language)
            let problems = StoreCheck.run(path: path, device: device, today: Clock.now().day, notes: &notes).map { text.describe($0) }
            // A file-sync engine's conflict copies: a problem while one may hold operations on no board.
            let copies = SyncConflictCopies.find(inStore: path)
            let all = problems + copies.filter(\.needsAttention).map { text.describe($0) }
            for note in StoreCheck.unchainedNotes(path: path) + notes { print(text("cli.check.note", text.describe(note))) }
            for copy in copies where !copy.needsAttention { print(text("cli.check.note", text.describe(copy))) }
            if all.isEmpty {
                print(text("cli.check.clean", path))
                return
            }
            for p in all { print(p) }
            throw CommandFailure(all.count == 1 ? "cli.check.problem" : "cli.check.problems", all.count, path)
        }
    }
}
