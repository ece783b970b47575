import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board task add|done|verify|reject`: the task workflow from the command line, through the board's rules.
struct TaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task", abstract: "Create tasks, mark them done, verify them (销号), or send them back with a reason.",
        subcommands: [TaskAdd.self, Done.self, Verify.self, Reject.self])

    /// What every task subcommand takes: one or many ids, on the line or in a file.
    struct Common: ParsableArguments {
        @OptionGroup var options: StoreOptions
        @Argument(help: "The tasks' ids.", completion: StoreCompletions.tasks) var ids: [String] = []
        @Option(help: "A file of task ids, one a line (blank lines and lines starting with # are skipped).",
                completion: .file())
        var from: String?
        @Option(name: .customLong("as"), help: "Your user id (who is doing this).", completion: StoreCompletions.users)
        var user: String
        @Option(help: "Your PIN (else $VILLAGE_BOARD_PIN, else asked for at a terminal).") var pin: String?
    }

    /// `task done ID… --as USER [--note TEXT]`
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark tasks done (they then await verification).")
        @OptionGroup var common: Common
        @Option(help: "What was done.") var note: String = ""
        func run() throws {
            try reporting(common.options.language) { try TaskCommand.perform(common) { .markTaskDone($0, note: note) } }
        }
    }

    /// `task verify ID… --as USER`
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Verify tasks marked done (strike them off, 销号).")
        @OptionGroup var common: Common
        func run() throws {
            try reporting(common.options.language) { try TaskCommand.perform(common) { .verifyTask($0) } }
        }
    }

    /// `task reject ID… --reason TEXT --as USER`
    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Send tasks marked done back, with a reason.")
        @OptionGroup var common: Common
        @Option(help: "Why they are sent back (required).") var reason: String
        func run() throws {
            try reporting(common.options.language) { try TaskCommand.perform(common) { .sendBackTask($0, reason: reason) } }
        }
    }

    /// The ids named on the line and in `--from`, in order, each once.
    static func ids(_ common: Common) throws -> [TaskID] {
        var raw = common.ids
        if let file = common.from {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw CommandFailure("cli.cannotRead", file)
            }
            raw += text.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        var seen = Set<String>()
        let ids = raw.filter { seen.insert($0).inserted }.map(TaskID.init)
        guard !ids.isEmpty else { throw CommandFailure("cli.task.noIds") }
        return ids
    }

    /// One store open and one PIN check for the whole batch. Every id must name a task before anything is saved;
    /// a task the rules refuse is reported and the rest are still saved, and the command then fails.
    static func perform(_ common: Common, _ change: (TaskID) -> Change) throws {
        let ids = try ids(common)
        // Only the tasks and their households are read, not every household: the command answers at once at any size.
        let store = try common.options.open(focus: Set(ids))
        defer { store.close() }
        guard store.access == .writer else {
            throw CommandFailure("cli.lockedWriting")
        }
        let user = try PinAuth.authenticate(common.user, pin: common.pin, store: store, locations: common.options.locations)
        if let unknown = ids.first(where: { store.board.task($0) == nil }) {
            throw CommandFailure("cli.noTask", unknown.raw)
        }
        let text = Catalog(common.options.language)
        var refused: [(TaskID, any Error)] = []
        for id in ids {
            do {
                let op = try store.save(change(id), author: user.id, at: Clock.now(for: store))
                guard let task = store.board.task(id) else { continue }
                print(text("cli.task.saved", op.id, id, text.name(task.state)))
            } catch {
                refused.append((id, error))
            }
        }
        guard !refused.isEmpty else { return }
        if ids.count == 1, let only = refused.first { throw CommandFailure(only.1) }
        for (id, error) in refused {
            FileHandle.standardError.write(Data((text("cli.error", text("cli.task.refused", id, text.describe(anyError: error)))
                .visibleControlsKeepingLines + "\n").utf8))
        }
        throw CommandFailure("cli.task.batchRefused", ids.count - refused.count, ids.count, refused.count)
    }
}
