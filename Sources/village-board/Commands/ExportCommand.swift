import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText

/// `village-board export households|members|tasks|report --format csv|json|xlsx`: tables for spreadsheet programs.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: HelpText.text("help.export.1"),
        discussion: HelpText.text("help.export.2"))

    enum What: String, ExpressibleByArgument, CaseIterable { case households, members, tasks, report }
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, xlsx }

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp(HelpText.text("help.export.3"))) var what: What
    @Option(help: ArgumentHelp(HelpText.text("help.export.4"))) var format: Format = .csv
    @Option(help: ArgumentHelp(HelpText.text("help.export.5"))) var out: String?
    @Option(help: ArgumentHelp(HelpText.text("help.export.6"))) var scope: String?
    @Flag(help: ArgumentHelp(HelpText.text("help.export.7"))) var fullIds = false
    @Flag(help: ArgumentHelp(HelpText.text("help.export.8")))
    var keys = false
    @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.export.9"))) var user: String?
    @Option(help: ArgumentHelp(HelpText.text("help.export.10"))) var pin: String?
    @Option(help: ArgumentHelp(HelpText.text("help.left.3"), valueName: "dir"))
    var withEvidence: String?

    func run() throws {
        try reporting(options.language, progress: "cli.progress.exporting", stages: [4, 1]) {
            let store = try options.open(readOnly: true)
            defer { store.close() }
            let board = store.board
            WorkMeter.current?.nextStage()
            // Who asks is checked with their PIN; the permission table says whether they may have full ID numbers and
            // health (without --as, neither).
            let reader = try user.map { try PinAuth.authenticate($0, pin: pin, store: store, locations: options.locations) }
            if fullIds {
                guard let reader, Privacy.exportsFullIDNumbers(user: reader, explicitly: true, board: board) else {
                    throw CommandFailure("cli.export.fullIDs")
                }
            }
            var code: DivisionCode?
            if let scope {
                code = try NamedPlace.unit(scope, on: board)
            }
            var table: CSVTable
            var reportJSON: [UInt8]?
            switch what {
            case .households: table = TableExport.table(.households, board: board, scope: code, fullIDs: fullIds, readBy: reader)
            case .members: table = TableExport.table(.members, board: board, scope: code, fullIDs: fullIds, readBy: reader)
            case .tasks: table = TableExport.table(.tasks, board: board, scope: code, fullIDs: fullIds, readBy: reader)
            case .report:
                guard let root = code ?? board.roots.first, let report = ScopeReport(board: board, scope: root) else {
                    throw CommandFailure("cli.empty")
                }
                table = TableExport.table(report)
                reportJSON = ReportExport.json(report)
            }
            // People get the register's words in Chinese (import reads them back); programs get the keys.
            let kind: TableExport.Kind? = switch what {
            case .households: .households
            case .members: .members
            case .tasks: .tasks
            case .report: nil
            }
            let numericKeys = Set(["wages", "business", "property", "transfer", "costs", "birth_year"] + ReportExport.columns)
                .subtracting(["colour"])
            var numericColumns = numericKeys
            if let kind, options.language == .zh, !keys, format != .json {
                table = ExportWords.chinese(table, kind: kind)
                numericColumns = Set(numericKeys.map { ExportWords.label(of: $0, kind: kind) })
            }
            let bytes: [UInt8]
            switch format {
            case .csv: bytes = TableExport.csv(table)
            case .json: bytes = reportJSON ?? TableExport.json(table)
            case .xlsx:
                guard out != nil else { throw CommandFailure("cli.export.xlsxOut") }
                do { bytes = try XLSXWorkbook.data(table, sheet: what.rawValue, numeric: { numericColumns.contains($0) }) }
                catch { throw CommandFailure(error) }
            }
            if let out {
                do { try ExportFile.write(bytes, to: out) } catch { throw CommandFailure(error) }
                print(Catalog(options.language)("cli.wroteRows", out, table.rows.count))
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
            if let withEvidence {
                try exportEvidence(to: withEvidence, store: store, scope: code, reader: reader)
            }
        }
    }

    /// The evidence files of the households and tasks in scope that `reader` may open, copied with readable names; the
    /// rest counted (not theirs to export, or missing in the store). Without --as nothing is anyone's to export.
    private func exportEvidence(to folder: String, store: Store, scope: DivisionCode?, reader: User?) throws {
        let board = store.board
        let text = Catalog(options.language)
        let inScope = board.attachments.filter { a in
            guard let scope else { return true }
            let village = switch a.target {
            case .task(let id): board.task(id).flatMap { board.village(of: $0) }
            case .check(let h, _), .visit(let h, _): board.household(h)?.village
            }
            return village.map { board.isInside($0, scope: scope) } ?? false
        }
        let mine = inScope.filter { Privacy.opensAttachment($0, for: reader, board: board) }
        let result: (copied: [String], missing: [Attachment])
        do { result = try EvidenceFiles.export(mine, fromStore: store.path, to: folder) } catch { throw CommandFailure(error) }
        print(text("cli.export.evidence", result.copied.count, folder))
        let skipped = inScope.count - mine.count + result.missing.count
        if skipped > 0 {
            FileHandle.standardError.write(Data((text("cli.error", text("cli.export.evidenceSkipped", skipped)) + "\n").utf8))
        }
    }
}
