import ArgumentParser
import TerminalKit
import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// `village-board recheck draw|list|results`: a 回头看 from the command line — draw a sample (saved, seed recorded),
/// list the samples, and a sample's results for a report. Re-checking each household is done on the screens.
struct RecheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recheck", abstract: HelpText.text("help.recheck.1"),
        subcommands: [Draw.self, List.self, Results.self])

    /// `recheck draw --as USER --scope UNIT (--households N | --percent P) [--seed S] [--from D --to D] [--by-village]`
    struct Draw: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "draw", abstract: HelpText.text("help.recheck.2"))
        @OptionGroup var acting: ActingUser
        @Option(help: ArgumentHelp(HelpText.text("help.recheck.3")), completion: StoreCompletions.units) var scope: String
        @Option(help: ArgumentHelp(HelpText.text("help.recheck.4"))) var households: Int?
        @Option(help: ArgumentHelp(HelpText.text("help.recheck.5"))) var percent: Int?
        @Option(help: ArgumentHelp(HelpText.text("help.recheck.6"))) var seed: UInt64?
        @Option(help: ArgumentHelp(HelpText.text("help.recheck.7"))) var from: String?
        @Option(help: ArgumentHelp(HelpText.text("help.recheck.8"))) var to: String?
        @Flag(name: .customLong("by-village"), help: ArgumentHelp(HelpText.text("help.recheck.9"))) var byVillage = false

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let board = store.board
                let code = try NamedPlace.unit(scope, on: board)
                let rule: RecheckRule
                switch (households, percent) {
                case (let n?, nil) where n >= 1: rule = .count(n)
                case (nil, let p?) where (1...100).contains(p): rule = .percent(p)
                default: throw CommandFailure("recheck.cli.size")
                }
                var period: ClosedRange<Day>?
                switch (from, to) {
                case (nil, nil): period = nil
                case (let a?, let b?):
                    let first = try HouseholdCommand.day(a), last = try HouseholdCommand.day(b)
                    guard first <= last else { throw CommandFailure("recheck.cli.period") }
                    period = first...last
                default: throw CommandFailure("recheck.cli.period")
                }
                // Without a seed, one from the clock: printed and recorded, so the draw can still be shown again.
                let seed = seed ?? UInt64(truncatingIfNeeded: Clock.now(for: store).millisecondsSinceEpoch)
                let sample = RecheckDraw.sample(id: board.rechecks.nextSampleID, on: board,
                                                frame: RecheckFrame(scope: code, period: period, stratified: byVillage),
                                                rule: rule, seed: seed, by: author, on: board.today,
                                                decidedOn: { board.recheckDecisionDay(of: $0.id) })
                guard !sample.households.isEmpty else {
                    throw CommandFailure("recheck.cli.nobody", board.unit(code)?.name ?? code.description)
                }
                try HouseholdCommand.save(.drawRecheckSample(sample), by: author, in: store)
                print(text("recheck.cli.drawn", sample.id, sample.households.count, String(seed)))
                for id in sample.households {
                    let h = store.board.household(id)
                    let village = h.flatMap { store.board.unit($0.village)?.name } ?? ""
                    print(Sanitizer.sanitize("\(id.raw)  \(h?.headName ?? "")  \(village)"))
                }
            }
        }
    }

    /// `recheck list [--scope UNIT]`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: HelpText.text("help.recheck.10"))
        @OptionGroup var options: StoreOptions
        @Option(help: ArgumentHelp(HelpText.text("help.recheck.3")), completion: StoreCompletions.units) var scope: String?

        func run() throws {
            try reporting(options.language) {
                let store = try options.open(readOnly: true)
                defer { store.close() }
                let board = store.board
                let code = try RecheckCommand.scope(scope, board)
                print(RecheckReportText.samples(board: board, scope: code, text: Catalog(options.language)), terminator: "")
            }
        }
    }

    /// `recheck results SAMPLE [--format text|json|csv]`
    struct Results: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "results", abstract: HelpText.text("help.recheck.11"))
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp(HelpText.text("help.recheck.12"))) var sample: String
        @Option(help: ArgumentHelp(HelpText.text("help.recheck.13"))) var format: ReportCommand.Format = .text

        func run() throws {
            try reporting(options.language) {
                let store = try options.open(readOnly: true)
                defer { store.close() }
                let board = store.board
                guard let s = board.rechecks.sample(sample) else { throw CommandFailure("error.unknownRecheckSample", sample) }
                switch format {
                case .text: print(RecheckReportText.results(s, board: board, text: Catalog(options.language)), terminator: "")
                case .json: print(String(decoding: RecheckExport.json(s, board: board), as: UTF8.self), terminator: "")
                case .csv: print(RecheckExport.csv(s, board: board), terminator: "")
                }
            }
        }
    }

    static func scope(_ given: String?, _ board: Board) throws -> DivisionCode {
        if let given { return try NamedPlace.unit(given, on: board) }
        guard let root = board.roots.first else { throw CommandFailure("cli.empty") }
        return root
    }
}
