import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// The `--store` option every command shares, and how a command opens the store it names.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.storeOptions.1")))
    var store: String?

    @Option(help: ArgumentHelp(HelpText.text("help.storeOptions.2")))
    var lang: Language?

    var locations: Locations { Locations(environment: ProcessInfo.processInfo.environment) }

    var path: String { locations.store(option: store) }

    /// The language of this command's output and messages.
    var language: Language { lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment) }

    /// Opens the store, or fails with a message saying how to make one; `focus`: only what changing those tasks needs.
    func open(readOnly: Bool = false, focus: Set<TaskID>? = nil) throws -> Store {
        let path = self.path
        guard FileManager.default.fileExists(atPath: path + "/store.json") else {
            throw CommandFailure("cli.noStoreHow", path)
        }
        do {
            let store = try Store.open(at: path, device: try locations.device(), readOnly: readOnly, today: Clock.now().day,
                                       focus: focus)
            for notice in store.notices where notice != .readOnlyRequested {
                let text = Catalog(language)
                FileHandle.standardError.write(Data((text("cli.error", text.describe(notice)).visibleControlsKeepingLines + "\n").utf8))
            }
            for copy in SyncConflictCopies.find(inStore: path) {
                let text = Catalog(language)
                FileHandle.standardError.write(Data((text("cli.error", text.describe(copy)).visibleControls() + "\n").utf8))
            }
            return store
        } catch {
            throw CommandFailure(error)
        }
    }
}
