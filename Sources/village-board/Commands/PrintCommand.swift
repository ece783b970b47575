import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// `village-board print chart|household ID --format txt|html`: the battle chart or a household's card for paper.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: HelpText.text("help.print.1"))

    enum What: String, ExpressibleByArgument, CaseIterable { case chart, household }

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp(HelpText.text("help.print.2"))) var what: What
    @Argument(help: ArgumentHelp(HelpText.text("help.print.3"))) var id: String?
    @Option(help: ArgumentHelp(HelpText.text("help.print.4"))) var format: PrintSheets.Format = .txt
    @Option(help: ArgumentHelp(HelpText.text("help.print.5"))) var scope: String?
    @Option(help: ArgumentHelp(HelpText.text("help.print.6"))) var out: String?
    @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.print.7"))) var user: String?
    @Option(help: ArgumentHelp(HelpText.text("help.print.8"))) var pin: String?

    /// The sheet's language: the option, else the one the program would speak in this environment.
    private var sheetLanguage: Language { options.language }

    func run() throws {
        try reporting(options.language) {
            let store = try options.open(readOnly: true)
            defer { store.close() }
            let board = store.board
            let text: String
            switch what {
            case .chart:
                guard let code = try scope.map({ try NamedPlace.unit($0, on: board) }) ?? board.roots.first else {
                    throw CommandFailure("cli.noUnit", scope ?? "")
                }
                // HTML is the A3 wall chart (map, tiles, burn-down); text stays the list of villages.
                let printer = try user.map { try PinAuth.authenticate($0, pin: pin, store: store, locations: options.locations) }
                let sheet = format == .html
                    ? WallChartHTML(board: board, scope: code, language: sheetLanguage,
                                    printedBy: printer?.name ?? PrintCommand.whoPrints()).page()
                    : PrintSheets.chart(board, scope: code, format: format, language: sheetLanguage)
                guard let sheet else { throw CommandFailure("cli.noUnit", scope ?? "") }
                text = sheet
            case .household:
                guard let id else { throw CommandFailure("cli.print.which") }
                // Health on paper only for a reader the permission table lets see it (checked with their PIN).
                let reader = try user.map { try PinAuth.authenticate($0, pin: pin, store: store, locations: options.locations) }
                guard let sheet = PrintSheets.householdCard(board, household: try NamedPlace.household(id, on: board),
                                                            format: format, language: sheetLanguage, readBy: reader) else {
                    throw CommandFailure("cli.noHousehold", id)
                }
                text = sheet
            }
            if let out {
                do { try ExportFile.write(Array(text.utf8), to: out) } catch { throw CommandFailure(error) }
                print(Catalog(options.language)("cli.wrote", out))
            } else {
                print(text, terminator: "")
            }
        }
    }
}

extension PrintSheets.Format: ExpressibleByArgument {}

extension PrintCommand {
    /// Who printed a chart without `--as`: the login name of the account running the program.
    static func whoPrints() -> String {
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    }
}
