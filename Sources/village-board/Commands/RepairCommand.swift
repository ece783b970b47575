import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// `village-board repair`: mends a store that no longer opens because a journal's numbering repeats or skips (two
/// programs wrote at once, or a line was pasted in). Keeps every line: those that do not continue the laptop's
/// numbering and chain move into quarantine/, and `repair --replay FILE --as USER` enters a user's own again.
struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: HelpText.text("help.repair.1"),
        discussion: HelpText.text("help.repair.2"))

    @OptionGroup var options: StoreOptions
    @Flag(help: ArgumentHelp(HelpText.text("help.repair.3"))) var dryRun = false
    @Option(help: ArgumentHelp(HelpText.text("help.left.1"), valueName: "file"))
    var replay: String?
    @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.repair.4")), completion: StoreCompletions.users)
    var user: String?
    @Option(help: ArgumentHelp(HelpText.text("help.repair.5"))) var pin: String?

    func run() throws {
        try reporting(options.language) {
            if let replay { try enterAgain(replay) } else { try mend() }
        }
    }

    /// Moves the lines that break a journal's numbering into quarantine/ and says what each was.
    private func mend() throws {
        let text = Catalog(options.language)
        let path = options.path
        guard FileManager.default.fileExists(atPath: path + "/store.json") else { throw CommandFailure("cli.noStoreAt", path) }
        let outcome: (mended: [JournalRepair.Mended], unmendable: [JournalRepair.Unmendable])
        do {
            outcome = try JournalRepair.repair(inStore: path, dryRun: dryRun, now: Clock.now())
        } catch {
            throw CommandFailure(error)
        }
        for bad in outcome.unmendable { print(text("cli.repair.unmendable", bad.file, bad.line)) }
        guard !outcome.mended.isEmpty else {
            if outcome.unmendable.isEmpty { print(text("cli.repair.nothing", path)) }
            if !outcome.unmendable.isEmpty { throw CommandFailure("cli.repair.failed", outcome.unmendable.count) }
            return
        }
        // The board after the repair names the households, tasks and people the set-aside lines were about.
        let board = try? Store.open(at: path, device: options.locations.device(), readOnly: true, today: Clock.now().day).board
        var authors = Set<UserID>()
        for m in outcome.mended {
            let lines = m.setAside.map(String.init).joined(separator: text("hh.listSeparator"))
            if let to = m.movedTo {
                print(text("cli.repair.moved", m.file, m.kept, lines, m.setAside.count, to))
            } else {
                print(text("cli.repair.wouldMove", m.file, m.kept, lines, m.setAside.count))
            }
            for op in m.operations {
                authors.insert(op.author)
                print("  " + (board.map { OperationSentence.say(op, board: $0, text: text) } ?? op.id.description))
            }
            let unreadable = m.setAside.count - m.operations.count
            if unreadable > 0 { print("  " + text("cli.repair.unreadable", unreadable)) }
            if let to = m.movedTo {
                for author in authors.sorted(by: { $0.raw < $1.raw }) {
                    print(text("cli.repair.howToReplay", author.raw, to))
                }
            }
            authors = []
        }
        if !dryRun { print(text("cli.repair.done", path)) }
        if !outcome.unmendable.isEmpty { throw CommandFailure("cli.repair.failed", outcome.unmendable.count) }
    }

    /// Enters again, as new operations of this laptop signed by the user, the user's own lines of a set-aside file.
    private func enterAgain(_ file: String) throws {
        let text = Catalog(options.language)
        guard let user else { throw CommandFailure("cli.repair.replayNeedsUser") }
        let store = try options.open()
        defer { store.close() }
        guard store.access == .writer else { throw CommandFailure("cli.lockedWriting") }
        guard let filePath = JournalRepair.locate(file, inStore: store.path) else {
            throw CommandFailure("cli.repair.noSuchFile", file)
        }
        let me = try PinAuth.authenticate(user, pin: pin, store: store, locations: options.locations)
        let lines: [JournalRepair.SetAsideLine]
        do { lines = try JournalRepair.setAside(filePath, for: me.id, in: store) } catch { throw CommandFailure(error) }
        var entered: [Int] = []
        var refused = 0
        for line in lines {
            guard let op = line.operation else {
                print(text("cli.repair.line.unreadable", line.line))
                continue
            }
            let said = OperationSentence.say(op, board: store.board, text: text)
            switch line.standing {
            case .replayed:
                print(text("cli.repair.line.already", line.line, said))
            case .unreadable:
                print(text("cli.repair.line.unreadable", line.line))
            case .otherAuthor(let author):
                print(text("cli.repair.line.other", line.line, said, store.board.user(author)?.name ?? author.raw))
            case .badSignature:
                refused += 1
                print(text("cli.repair.line.badSignature", line.line, said))
            case .ready:
                if dryRun {
                    print(text("cli.repair.line.would", line.line, said))
                    continue
                }
                do {
                    let saved = try store.save(op.change, author: me.id, at: Clock.now(for: store))
                    entered.append(line.line)
                    print(text("cli.repair.line.entered", line.line, saved.id.description, said))
                } catch {
                    refused += 1
                    print(text("cli.repair.line.refused", line.line, said, text.describe(anyError: error)))
                }
            }
        }
        do { try JournalRepair.markReplayed(entered, of: filePath) } catch { throw CommandFailure(error) }
        print(text("cli.repair.replayed", entered.count, refused))
    }
}
