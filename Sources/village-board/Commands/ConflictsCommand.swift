import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board conflicts [choose N SIDE --as USER]`: what two laptops changed differently, and settling it.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: HelpText.text("help.conflicts.1"),
        subcommands: [List.self, Choose.self],
        defaultSubcommand: List.self)

    /// `conflicts list`: every open conflict, numbered, with every side; the side the board shows is marked `*`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("help.conflicts.2"))
        @OptionGroup var options: StoreOptions

        func run() throws {
            try reporting(options.language) {
                let store = try options.open(readOnly: true)
                defer { store.close() }
                let text = Catalog(options.language)
                let board = store.board
                let conflicts = board.conflictList
                if conflicts.isEmpty { print(text("conflicts.empty")); return }
                for (n, c) in conflicts.enumerated() {
                    let kind = text(c.isStructural ? "conflicts.kind.structural" : "conflicts.kind.field")
                    print(text("cli.conflicts.line", n + 1, text.subject(c, board: board), kind))
                    for (i, entry) in c.entries.enumerated() {
                        print("   \(i + 1)\(i == c.winner ? "*" : " ") \(ConflictsCommand.side(entry, board, text))")
                    }
                }
            }
        }
    }

    /// One side: who (name and id), when, on which laptop, and the value, or what was refused and why.
    static func side(_ entry: ConflictEntry, _ board: Board, _ text: Catalog) -> String {
        let who = entry.op.map { op in
            "\(board.user(op.author).map { "\($0.name) (\(op.author))" } ?? op.author.raw) \(op.time.iso) \(op.id)"
        } ?? text("conflicts.fromSnapshot")
        guard let value = entry.value else { return who + ": " + text("cli.conflicts.refused", text.describe(refusal: entry)) }
        return who + ": " + text.describe(value)
    }
    /// `conflicts choose N SIDE --as USER`: saves the operation that makes side SIDE of conflict N the board's value.
    struct Choose: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("help.conflicts.3"))
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp(HelpText.text("help.conflicts.4"))) var number: Int
        @Argument(help: ArgumentHelp(HelpText.text("help.conflicts.5"))) var side: Int
        @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.conflicts.6"))) var user: String
        @Option(help: ArgumentHelp(HelpText.text("help.conflicts.7"))) var pin: String?
        @Option(help: ArgumentHelp(HelpText.text("help.conflicts.8"))) var reason: String?

        func run() throws {
            try reporting(options.language) {
                let store = try options.open()
                defer { store.close() }
                guard store.access == .writer else { throw CommandFailure("cli.locked") }
                let text = Catalog(options.language)
                let conflicts = store.board.conflictList
                guard conflicts.indices.contains(number - 1) else { throw CommandFailure("cli.conflicts.noSuch", number, conflicts.count) }
                let conflict = conflicts[number - 1]
                guard conflict.entries.indices.contains(side - 1) else { throw CommandFailure("cli.conflicts.noSide", number, side) }
                let who = try PinAuth.authenticate(user, pin: pin, store: store, locations: options.locations)
                guard store.board.mayChoose(conflict, user: who) else {
                    throw CommandFailure("cli.conflicts.outsideScope", user, text.subject(conflict, board: store.board))
                }
                guard let change = store.board.resolution(of: conflict, choosing: side - 1, reason: reason ?? text("cli.conflicts.defaultReason")) else {
                    throw CommandFailure("cli.conflicts.cannotTake", side, text.subject(conflict, board: store.board))
                }
                do {
                    let op = try store.save(change, author: who.id, at: Clock.now(for: store))
                    print(text("cli.conflicts.settled", op.id, text.subject(conflict, board: store.board), side))
                } catch {
                    throw CommandFailure(error)
                }
            }
        }
    }
}
