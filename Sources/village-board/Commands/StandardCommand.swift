import ArgumentParser
import VillageBoardCore
import VillageBoardText

/// `village-board standard --year Y --income-line N --monitoring-line N --dibao N`: the year's thresholds. An empty
/// store has none, and without one no exit or risk elimination can pass its gate (the figures are data, not code).
struct StandardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standard",
        abstract: HelpText.text("help.standard.1"))
    @OptionGroup var acting: ActingUser
    @Option(help: ArgumentHelp(HelpText.text("help.standard.2"))) var year: Int?
    @Option(help: ArgumentHelp(HelpText.text("help.standard.3"))) var incomeLine: Int
    @Option(help: ArgumentHelp(HelpText.text("help.standard.4"))) var monitoringLine: Int
    @Option(help: ArgumentHelp(HelpText.text("help.standard.5"))) var dibao: Int

    func run() throws {
        try HouseholdCommand.run(as: acting, in: self) { store, author, text in
            let y = year ?? store.board.year
            // Hostile numbers are refused here rather than trapping later in a sum.
            let amounts = [incomeLine, monitoringLine, dibao]
            guard (1900...2200).contains(y), amounts.allSatisfy({ (0...100_000_000).contains($0) }) else {
                throw CommandFailure("cli.standard.bad")
            }
            let s = YearStandard(year: y, incomeLine: incomeLine, monitoringLine: monitoringLine, dibaoStandard: dibao)
            try HouseholdCommand.save(.setStandard(s), by: author, in: store)
            print(text("cli.standard.set", y, incomeLine, monitoringLine, dibao))
        }
    }
}
