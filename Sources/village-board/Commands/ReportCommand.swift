import ArgumentParser
import Foundation
import TerminalKit
import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// `village-board report`: the article's summary per county or township, as text, JSON or CSV.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: HelpText.text("help.report.1"))

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp(HelpText.text("help.report.2")), completion: StoreCompletions.units)
    var scope: String?
    @Option(help: ArgumentHelp(HelpText.text("help.report.3"))) var format: Format = .text
    @Flag(name: .customLong("burn-down"), help: ArgumentHelp(HelpText.text("help.report.4")))
    var burnDown = false

    func run() throws {
        try reporting(options.language) {
            let store = try options.open(readOnly: true)
            defer { store.close() }
            print(try ReportCommand.render(board: store.board, scope: scope, format: format,
                                           language: options.language, burnDown: burnDown),
                  terminator: "")
        }
    }

    static func render(board: Board, scope: String?, format: Format, language: Language, burnDown: Bool = false) throws -> String {
        let code: DivisionCode
        if let scope {
            code = try NamedPlace.unit(scope, on: board)
        } else {
            guard let root = board.roots.first else { throw CommandFailure("cli.empty") }
            code = root
        }
        guard let report = ScopeReport(board: board, scope: code) else { throw CommandFailure("cli.noUnit", code) }
        switch format {
        case .csv: return burnDown ? ReportExport.burnDownCSV(report) : ReportExport.csv(report)
        case .json: return String(decoding: ReportExport.json(report), as: UTF8.self)
        case .text:
            let text = Catalog(language)
            return burnDown ? BurnDownText.render(report.burnDown, text: text) : ReportText.render(report, text: text)
        }
    }
}

extension Language: ExpressibleByArgument {}
