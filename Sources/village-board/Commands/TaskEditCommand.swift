import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board task edit ID [--title T] [--owner U] [--due D] --reason R`: an open task's terms changed, with a
/// reason; history shows each old → new. Opens only the task (as `task done` does) and checks one PIN.
struct TaskEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: HelpText.text("help.taskEdit.1"))
    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp(HelpText.text("help.taskEdit.2")), completion: StoreCompletions.tasks) var id: String
    @Option(help: ArgumentHelp(HelpText.text("help.taskEdit.3"))) var title: String?
    @Option(help: ArgumentHelp(HelpText.text("help.taskEdit.4")), completion: StoreCompletions.users) var owner: String?
    @Option(help: ArgumentHelp(HelpText.text("help.taskEdit.5"))) var due: String?
    @Option(help: ArgumentHelp(HelpText.text("help.taskEdit.6"))) var reason: String
    @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.taskEdit.7")), completion: StoreCompletions.users)
    var user: String
    @Option(help: ArgumentHelp(HelpText.text("help.taskEdit.8"))) var pin: String?

    func run() throws {
        try reporting(options.language) { try edit() }
    }

    func edit() throws {
        guard title != nil || owner != nil || due != nil else { throw CommandFailure("cli.task.editNothing") }
        let newDue = try due.map { text -> Day in
            guard let day = Day(iso: text) else { throw CommandFailure("cli.task.badDue", text) }
            return day
        }
        let taskID = TaskID(id)
        let store = try options.open(focus: [taskID])
        defer { store.close() }
        guard store.access == .writer else { throw CommandFailure("cli.lockedWriting") }
        let author = try PinAuth.authenticate(user, pin: pin, store: store, locations: options.locations)
        guard let task = store.board.task(taskID) else { throw CommandFailure("cli.noTask", id) }
        var to = task.terms
        if let title { to.title = title.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let owner { to.owner = UserID(owner) }
        if let newDue { to.due = newDue }
        do {
            let op = try store.save(.editTask(taskID, from: task.terms, to: to, reason: reason), author: author.id,
                                    at: Clock.now(for: store))
            print(Catalog(options.language)("cli.task.edited", op.id, taskID))
        } catch {
            throw CommandFailure(error)
        }
    }
}
