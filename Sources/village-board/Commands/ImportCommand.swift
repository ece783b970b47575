import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText

/// `village-board import KIND FILE --as USER`: an office's spreadsheet into operations, every row checked first.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.text("help.import.1"),
        discussion: HelpText.text("help.import.2"))

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp(HelpText.text("help.import.3"))) var kind: ImportKind
    @Argument(help: ArgumentHelp(HelpText.text("help.import.4"))) var file: String
    @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.import.5"))) var user: String
    @Option(help: ArgumentHelp(HelpText.text("help.import.6"))) var pin: String?
    @Flag(help: ArgumentHelp(HelpText.text("help.import.7"))) var skipInvalid = false
    @Option(help: ArgumentHelp(HelpText.text("help.import.8"))) var rejects: String?
    @Flag(help: ArgumentHelp(HelpText.text("help.import.9"))) var dryRun = false
    @Option(help: ArgumentHelp(HelpText.text("help.import.10"))) var encoding: ImportEncoding?

    func run() throws {
        try reporting(options.language, progress: "cli.progress.importing", stages: [1, 2]) {
            let store = try options.open(readOnly: dryRun)
            defer { store.close() }
            guard dryRun || store.access == .writer else { throw CommandFailure("cli.locked") }
            let author = try PinAuth.authenticate(user, pin: pin, store: store, locations: options.locations)
            guard let bytes = FileManager.default.contents(atPath: file) else { throw CommandFailure("cli.cannotRead", file) }
            let plan: ImportPlan
            do {
                plan = try SpreadsheetImport.plan(kind, bytes: [UInt8](bytes), board: store.board, author: author.id,
                                                  encoding: encoding.map { $0 == .gb18030 ? .gb18030 : .utf8 })
            }
            catch { throw CommandFailure(in: file, error) }
            let text = Catalog(options.language)
            for p in plan.problems { print(text.describe(p, in: file)) }
            let bad = plan.badRows.count
            if bad > 0 && !skipInvalid {
                throw CommandFailure("cli.import.badRows", bad, plan.table.rows.count)
            }
            if dryRun {
                print(text("findings.import.checked", plan.table.rows.count, plan.encoding.name, plan.goodChanges.count))
            } else {
                var saved = 0
                WorkMeter.current?.nextStage()
                WorkMeter.current?.expect(plan.goodChanges.count)
                for change in plan.goodChanges {
                    do {
                        try store.save(change, author: author.id, at: Clock.now(for: store))
                        saved += 1
                        WorkMeter.current?.advance(1)
                    } catch {
                        throw CommandFailure(afterSaving: saved, error)
                    }
                }
                // The cross-check's mismatches reach the board as findings the radar counts until someone looks.
                var recorded = 0
                for change in plan.findings {
                    // One refused (say, a household outside the importer's scope) stays in "to look at" below.
                    do { try store.save(change, author: author.id, at: Clock.now(for: store)) } catch { continue }
                    recorded += 1
                }
                if !plan.findings.isEmpty {
                    print(text("findings.import.findingsRecorded", recorded, plan.findings.count))
                }
                if bad > 0 {
                    let path = rejects ?? file + ".rejects.csv"
                    do { try ExportFile.write(Array(plan.rejects().text().utf8), to: path, byteOrderMark: true) }
                    catch { throw CommandFailure(error) }
                    print(text("findings.import.rejects", bad, path))
                }
                print(text("findings.import.imported", plan.table.rows.count - bad, file, plan.encoding.name, saved)
                      + (plan.alreadyImported > 0 ? text("findings.import.alreadyThere", plan.alreadyImported) : ""))
            }
            if !plan.lookAt.isEmpty {
                print(text("findings.import.lookAt", plan.lookAt.count))
                for item in plan.lookAt { print("  " + text.describe(item).visibleControls()) }
            }
        }
    }
}

extension ImportKind: ExpressibleByArgument {}

/// `--encoding`: the file's text encoding, when guessing is not wanted.
enum ImportEncoding: String, ExpressibleByArgument, CaseIterable {
    case utf8, gb18030
}
