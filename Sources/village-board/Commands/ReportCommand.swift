import ArgumentParser
import Foundation
import TerminalKit
import VillageBoardCore
import VillageBoardStore
import VillageBoardUI

/// `village-board report`: the article's summary per county or township, as text, JSON or CSV.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Summary per county/township: registered, out, remaining, incidence, unmet items, tasks.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @OptionGroup var options: StoreOptions
    @Option(help: "The unit to report on (12-digit code; default: the top of the board).", completion: StoreCompletions.units)
    var scope: String?
    @Option(help: "text, json or csv.") var format: Format = .text
    @Option(help: "zh or en (default: from LANG).") var lang: Language?

    func run() throws {
        try reporting {
            let store = try options.open(readOnly: true)
            defer { store.close() }
            print(try ReportCommand.render(board: store.board, scope: scope, format: format,
                                           language: lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)),
                  terminator: "")
        }
    }

    static func render(board: Board, scope: String?, format: Format, language: Language) throws -> String {
        let code: DivisionCode
        if let scope {
            guard let c = DivisionCode(scope) else { throw CommandFailure("--scope must be a 12-digit division code (got '\(scope)')") }
            code = c
        } else {
            guard let root = board.roots.first else { throw CommandFailure("the store is empty: nothing to report") }
            code = root
        }
        guard let report = ScopeReport(board: board, scope: code) else { throw CommandFailure("no unit \(code) in this store") }
        switch format {
        case .csv: return ReportExport.csv(report)
        case .json: return String(decoding: ReportExport.json(report), as: UTF8.self)
        case .text: return ReportText.render(report, text: Catalog(language))
        }
    }
}

extension Language: ExpressibleByArgument {}
