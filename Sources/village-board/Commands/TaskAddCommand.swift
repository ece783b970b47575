import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board task add`: a new task for a household or a village, through the board's rules.
struct TaskAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: HelpText.text("help.taskAdd.1"))
    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp(HelpText.text("help.taskAdd.2"))) var household: String?
    @Option(help: ArgumentHelp(HelpText.text("help.taskAdd.3"))) var village: String?
    @Option(help: ArgumentHelp(HelpText.text("help.taskAdd.4"))) var title: String?
    @Option(help: ArgumentHelp(HelpText.text("help.taskAdd.5")), completion: StoreCompletions.users) var owner: String?
    @Option(help: ArgumentHelp(HelpText.text("help.taskAdd.6")))
    var measure: String?
    @Option(help: ArgumentHelp(HelpText.text("help.taskAdd.7"))) var scope: String?
    @Option(help: ArgumentHelp(HelpText.text("help.taskAdd.8")))
    var item: String?
    @Option(help: ArgumentHelp(HelpText.text("help.taskAdd.9")))
    var target: String?
    @Flag(help: ArgumentHelp(HelpText.text("help.taskAdd.10"))) var dryRun = false
    @Option(help: ArgumentHelp(HelpText.text("help.taskAdd.11"))) var due: String
    @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.taskAdd.12")), completion: StoreCompletions.users)
    var user: String
    @Option(help: ArgumentHelp(HelpText.text("help.taskAdd.13"))) var pin: String?

    func run() throws {
        try reporting(options.language) { try add() }
    }

    /// The task's subject from `--household` or `--village` (exactly one).
    func subject() throws -> TaskSubject {
        switch (household, village) {
        case (let h?, nil): return .household(HouseholdID(h))
        case (nil, let v?):
            guard let code = DivisionCode(v) else { throw CommandFailure("cli.badCode", v) }
            return .village(code)
        default: throw CommandFailure("cli.task.oneSubject")
        }
    }

    /// The item (household task) or target (village task) the new task is linked to, from `--item` and `--target`.
    func links(for subject: TaskSubject) throws -> (ChecklistItem?, VillageTargetKind?) {
        let text = Catalog(options.language)
        switch subject {
        case .household:
            if target != nil { throw CommandFailure("cli.taskflow.targetNeedsVillage") }
            return (try item.map { try Self.item(named: $0, text) }, nil)
        case .village:
            if item != nil { throw CommandFailure("cli.taskflow.itemNeedsHousehold") }
            guard let target else { return (nil, nil) }
            guard let kind = VillageTargetKind(rawValue: target)
                    ?? VillageTargetKind.allCases.first(where: { text.name($0) == target }) else {
                throw CommandFailure("cli.taskflow.badTarget", target,
                                     VillageTargetKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return (nil, kind)
        }
    }

    func add() throws {
        if let measure { return try addFromMeasure(measure) }
        let subject = try subject()
        guard let day = Day(iso: due) else { throw CommandFailure("cli.task.badDue", due) }
        guard let owner else { throw CommandFailure("cli.task.noOwner") }
        let title = (title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw CommandFailure("cli.task.noTitle") }
        let store = try options.open()
        defer { store.close() }
        guard store.access == .writer else { throw CommandFailure("cli.lockedWriting") }
        let author = try PinAuth.authenticate(user, pin: pin, store: store, locations: options.locations)
        let now = Clock.now(for: store)
        // Unique across laptops: this laptop's device and the moment; a second add in the same millisecond counts on.
        guard let id = store.newTaskIDs(1, at: now).first else { return }
        var task = WorkTask(id: id, subject: subject, title: title, owner: UserID(owner), due: day,
                            createdBy: author.id, createdOn: now.day)
        (task.item, task.target) = try links(for: subject)
        do {
            let op = try store.save(.addTask(task), author: author.id, at: now)
            print(Catalog(options.language)("cli.task.added", op.id, id))
        } catch {
            throw CommandFailure(error)
        }
    }
}
