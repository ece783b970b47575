import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board evidence attach|list|open`: files attached as evidence (佐证材料) to a checklist mark, a task or a
/// visit — copied into the store under their SHA-256, listed, opened (docs/STORE.md, Evidence files).
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: HelpText.text("help.evidence.1"),
        subcommands: [Attach.self, List.self, Open.self])

    /// What a file is attached to: a task, a household's checklist item, or one of its visits.
    struct Target: ParsableArguments {
        @Option(help: ArgumentHelp(HelpText.text("help.evidence.2"))) var task: String?
        @Option(help: ArgumentHelp(HelpText.text("help.evidence.3")))
        var household: String?
        @Option(help: ArgumentHelp(HelpText.text("help.evidence.4"))) var item: String?
        @Option(help: ArgumentHelp(HelpText.text("help.evidence.5"))) var visit: Int?

        /// The target these options name on `board`, or why they do not.
        func target(on board: Board) throws -> EvidenceTarget {
            if let task {
                guard board.task(TaskID(task)) != nil else { throw CommandFailure("cli.noTask", task) }
                return .task(TaskID(task))
            }
            guard let household, item != nil || visit != nil else { throw CommandFailure("cli.evidence.target") }
            let id = HouseholdID(household)
            guard let h = board.household(id) else { throw CommandFailure(BoardError.unknownHousehold(id)) }
            if let item {
                guard let it = ChecklistItem(key: item) else {
                    throw CommandFailure("cli.evidence.noItem", item, ChecklistItem.allCases.map(\.key).joined(separator: ", "))
                }
                return .check(id, it)
            }
            let n = visit ?? 0
            guard n >= 1, n <= h.visits.count else { throw CommandFailure("cli.evidence.noVisit", household, n, h.visits.count) }
            return .visit(id, n - 1)
        }
    }

    /// `evidence attach FILE (--task ID | --household ID --item ITEM | --household ID --visit N) --as USER`
    struct Attach: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.text("help.evidence.6"),
            discussion: HelpText.text("help.left.6"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.evidence.7"))) var file: String
        @OptionGroup var target: Target
        @Option(help: ArgumentHelp(HelpText.text("help.evidence.8"))) var name: String?

        func run() throws {
            try reporting(acting.options.language) {
                let store = try acting.options.open()
                defer { store.close() }
                guard store.access == .writer else { throw CommandFailure("cli.lockedWriting") }
                let user = try PinAuth.authenticate(acting.user, pin: acting.pin, store: store, locations: acting.options.locations)
                let to = try target.target(on: store.board)
                try EvidenceCommand.attach(file, name: name, to: to, by: user, store: store, language: acting.options.language)
            }
        }
    }

    /// Attaches one file and says so; shared by `evidence attach` and `task done --attach`.
    static func attach(_ file: String, name: String?, to target: EvidenceTarget, by user: User, store: Store,
                       language: Language) throws {
        let text = Catalog(language)
        do {
            let op = try store.attach(fileAt: file, name: name, to: target, author: user.id, at: Clock.now(for: store))
            guard case .attachEvidence(let a) = op.change else { return }
            print(text("cli.evidence.attached", op.id, a.name, text.fileSize(a.size), text.evidenceTarget(a.target, board: store.board)))
        } catch {
            throw CommandFailure(error)
        }
    }

    /// `evidence list [--task ID | --household ID [--item ITEM | --visit N]] [--as USER]`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.text("help.evidence.9"),
            discussion: HelpText.text("help.left.7"))
        @OptionGroup var options: StoreOptions
        @OptionGroup var target: Target
        @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.evidence.10"))) var user: String?
        @Option(help: ArgumentHelp(HelpText.text("help.evidence.11"))) var pin: String?

        func run() throws {
            try reporting(options.language) {
                let store = try options.open(readOnly: true)
                defer { store.close() }
                let reader = try user.map { try PinAuth.authenticate($0, pin: pin, store: store, locations: options.locations) }
                let board = store.board
                let text = Catalog(options.language)
                let shown: [Attachment]
                if target.task != nil || target.item != nil || target.visit != nil {
                    shown = board.attachments(of: try target.target(on: board))
                } else if let household = target.household {
                    let id = HouseholdID(household)
                    guard board.household(id) != nil else { throw CommandFailure(BoardError.unknownHousehold(id)) }
                    shown = board.attachments(ofHousehold: id)
                } else {
                    shown = board.attachments
                }
                guard !shown.isEmpty else { print(text("cli.evidence.listNone")); return }
                print(text("cli.evidence.listHeader"))
                for a in shown {
                    let name = Privacy.opensAttachment(a, for: reader, board: board) ? a.name : text("evidence.masked")
                    let mark = switch EvidenceFiles.state(of: a.hash, inStore: store.path) {
                    case .present: ""
                    case .missing: " " + text("cli.evidence.missingMark")
                    case .damaged: " " + text("cli.evidence.damagedMark")
                    }
                    print(text("cli.evidence.listRow", a.hash.prefix(8), name, text.fileSize(a.size), board.user(a.by)?.name ?? a.by.raw,
                               a.on.iso, text.evidenceTarget(a.target, board: board)) + mark)
                }
            }
        }
    }

    /// `evidence open HASH --as USER`: the desktop's opener, or the file's path.
    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.text("help.evidence.12"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.evidence.13"))) var hash: String

        func run() throws {
            try reporting(acting.options.language) {
                let store = try acting.options.open(readOnly: true)
                defer { store.close() }
                let user = try PinAuth.authenticate(acting.user, pin: acting.pin, store: store, locations: acting.options.locations)
                let wanted = hash.lowercased()
                var hashes: [String] = []
                for a in store.board.attachments where a.hash.hasPrefix(wanted) && !hashes.contains(a.hash) { hashes.append(a.hash) }
                guard !wanted.isEmpty, let found = hashes.first else { throw CommandFailure("cli.evidence.noSuch", hash) }
                guard hashes.count == 1 else { throw CommandFailure("cli.evidence.ambiguous", hash) }
                // Any attachment of this file the user may open will do: the same bytes.
                let mine = store.board.attachments.filter { $0.hash == found }
                guard mine.contains(where: { Privacy.opensAttachment($0, for: user, board: store.board) }) else {
                    throw CommandFailure("cli.evidence.notAllowed", user.id)
                }
                try EvidenceCommand.open(found, store: store, language: acting.options.language)
            }
        }
    }

    /// Opens the stored file for `hash` (checked whole first), or prints its path when there is no opener.
    static func open(_ hash: String, store: Store, language: Language) throws {
        let path = EvidenceFiles.path(of: hash, inStore: store.path)
        guard EvidenceFiles.state(of: hash, inStore: store.path) == .present else {
            throw CommandFailure("cli.evidence.fileGone", hash.prefix(8), EvidenceFiles.relativePath(of: hash))
        }
        switch EvidenceOpener.open(path) {
        case .opened: break
        case .noOpener: print(Catalog(language)("cli.evidence.path", path))
        case .failed(let command, let status): throw CommandFailure("cli.evidence.openerFailed", command, status, path)
        }
    }
}

extension EvidenceCommand {
    /// What a merge did with evidence files: how many arrived, and each damaged or still missing one by name.
    static func tell(_ report: Sync.Report, board: Board, language: Language) {
        let text = Catalog(language)
        func warn(_ line: String) {
            FileHandle.standardError.write(Data((text("cli.error", line).visibleControls() + "\n").utf8))
        }
        if report.filesAdded > 0 { print(text("cli.sync.filesAdded", report.filesAdded)) }
        for a in report.filesDamaged {
            warn(text("cli.sync.fileDamaged", a.name, a.hash.prefix(8), text.evidenceTarget(a.target, board: board)))
        }
        for a in report.filesMissing {
            warn(text("cli.sync.fileMissing", a.name, a.hash.prefix(8), text.evidenceTarget(a.target, board: board)))
        }
        if !report.filesMissing.isEmpty { print(text("cli.sync.filesMissing", report.filesMissing.count)) }
    }
}
