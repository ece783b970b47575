import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board conflicts [choose N SIDE --as USER]`: what two laptops changed differently, and settling it.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List conflicts between laptops; `conflicts choose N SIDE --as USER` settles one.",
        subcommands: [List.self, Choose.self],
        defaultSubcommand: List.self)

    /// `conflicts list`: every open conflict, numbered, with every side; the side the board shows is marked `*`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every open conflict and its sides (* = on the board).")
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
        static let configuration = CommandConfiguration(abstract: "Settle conflict N by choosing side SIDE (a new operation).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The conflict's number in `village-board conflicts`.") var number: Int
        @Argument(help: "The side's number under it.") var side: Int
        @Option(name: .customLong("as"), help: "Your user id.") var user: String
        @Option(help: "Your PIN (else $VILLAGE_BOARD_PIN, else asked for at a terminal).") var pin: String?
        @Option(help: "Why (recorded with status and cadre changes; default: \"conflict settled\" in --lang).") var reason: String?

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
