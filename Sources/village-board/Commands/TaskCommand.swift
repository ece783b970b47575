import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board task done|verify|reject`: the task workflow from the command line, through the board's rules.
struct TaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task", abstract: "Mark a task done, verify it (销号), or send it back with a reason.",
        subcommands: [Done.self, Verify.self, Reject.self])

    /// What every task subcommand takes.
    struct Common: ParsableArguments {
        @OptionGroup var options: StoreOptions
        @Argument(help: "The task's id.", completion: StoreCompletions.tasks) var id: String
        @Option(name: .customLong("as"), help: "Your user id (who is doing this).", completion: StoreCompletions.users)
        var user: String
        @Option(help: "Your PIN (else $VILLAGE_BOARD_PIN, else asked for at a terminal).") var pin: String?
    }

    /// `task done ID --as USER [--note TEXT]`
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a task done (it then awaits verification).")
        @OptionGroup var common: Common
        @Option(help: "What was done.") var note: String = ""
        func run() throws {
            try reporting(common.options.language) { try TaskCommand.perform(common) { .markTaskDone($0, note: note) } }
        }
    }

    /// `task verify ID --as USER`
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Verify a task marked done (strike it off, 销号).")
        @OptionGroup var common: Common
        func run() throws {
            try reporting(common.options.language) { try TaskCommand.perform(common) { .verifyTask($0) } }
        }
    }

    /// `task reject ID --reason TEXT --as USER`
    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Send a task marked done back, with a reason.")
        @OptionGroup var common: Common
        @Option(help: "Why it is sent back (required).") var reason: String
        func run() throws {
            try reporting(common.options.language) { try TaskCommand.perform(common) { .sendBackTask($0, reason: reason) } }
        }
    }

    static func perform(_ common: Common, _ change: (TaskID) -> Change) throws {
        // Only the task and its household are read, not every household: the command answers at once at any size.
        let store = try common.options.open(focus: [TaskID(common.id)])
        defer { store.close() }
        guard store.access == .writer else {
            throw CommandFailure("cli.lockedWriting")
        }
        let user = try PinAuth.authenticate(common.user, pin: common.pin, store: store, locations: common.options.locations)
        let id = TaskID(common.id)
        guard store.board.task(id) != nil else { throw CommandFailure("cli.noTask", common.id) }
        do {
            let op = try store.save(change(id), author: user.id, at: Clock.now(for: store))
            guard let task = store.board.task(id) else { return }
            let text = Catalog(common.options.language)
            print(text("cli.task.saved", op.id, id, text.name(task.state)))
        } catch {
            throw CommandFailure(error)
        }
    }
}
