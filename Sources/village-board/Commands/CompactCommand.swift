import ArgumentParser
import VillageBoardStore

/// `village-board compact`: writes a new snapshot so the next open reads less journal.
struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact", abstract: "Write a new snapshot (journals are kept: other laptops may need them).")

    @OptionGroup var options: StoreOptions

    func run() throws {
        try reporting(progress: ("正在压缩", "compacting")) {
            let store = try options.open()
            defer { store.close() }
            guard store.access == .writer else { throw CommandFailure("another Village Board has the store open; try again later") }
            do { try store.compact() } catch { throw CommandFailure("\(error)") }
            print("compacted \(store.path)")
        }
    }
}
