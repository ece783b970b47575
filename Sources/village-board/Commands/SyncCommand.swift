import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board sync PATH`: merges another store folder or a bundle file into this store (docs/SYNC.md).
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: HelpText.text("help.sync.1"),
        discussion: HelpText.text("help.sync.2"))

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp(HelpText.text("help.sync.3"))) var source: String?
    @Flag(help: ArgumentHelp(HelpText.text("help.sync.4"))) var status = false
    @Flag(help: ArgumentHelp(HelpText.text("help.sync.5"))) var fingerprint = false
    @Flag(help: ArgumentHelp(HelpText.text("help.sync.6"))) var newStore = false
    @Flag(help: ArgumentHelp(HelpText.text("help.sync.7")))
    var requireSigned = false

    func run() throws {
        try reporting(options.language, progress: "cli.progress.syncing", stages: Sync.mergeStages) {
            let path = options.path
            let exists = FileManager.default.fileExists(atPath: path + "/store.json")
            guard exists || (newStore && source != nil) else {
                throw CommandFailure("cli.sync.noStore", path)
            }
            if status {
                let held: [DeviceID: Int]
                do { held = try Sync.status(ofStore: path) } catch { throw CommandFailure(error) }
                print(held.keys.sorted().map { "\($0)=\(held[$0] ?? 0)" }.joined(separator: ","))
                return
            }
            if fingerprint {
                let store = try options.open(readOnly: true)
                defer { store.close() }
                print(Sync.fingerprint(store.board))
                return
            }
            guard let source else { throw CommandFailure("cli.sync.what") }
            let device: DeviceID
            do { device = try options.locations.device() } catch { throw CommandFailure(error) }
            let started = Date()
            do {
                let text = Catalog(options.language)
                let bundle = try Sync.source(at: source, now: Clock.now())
                if !FileManager.default.fileExists(atPath: source + "/store.json") {
                    try judgeSeal(of: bundle, file: source, storeExists: exists, text: text)
                }
                if !exists {
                    try Sync.createStore(at: path, from: bundle, now: Clock.now())
                    print(text("cli.sync.created", path, source))
                }
                let (report, store) = try Sync.merge(into: path, from: bundle, device: device, today: Clock.now().day)
                defer { store.close() }
                let seconds = Date().timeIntervalSince(started)
                if report.total == 0 {
                    print(text("cli.sync.nothingNew", source))
                } else {
                    let parts = report.added.keys.sorted().map { "\($0) +\(report.added[$0] ?? 0)" }
                    print(text("cli.sync.merged", report.total, source, parts.joined(separator: text("hh.listSeparator")),
                               String(format: "%.2f", seconds)))
                }
                for notice in store.notices where notice != .readOnlyRequested {
                    FileHandle.standardError.write(Data((text("cli.error", text.describe(notice)).visibleControlsKeepingLines + "\n").utf8))
                }
                EvidenceCommand.tell(report, board: store.board, language: options.language)
                let conflicts = store.board.conflictList.count
                if conflicts > 0 { print(text("cli.sync.conflicts", conflicts)) }
            } catch {
                throw CommandFailure(error)
            }
        }
    }

    /// Checks who sealed a bundle file before anything is merged: against this store's keys, or, for a new store, the
    /// keys of the base it carries. A forged seal is refused; one that cannot be proven is told, or refused with
    /// --require-signed.
    func judgeSeal(of bundle: SyncBundle, file: String, storeExists: Bool, text: Catalog) throws {
        let signer: BundleSigner
        if storeExists {
            // Users and their keys only: no household is read.
            let store = try options.open(readOnly: true, focus: [])
            defer { store.close() }
            signer = try bundle.signer(judgedBy: store.board, file: file)
        } else {
            signer = try bundle.signerJudgedByItsBase(file: file, today: Clock.now().day)
        }
        switch signer {
        case .proven(let user): print(text("seal.proven", user))
        case .unsigned, .cannotCheck:
            if requireSigned {
                let who: UserID? = if case .cannotCheck(let user) = signer { user } else { nil }
                throw SyncError.unprovenBundle(file: file, signer: who)
            }
            let line = if case .cannotCheck(let user) = signer { text("seal.cannotCheck", user) } else { text("seal.unsigned") }
            FileHandle.standardError.write(Data((text("cli.error", line).visibleControls() + "\n").utf8))
        }
    }
}
