import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore

/// The `--store` option every command shares, and how a command opens the store it names.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The store folder (default: $VILLAGE_BOARD_STORE, else ~/.local/share/village-board/store).")
    var store: String?

    var locations: Locations { Locations(environment: ProcessInfo.processInfo.environment) }

    var path: String { locations.store(option: store) }

    /// Opens the store, or fails with a message saying how to make one; `focus`: only what changing those tasks needs.
    func open(readOnly: Bool = false, focus: Set<TaskID>? = nil) throws -> Store {
        let path = self.path
        guard FileManager.default.fileExists(atPath: path + "/store.json") else {
            throw CommandFailure("""
                no store at \(path).
                  create one:        village-board init --store \(path)
                  with demo data:    village-board init --store \(path) --demo
                  or just look:      village-board --demo
                """)
        }
        do {
            let store = try Store.open(at: path, device: try locations.device(), readOnly: readOnly, today: Clock.now().day,
                                       focus: focus)
            for notice in store.notices where notice != .readOnlyRequested {
                FileHandle.standardError.write(Data("village-board: \(notice)\n".utf8))
            }
            for copy in SyncConflictCopies.find(inStore: path) {
                FileHandle.standardError.write(Data("village-board: \(copy)\n".utf8))
            }
            return store
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}

/// A failure to report on stderr with a non-zero exit, without a stack trace.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    var exitCode: Int32 = 1
    init(_ description: String, exitCode: Int32 = 1) {
        self.description = description
        self.exitCode = exitCode
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a `CommandFailure` into a message on stderr and an exit code.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("village-board: \(failure.description)\n".utf8))
            throw ExitCode(failure.exitCode)
        }
    }
}
