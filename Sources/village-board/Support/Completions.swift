import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore

/// Shell completions of values from the store the command line names (`--store`, else the default): user ids,
/// task ids and unit codes. The shell runs the program at each Tab; the store is opened read-only (it writes
/// nothing, takes no lock and makes no device name), and any failure completes nothing.
enum StoreCompletions {
    static let users = CompletionKind.custom { words, _, prefix in
        values(words, prefix) { $0.users.values.filter { !$0.disabled }.map(\.id.raw) }
    }
    static let tasks = CompletionKind.custom { words, _, prefix in
        values(words, prefix) { $0.tasks.filter { $0.state != .verified }.map(\.id.raw) }
    }
    static let units = CompletionKind.custom { words, _, prefix in
        values(words, prefix) { $0.units.keys.map(\.description) }
    }

    /// The store a command line names: `--store DIR` or `--store=DIR`, else $VILLAGE_BOARD_STORE or the default.
    static func storePath(_ words: [String]) -> String {
        var option: String?
        for (i, word) in words.enumerated() {
            if word == "--store", i + 1 < words.count { option = words[i + 1] }
            if word.hasPrefix("--store=") { option = String(word.dropFirst("--store=".count)) }
        }
        let expanded = option.map { $0.hasPrefix("~/") ? NSHomeDirectory() + $0.dropFirst(1) : $0 }
        return Locations(environment: ProcessInfo.processInfo.environment).store(option: expanded)
    }

    static func values(_ words: [String], _ prefix: String, _ pick: (Board) -> [String]) -> [String] {
        let path = storePath(words)
        guard FileManager.default.fileExists(atPath: path + "/store.json"),
              let store = try? Store.open(at: path, device: DeviceID("completion"), readOnly: true, today: Clock.now().day)
        else { return [] }
        defer { store.close() }
        return pick(store.board).filter { $0.hasPrefix(prefix) }.sorted()
    }
}
