import VillageBoardCore

/// Why the store could not open, save or compact. Each says what is wrong, where, and what to do.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The folder has no store.json.
    case notAStore(path: String)
    /// Creating a store where one already is.
    case alreadyExists(path: String)
    /// The store was written by a newer program.
    case newerFormat(path: String, found: Int, supported: Int)
    /// A file's content is not what the format says (file, line, field, expected, found are inside).
    case malformed(JSONError)
    /// A journal's sequence numbers skip or repeat.
    case sequenceGap(file: String, line: Int, expected: Int, found: Int)
    /// A journal line names another laptop than its file.
    case wrongDevice(file: String, line: Int, expected: DeviceID, found: DeviceID)
    /// The file system refused.
    case file(FileError)
    /// The board refused the change (nothing was written).
    case refused(BoardError)
    /// This process opened the store read-only.
    case readOnly(reason: ReadOnlyReason)
    /// The author has a signing key but it is not unlocked here (their PIN was not checked in this process).
    case unsigned(author: UserID)
    /// A batch saved together held two changes about the same task or household, or one about neither.
    case overlappingBatch

    public var description: String {
        switch self {
        case .notAStore(let path):
            "\(path) is not a Village Board store (no store.json). Create one with `village-board init --store \(path)` "
                + "or try the demo with `village-board --demo`."
        case .alreadyExists(let path):
            "\(path) already holds a store; choose an empty folder."
        case .newerFormat(let path, let found, let supported):
            "\(path)/store.json is format \(found), made by a newer Village Board; this program reads up to format "
                + "\(supported). Upgrade the program; the store was not changed."
        case .malformed(let error):
            "\(error). The store was not changed; fix or remove that line (see docs/STORE.md) and open again."
        case .sequenceGap(let file, let line, let expected, let found):
            "\(file) line \(line), field \"seq\": expected \(expected), found \(found). Lines are missing or out of order; "
                + "restore the file from a copy. The store was not changed."
        case .wrongDevice(let file, let line, let expected, let found):
            "\(file) line \(line), field \"dev\": expected \(expected), found \(found). Each laptop's journal holds only "
                + "its own operations. The store was not changed."
        case .file(let error):
            error.description
        case .refused(let error):
            error.description
        case .readOnly(let reason):
            "the store is open read-only (\(reason.description)); nothing was saved"
        case .unsigned(let author):
            "\(author)'s signing key is not unlocked: log in as \(author) with their PIN (or `village-board unlock`); "
                + "nothing was saved"
        case .overlappingBatch:
            "changes saved together must each be about a different task or household; nothing was saved"
        }
    }
}

extension StoreError {
    /// Runs file-system work and reports its refusal as `.file`: the one place file errors become store errors.
    static func onFiles<T>(_ work: () throws(FileError) -> T) throws(StoreError) -> T {
        do { return try work() } catch { throw .file(error) }
    }
}

/// Something the user should know about an open store that did not stop it opening.
public enum StoreNotice: Sendable, Hashable, CustomStringConvertible {
    /// A torn last journal line (a power cut mid-write) was set aside.
    case tornTail(file: String, line: Int, movedTo: String?)
    /// Another process holds the lock.
    case lockedByAnotherProcess
    /// Opened read-only on request.
    case readOnlyRequested
    /// Opened read-only because the store's journals folder cannot be written (read-only media, no permission).
    case readOnlyMedia
    /// An older format was read (and, when writable, rewritten).
    case migrated(from: Int, to: Int)
    /// An operation from another laptop that the board refused when replaying (kept in its journal).
    case refusedOperation(file: String, line: Int, reason: LineRefusal)
    /// A journal's hash chain breaks at this line (edited, removed or reordered by hand); the board still opened.
    case chainBroken(file: String, line: Int, problem: JournalChain.Problem)
    /// Lines of a journal applied unsigned: their authors had no signing key yet (written before operations were
    /// signed), so nothing proves who wrote them. Kept in `Store.unsignedLines`, not in `Store.notices`.
    case unsigned(file: String, lines: Int)

    public var description: String {
        switch self {
        case .tornTail(let file, let line, let moved):
            if let moved { "\(file) line \(line) was cut off (power cut?); it was never saved and was moved to \(moved)" }
            else { "\(file) line \(line) was cut off (power cut?) and was skipped" }
        case .lockedByAnotherProcess:
            "another Village Board has this store open: opened read-only"
        case .readOnlyRequested:
            "opened read-only"
        case .readOnlyMedia:
            "the store's folder cannot be written (read-only disk or no permission): opened read-only"
        case .migrated(let from, let to):
            "the store was upgraded from format \(from) to \(to)"
        case .refusedOperation(let file, let line, let reason):
            "\(file) line \(line) was not applied: \(reason)"
        case .chainBroken(let file, let line, let problem):
            "\(file) line \(line): \(problem.explanation); run `village-board check`"
        case .unsigned(let file, let lines):
            "\(lines) line(s) of \(file) are unsigned (their authors had no signing key yet): nothing proves who wrote them"
        }
    }
}

/// Why a store cannot be written just now: each says what to do, and the command line words it in the user's language.
public enum ReadOnlyReason: Sendable, Equatable, CustomStringConvertible {
    /// Opened read-only on purpose (`--read-only`, a check, a report).
    case asked
    /// The store's folder cannot be written (read-only media, another user's folder).
    case media
    /// Another Village Board program has the store open for writing.
    case locked
    /// Opened for some tasks only (a `task` command): other changes need the whole store.
    case focused([TaskID])
    /// Compaction needs the store open for writing.
    case compactionNeedsWriter
    /// Compaction needs the whole store, not some tasks of it.
    case compactionNeedsWhole
    /// An unlocked session's key could not be sealed.
    case sessionNotSealed

    public var description: String {
        switch self {
        case .asked: "asked for"
        case .media: "the store's folder cannot be written"
        case .locked: "another Village Board has this store open; close it and try again"
        case .focused(let tasks): "opened for task \(tasks.map(\.raw).sorted().joined(separator: ", ")) only"
        case .compactionNeedsWriter: "compaction needs the writer"
        case .compactionNeedsWhole: "the store was opened for some tasks only; open it whole to compact"
        case .sessionNotSealed: "the session key could not be sealed"
        }
    }
}
