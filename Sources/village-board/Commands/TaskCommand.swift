import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board task add|edit|done|verify|reject|reopen`: the task workflow from the command line, through the board's rules.
struct TaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task", abstract: HelpText.text("help.task.1"),
        subcommands: [TaskAdd.self, TaskEdit.self, Done.self, Verify.self, Reject.self, Reopen.self])

    /// What every task subcommand takes.
    struct Common: ParsableArguments {
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp(HelpText.text("help.task.2")), completion: StoreCompletions.tasks) var ids: [String] = []
        @Option(help: ArgumentHelp(HelpText.text("help.left.4"), valueName: "file"))
        var from: String?
        @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.task.3")), completion: StoreCompletions.users)
        var user: String
        @Option(help: ArgumentHelp(HelpText.text("help.task.4"))) var pin: String?

        /// The ids named on the line and in --from, in order, each once.
        func taskIDs() throws -> [TaskID] {
            var all = ids
            if let from {
                guard let data = FileManager.default.contents(atPath: from) else {
                    throw CommandFailure("cli.task.unreadableList", from)
                }
                all += String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
                    .map { String($0).trimmingSpaces }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
            }
            var seen = Set<String>()
            let unique = all.filter { seen.insert($0).inserted }
            guard !unique.isEmpty else { throw CommandFailure("cli.task.noIDs") }
            return unique.map(TaskID.init)
        }
    }

    /// `task done ID --as USER [--note TEXT] [--attach FILE]`
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("help.task.5"))
        @OptionGroup var common: Common
        @Option(help: ArgumentHelp(HelpText.text("help.task.6"))) var note: String = ""
        @Option(help: ArgumentHelp(HelpText.text("help.task.7"))) var attach: String?
        func run() throws {
            try reporting(common.options.language) {
                if let attach { try TaskCommand.done(common, note: note, attaching: attach) } else {
                    try TaskCommand.perform(common) { .markTaskDone($0, note: note) }
                }
            }
        }
    }

    /// `task done ID --attach FILE`: the file first (so a task is never done without the evidence it was marked with),
    /// then the mark; each checked before anything is saved.
    static func done(_ common: Common, note: String, attaching file: String) throws {
        let ids = try common.taskIDs()
        guard ids.count == 1, let id = ids.first else { throw CommandFailure("cli.evidence.doneOne") }
        let store = try common.options.open(focus: [id])
        defer { store.close() }
        guard store.access == .writer else { throw CommandFailure("cli.lockedWriting") }
        let user = try PinAuth.authenticate(common.user, pin: common.pin, store: store, locations: common.options.locations)
        let text = Catalog(common.options.language)
        guard store.board.task(id) != nil else { throw CommandFailure("cli.noTask", id.raw) }
        let mark = Change.markTaskDone(id, note: note)
        if let why = store.refusal(of: mark, author: user.id, at: Clock.now(for: store)) { throw CommandFailure(why) }
        try EvidenceCommand.attach(file, name: nil, to: .task(id), by: user, store: store, language: common.options.language)
        do {
            let op = try store.save(mark, author: user.id, at: Clock.now(for: store))
            if let task = store.board.task(id) { print(text("cli.task.saved", op.id, id, text.name(task.state))) }
        } catch {
            throw CommandFailure(afterSaving: 1, error)
        }
    }

    /// `task verify ID… --as USER [--note TEXT]`
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("help.task.8"))
        @OptionGroup var common: Common
        @Option(help: ArgumentHelp(HelpText.text("help.task.9"))) var note: String = ""
        func run() throws {
            try reporting(common.options.language) { try TaskCommand.perform(common) { .verifyTask($0, note: note) } }
        }
    }

    /// `task reject ID --reason TEXT --as USER`
    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("help.task.10"))
        @OptionGroup var common: Common
        @Option(help: ArgumentHelp(HelpText.text("help.task.11"))) var reason: String
        func run() throws {
            try reporting(common.options.language) { try TaskCommand.perform(common) { .sendBackTask($0, reason: reason) } }
        }
    }

    /// `task reopen ID --reason TEXT --as USER`: a verified task back to open (回头看 found it not done).
    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("help.task.12"))
        @OptionGroup var common: Common
        @Option(help: ArgumentHelp(HelpText.text("help.task.13"))) var reason: String
        func run() throws {
            try reporting(common.options.language) { try TaskCommand.perform(common) { .reopenTask($0, reason: reason) } }
        }
    }

    /// One open (only the named tasks and their households are read), one PIN check and one write for every id:
    /// each change is checked first, and when any is refused, each refusal is listed and none is saved.
    static func perform(_ common: Common, _ change: (TaskID) -> Change) throws {
        let ids = try common.taskIDs()
        let store = try common.options.open(focus: Set(ids))
        defer { store.close() }
        guard store.access == .writer else {
            throw CommandFailure("cli.lockedWriting")
        }
        let user = try PinAuth.authenticate(common.user, pin: common.pin, store: store, locations: common.options.locations)
        let text = Catalog(common.options.language)
        let now = Clock.now(for: store)
        // Every change checked against the board as it stands, before anything is written.
        let board = store.board
        var refused: [(TaskID, String)] = []
        for id in ids {
            let why: String? = board.task(id) == nil ? text("cli.noTask", id.raw)
                : store.refusal(of: change(id), author: user.id, at: now).map { text.describe($0) }
            guard let why else { continue }
            if ids.count == 1 { throw CommandFailure(worded: { _ in why }) }
            refused.append((id, why))
        }
        for (id, why) in refused {
            FileHandle.standardError.write(Data((text("cli.task.refusedOne", id.raw, why).visibleControls() + "\n").utf8))
        }
        if !refused.isEmpty { throw CommandFailure("cli.task.refusedMany", refused.count) }
        do {
            let ops = try store.saveTogether(ids.map(change), author: user.id, at: now)
            for (op, id) in zip(ops, ids) {
                guard let task = store.board.task(id) else { continue }
                print(text("cli.task.saved", op.id, id, text.name(task.state)))
            }
            if ids.count > 1 { print(text("cli.task.savedMany", ids.count)) }
        } catch {
            throw CommandFailure(error)
        }
    }
}
