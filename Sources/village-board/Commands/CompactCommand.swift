import ArgumentParser
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board compact`: writes a new snapshot so the next open reads less journal.
struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact", abstract: HelpText.text("help.compact.1"))

    @OptionGroup var options: StoreOptions

    func run() throws {
        try reporting(options.language, progress: "cli.progress.compacting", stages: [2, 1]) {
            let store = try options.open()
            defer { store.close() }
            guard store.access == .writer else { throw CommandFailure("cli.locked") }
            WorkMeter.current?.nextStage()
            do { try store.compact() } catch { throw CommandFailure(error) }
            print(Catalog(options.language)("cli.compacted", store.path))
        }
    }
}
