import ArgumentParser
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

// `household visit`, `household correct-visit`, `household void-visit` (issue 13): a visit recorded for a past day,
// and a mistyped one corrected or voided as a new operation with a reason. Nothing is deleted.
extension HouseholdCommand {
    /// `household visit ID [--day YYYY-MM-DD] --found TEXT --done TEXT`
    struct RecordVisit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "visit",
            abstract: HelpText.text("help.householdVisit.1"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.householdVisit.2"))) var household: String
        @Option(help: ArgumentHelp(HelpText.text("help.householdVisit.3"))) var day: String?
        @Option(help: ArgumentHelp(HelpText.text("help.householdVisit.4"))) var found: String = ""
        @Option(help: ArgumentHelp(HelpText.text("help.householdVisit.5"))) var done: String = ""

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let board = store.board
                let h = try HouseholdCommand.household(household, board)
                let when = try day.map { try HouseholdCommand.visitDay($0) } ?? board.today
                try HouseholdCommand.checkVisitDay(when, of: h.id, board)
                let found = found.trimmingSpaces, done = done.trimmingSpaces
                guard !found.isEmpty || !done.isEmpty else { throw CommandFailure("cli.visit.empty") }
                try HouseholdCommand.save(.addVisit(h.id, Visit(day: when, by: author, found: found, done: done)),
                                          by: author, in: store)
                print(text("cli.visit.recorded", h.id, when.iso, h.visits.count + 1))
            }
        }
    }

    /// `household correct-visit ID N [--day …] [--found …] [--done …] --reason TEXT`
    struct CorrectVisit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct-visit",
            abstract: HelpText.text("help.householdVisit.6"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.householdVisit.7"))) var household: String
        @Argument(help: ArgumentHelp(HelpText.text("help.householdVisit.8"))) var number: Int
        @Option(help: ArgumentHelp(HelpText.text("help.householdVisit.9"))) var day: String?
        @Option(help: ArgumentHelp(HelpText.text("help.householdVisit.10"))) var found: String?
        @Option(help: ArgumentHelp(HelpText.text("help.householdVisit.11"))) var done: String?
        @Option(help: ArgumentHelp(HelpText.text("help.householdVisit.12"))) var reason: String = ""

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let board = store.board
                let h = try HouseholdCommand.household(household, board)
                let n = try HouseholdCommand.visitIndex(number, of: h)
                guard !reason.trimmingSpaces.isEmpty else { throw CommandFailure("cli.visit.reason") }
                let from = h.visits[n]
                var to = from
                if let day {
                    to.day = try HouseholdCommand.visitDay(day)
                    try HouseholdCommand.checkVisitDay(to.day, of: h.id, board)
                }
                if let found { to.found = found.trimmingSpaces }
                if let done { to.done = done.trimmingSpaces }
                guard to != from else { throw CommandFailure("cli.visit.nothing") }
                try HouseholdCommand.save(.correctVisit(h.id, visit: n, from: from, to: to, reason: reason.trimmingSpaces),
                                          by: author, in: store)
                print(text("cli.visit.corrected", h.id, number))
            }
        }
    }

    /// `household void-visit ID N --reason TEXT`
    struct VoidVisit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "void-visit",
            abstract: HelpText.text("help.householdVisit.13"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.householdVisit.14"))) var household: String
        @Argument(help: ArgumentHelp(HelpText.text("help.householdVisit.15"))) var number: Int
        @Option(help: ArgumentHelp(HelpText.text("help.householdVisit.16"))) var reason: String = ""

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let h = try HouseholdCommand.household(household, store.board)
                let n = try HouseholdCommand.visitIndex(number, of: h)
                guard !reason.trimmingSpaces.isEmpty else { throw CommandFailure("cli.visit.reason") }
                guard !h.visits[n].voided else { throw CommandFailure("visits.alreadyVoided") }
                var to = h.visits[n]
                to.voided = true
                try HouseholdCommand.save(.correctVisit(h.id, visit: n, from: h.visits[n], to: to, reason: reason.trimmingSpaces),
                                          by: author, in: store)
                print(text("cli.visit.voided", h.id, number))
            }
        }
    }

    /// A typed visit day, or the words for one that cannot be read.
    static func visitDay(_ text: String) throws -> Day {
        guard let d = Day(iso: text.trimmingSpaces) else { throw CommandFailure("cli.visit.badDate", text) }
        return d
    }

    /// Refuses a day in the future or before the household was registered, in the user's words.
    static func checkVisitDay(_ day: Day, of id: HouseholdID, _ board: Board) throws {
        if let problem = board.visitProblem(id, day: day, recordedOn: board.today) {
            throw CommandFailure(BoardError.visitDate(id, problem))
        }
    }

    /// A visit's position from the number people count it by (from 1).
    static func visitIndex(_ number: Int, of h: Household) throws -> Int {
        guard number >= 1, number <= h.visits.count else {
            throw CommandFailure("cli.visit.noVisit", h.id, number, h.visits.count)
        }
        return number - 1
    }
}
