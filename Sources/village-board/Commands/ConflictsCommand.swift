import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore

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
                let conflicts = store.board.conflictList
                if conflicts.isEmpty { print("no conflicts"); return }
                for (n, c) in conflicts.enumerated() {
                    print("\(n + 1). \(c.field)\(c.isStructural ? " (structural)" : "")")
                    for (i, entry) in c.entries.enumerated() {
                        print("   \(i + 1)\(i == c.winner ? "*" : " ") \(store.board.describe(entry))")
                    }
                }
            }
        }
    }

    /// `conflicts choose N SIDE --as USER`: saves the operation that makes side SIDE of conflict N the board's value.
    struct Choose: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Settle conflict N by choosing side SIDE (a new operation).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The conflict's number in `village-board conflicts`.") var number: Int
        @Argument(help: "The side's number under it.") var side: Int
        @Option(name: .customLong("as"), help: "Your user id.") var user: String
        @Option(help: "Your PIN (else $VILLAGE_BOARD_PIN, else asked for at a terminal).") var pin: String?
        @Option(help: "Why (recorded with status and cadre changes).") var reason = "conflict settled"

        func run() throws {
            try reporting(options.language) {
                let store = try options.open()
                defer { store.close() }
                guard store.access == .writer else { throw CommandFailure("cli.locked") }
                let conflicts = store.board.conflictList
                guard conflicts.indices.contains(number - 1) else { throw CommandFailure("cli.conflicts.noSuch", number, conflicts.count) }
                let conflict = conflicts[number - 1]
                guard conflict.entries.indices.contains(side - 1) else { throw CommandFailure("cli.conflicts.noSide", number, side) }
                let who = try PinAuth.authenticate(user, pin: pin, store: store, locations: options.locations)
                guard store.board.mayChoose(conflict, user: who) else {
                    throw CommandFailure("cli.conflicts.outsideScope", user, conflict.field)
                }
                guard let change = store.board.resolution(of: conflict, choosing: side - 1, reason: reason) else {
                    throw CommandFailure("cli.conflicts.cannotTake", side, conflict.field)
                }
                do {
                    let op = try store.save(change, author: who.id, at: Clock.now(for: store))
                    print("saved \(op.id): \(conflict.field) settled with side \(side)")
                } catch {
                    throw CommandFailure(error)
                }
            }
        }
    }
}
