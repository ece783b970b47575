import ArgumentParser
import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// `village-board radar`: the monitoring radar's figures for a scope (the same as the TUI's key 7), for a weekly report.
struct RadarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "radar",
        abstract: HelpText.text("help.radar.1"))

    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp(HelpText.text("help.radar.2")), completion: StoreCompletions.units)
    var scope: String?
    @Option(help: ArgumentHelp(HelpText.text("help.radar.3"))) var format: ReportCommand.Format = .text

    func run() throws {
        try reporting(options.language) {
            let store = try options.open(readOnly: true)
            defer { store.close() }
            print(try RadarCommand.render(board: store.board, scope: scope, format: format, language: options.language),
                  terminator: "")
        }
    }

    static func render(board: Board, scope: String?, format: ReportCommand.Format, language: Language) throws -> String {
        let code: DivisionCode
        if let scope {
            // A code or a unit's name, as for report and export.
            code = try NamedPlace.unit(scope, on: board)
        } else {
            guard let root = board.roots.first else { throw CommandFailure("cli.empty") }
            code = root
        }
        let radar = Radar(board: board, scope: code)
        switch format {
        case .csv: return RadarExport.csv(radar, board: board)
        case .json: return String(decoding: RadarExport.json(radar, board: board), as: UTF8.self)
        case .text: return RadarText.render(radar, board: board, text: Catalog(language))
        }
    }
}
