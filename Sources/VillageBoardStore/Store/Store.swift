import VillageBoardCore

/// An open store folder: the board it holds, and the one way to change it — `save`, which appends the
/// operation to this laptop's journal and fsyncs before the board changes. See docs/STORE.md.
public final class Store {
    /// How the store was opened.
    public enum Access: Equatable, Sendable {
        case writer
        case readOnly
    }

    public let path: String
    public let device: DeviceID
    public let access: Access
    /// The board, which `save` changes in place; the screens read this same one (`ScreenContext(live:)`), so the
    /// program holds one copy of it.
    public let live: LiveBoard
    /// The board as it is now.
    public var board: Board { live.board }
    /// What the user should be told about this open (torn tails set aside, read-only, migration).
    public internal(set) var notices: [StoreNotice]
    /// What the board holds after a break in a journal's hash chain: told on every screen and marked where shown.
    public internal(set) var unverified = UnverifiedChanges()
    /// The fixed "today" of a demo or training store, if it has one.
    public let clock: Day?

    private var lock: StoreLock?
    private var journal: AppendOnlyFile?
    /// Where each laptop's journal ends, as far as the board has read it.
    var journalEnds: [DeviceID: Int]
    /// The chain value of this laptop's last journal line: the `prev` of the next line saved (see JournalChain).
    private var chainTip: [UInt8] = JournalChain.genesis
    /// The tasks this store was opened for, when its board holds only them and their households (see `open`);
    /// such a board saves changes to those tasks and is never written as a snapshot.
    public private(set) var focus: Set<TaskID>?
    /// How many lines of each journal file were applied unsigned (their authors had no signing key yet).
    public internal(set) var unsignedLines: [String: Int] = [:]
    /// The operations the snapshot already held when the store was opened (its log starts after them), read from
    /// the journals when a history asks: histories and the log reach back past a compaction.
    public private(set) var earlier: JournalArchive
    /// The logged-in user's unsealed signing key: `save` signs with it every operation that user authors. Set after
    /// their PIN was checked (`PinHasher.unlock`) or an unlocked session was found; never written anywhere.
    public var signer: Signer?

    private init(path: String, device: DeviceID, access: Access, board: Board, notices: [StoreNotice], clock: Day?,
                 lock: StoreLock?, journalEnds: [DeviceID: Int]) {
        self.path = path
        self.device = device
        self.access = access
        self.live = LiveBoard(board)
        self.notices = notices
        self.clock = clock
        self.lock = lock
        self.journalEnds = journalEnds
        self.earlier = JournalArchive(path: path, covers: [:])
    }

    deinit { close() }

    var journalFolder: String { path + "/" + Journal.folder }
    var ownJournalPath: String { journalFolder + "/" + Journal.fileName(for: device) }

    // MARK: Creating

    /// Makes a new store in `path` (an empty or missing folder) holding `board` as its first snapshot.
    @discardableResult
    public static func create(at path: String, board: Board, device: DeviceID, clock: Day? = nil,
                              now: Timestamp) throws(StoreError) -> Store {
        if FileIO.exists(path + "/" + StoreMeta.fileName) { throw .alreadyExists(path: path) }
        do {
            try FileIO.createFolder(path)
            try FileIO.createFolder(path + "/" + Journal.folder)
            let meta = StoreMeta(format: StoreMeta.currentFormat, created: now, clock: clock)
            try FileIO.replaceAtomically(path + "/" + Snapshot.fileName) { (write) throws(FileError) in
                try Snapshot.write(board, covers: [:], into: write)
            }
            try StoreBase.record(inStore: path)
            // store.json last: a folder without it is not a store, so a failed create is never half-opened.
            try FileIO.replaceAtomically(path + "/" + StoreMeta.fileName, with: meta.encoded())
        } catch {
            throw .file(error)
        }
        return try open(at: path, device: device, today: clock ?? now.day)
    }

    // MARK: Opening

    /// Opens the store in `path`. As the writer unless another process holds the lock (or `readOnly` is asked),
    /// in which case it opens read-only and says so in `notices`. A failed open changes no file.
    ///
    /// With `focus`, the board read is partial: units, users, standards and every task, but of the households only
    /// those the focused tasks are about, and of the journals' operations only those that apply to that (the rest
    /// are counted as seen). It is enough to check and save a change to those tasks, in a fraction of the time of
    /// a whole open; when it would not be (the snapshot must be rebuilt or migrated, or a focused task was added
    /// after the snapshot), the whole board is read instead.
    public static func open(at path: String, device: DeviceID, readOnly: Bool = false, today: Day,
                            focus: Set<TaskID>? = nil) throws(StoreError) -> Store {
        try open(at: path, device: device, readOnly: readOnly, today: today, focus: focus, snapshot: nil)
    }

    /// `open`, with the snapshot already read by the caller (`check` reads it to look for flaws; reading it twice
    /// was half of a large store's check). It must be the snapshot (or base) file this open would read, in the
    /// current format, read with the store's day.
    static func open(at path: String, device: DeviceID, readOnly: Bool = false, today: Day,
                     focus: Set<TaskID>? = nil, snapshot: consuming Snapshot.Loaded?) throws(StoreError) -> Store {
        let meta = try readMeta(inStore: path)
        var notices: [StoreNotice] = readOnly ? [.readOnlyRequested] : []
        var lock = readOnly ? nil : try takeLock(inStore: path, notices: &notices)
        // Whatever way this function leaves before the store owns the lock, the lock goes with it.
        defer { lock?.release() }
        // A store on read-only media (or in a folder this user may not write) is locked, to keep it steady while it
        // is read, but opened read-only and said so: every change is refused up front rather than failing to save.
        let journals = path + "/" + Journal.folder
        let writable = FileIO.canWrite(inFolder: FileIO.isFolder(journals) ? journals : path)
        if lock != nil && !writable { notices.append(.readOnlyMedia) }
        let access: Access = lock != nil && writable ? .writer : .readOnly
        let day = meta.clock ?? today

        // Read everything before changing anything, so a failed open leaves every file as it was. A partial board
        // is only read from a snapshot in the current format, and falls back to the whole board when it cannot do.
        let contents = try readContents(inStore: path, meta: meta, day: day, device: device,
                                        focus: meta.format == StoreMeta.currentFormat ? focus : nil, snapshot: consume snapshot)
        // Unsigned lines of keyless authors are facts about the files, not news: `check` tells them, opening does not.
        var unsigned: [String: Int] = [:]
        for notice in contents.notices {
            if case .unsigned(let file, let lines) = notice { unsigned[file] = lines } else { notices.append(notice) }
        }

        // Now that everything has been read, set torn tails aside (only the writer changes files).
        notices += try setTornTailsAside(contents.reads, inStore: path, day: day, moving: access == .writer)

        let store = Store(path: path, device: device, access: access, board: contents.board, notices: notices,
                          clock: meta.clock, lock: lock, journalEnds: contents.ends)
        lock = nil  // the store holds it now, and releases it on close
        store.chainTip = contents.chainTip
        store.unverified = unverifiedChanges(contents.reads, notices: contents.notices)
        store.focus = contents.focus
        store.earlier = JournalArchive(path: path, covers: contents.covers)
        store.unsignedLines = unsigned
        // A rebuilt board gets a snapshot that matches it, so the next open starts from there (a cache: may fail).
        if contents.rebuilt && access == .writer && meta.format == StoreMeta.currentFormat { try? store.compact() }
        if meta.format < StoreMeta.currentFormat {
            if access == .writer { try store.finishMigration(from: meta) }
            store.notices.append(.migrated(from: meta.format, to: StoreMeta.currentFormat))
        }
        return store
    }

    /// store.json, when the folder holds a store this program can read.
    static func readMeta(inStore path: String) throws(StoreError) -> StoreMeta {
        let read = try StoreError.onFiles { () throws(FileError) in
            try FileIO.readWholeFileIfExists(path + "/" + StoreMeta.fileName)
        }
        guard let bytes = read else { throw .notAStore(path: path) }
        let meta = try StoreMeta.decode(bytes, file: StoreMeta.fileName)
        if meta.format > StoreMeta.currentFormat {
            throw .newerFormat(path: path, found: meta.format, supported: StoreMeta.currentFormat)
        }
        return meta
    }

    /// The store's lock, or nil (and a notice) when another process holds it.
    private static func takeLock(inStore path: String, notices: inout [StoreNotice]) throws(StoreError) -> StoreLock? {
        // A holder that is just closing (or a process being started elsewhere in this program, whose child holds a
        // copy of the descriptor until it execs) lets go within milliseconds: a short wait before settling for
        // read-only, so a close followed by an open (sync's merge) does not lose the lock to that moment.
        for attempt in 0..<20 {
            switch try StoreError.onFiles({ () throws(FileError) in try StoreLock.acquire(inFolder: path) }) {
            case .acquired(let lock):
                return lock
            case .heldElsewhere:
                if attempt < 19 { POSIX.pause(milliseconds: 10) }
            }
        }
        notices.append(.lockedByAnotherProcess)
        return nil
    }

    /// What an open read: the board with every journal applied, and what the store needs to go on saving.
    private struct Contents {
        var board: Board
        var reads: [Journal.Read]
        var ends: [DeviceID: Int]
        var chainTip: [UInt8]
        var notices: [StoreNotice]
        var rebuilt: Bool
        var focus: Set<TaskID>?
        /// What the snapshot the board was read from covers of each journal (none when rebuilt from the base).
        var covers: [DeviceID: JournalMark]
    }

    /// Reads the snapshot and the journals and applies them; with `focus`, a partial board when one will do (see
    /// `open`), else the whole board. Changes no file.
    private static func readContents(inStore path: String, meta: StoreMeta, day: Day, device ownDevice: DeviceID,
                                     focus: Set<TaskID>?, snapshot: consuming Snapshot.Loaded? = nil) throws(StoreError) -> Contents {
        let loaded: Snapshot.Loaded
        // A snapshot read by the caller stands for the file only whole and in the current format.
        if let snapshot = consume snapshot, focus == nil, meta.format == StoreMeta.currentFormat {
            loaded = snapshot
        } else {
            let snapshotFile = try StoreError.onFiles { () throws(FileError) in try StoreBase.snapshotFile(inStore: path) }
            loaded = if let focus {
                try Snapshot.decode(snapshotFile.bytes, file: Snapshot.fileName, today: day, focus: focus)
            } else {
                try Snapshot.decode(snapshotFile.bytes, format: meta.format, file: Snapshot.fileName, today: day,
                                    mapped: snapshotFile)
            }
        }
        var board = loaded.board
        var notices: [StoreNotice] = []
        var tip = JournalChain.genesis
        var reads = try StoreBase.readJournals(inStore: path, covers: loaded.covers) { device, file, bytes, read in
            // Every journal's hash chain is checked at open (a few milliseconds per 10,000 lines): a break is told,
            // not fatal, and `village-board check` names the line.
            if let broken = JournalChain.verify(bytes).firstBreak {
                notices.append(.chainBroken(file: file, line: broken.line, problem: broken.problem))
            }
            if device == ownDevice { tip = JournalChain.tip(of: bytes, end: read.end) }
        }

        let stale = StoreBase.snapshotIsStale(reads, frontier: board.frontier)
        // A partial board cannot be rebuilt, nor hold a focused task added since the snapshot (its household
        // was not read): read the whole board instead.
        if let focus, stale || reads.contains(where: { r in
            r.entries.contains { if case .addTask(let t) = $0.op.change { focus.contains(t.id) } else { false } }
        }) {
            return try readContents(inStore: path, meta: meta, day: day, device: ownDevice, focus: nil)
        }

        // Operations that sort before what the snapshot holds (arrived from another laptop): rebuild from the base.
        var rebuilt = false
        if stale, let fresh = try StoreBase.rebuild(inStore: path, format: meta.format, today: day) {
            (board, reads, rebuilt) = (fresh.board, fresh.reads, true)
        }
        notices += replay(reads, onto: &board, partial: focus != nil)
        var ends: [DeviceID: Int] = [:]
        for r in reads { ends[r.device] = r.end }
        return Contents(board: board, reads: reads, ends: ends, chainTip: tip, notices: notices, rebuilt: rebuilt,
                        focus: focus, covers: rebuilt ? [:] : loaded.covers)
    }

    /// The operations at or after each line where a journal's chain breaks (`StoreNotice.chainBroken`).
    private static func unverifiedChanges(_ reads: [Journal.Read], notices: [StoreNotice]) -> UnverifiedChanges {
        var unverified = UnverifiedChanges()
        var breaks: [String: Int] = [:]
        for case .chainBroken(let file, let line, _) in notices { breaks[file] = min(line, breaks[file] ?? line) }
        guard !breaks.isEmpty else { return unverified }
        for r in reads {
            let file = Journal.folder + "/" + Journal.fileName(for: r.device)
            guard let line = breaks[file] else { continue }
            unverified.add(UnverifiedChanges.Break(laptop: r.device.raw, line: line))
            for entry in r.entries where entry.line >= line { unverified.add(entry.op) }
        }
        return unverified
    }

    /// What one journal operation counts for on a progress meter that counts snapshot bytes: about its line's size.
    private static let operationWeight = 512

    /// Applies the journals' operations in the merge order; what the board refuses is kept, not fatal. An operation
    /// whose author has a signing key must carry that key's signature; one that does not (forged in their name, or
    /// edited) is refused and named, and counted as seen so the laptop's numbering goes on.
    static func replay(_ reads: [Journal.Read], onto board: inout Board, partial: Bool) -> [StoreNotice] {
        var notices: [StoreNotice] = []
        var unsigned: [String: Int] = [:]
        let meter = WorkMeter.current
        meter?.expect(reads.reduce(0) { $0 + $1.entries.count } * Self.operationWeight)
        var told = WorkMeter.Batch(meter)
        defer { told.flush() }
        let merged = Journal.merged(reads)
        let ahead = LineAuthorship.checkAhead(merged, board: board)
        for (i, entry) in merged.enumerated() {
            told.advance(Self.operationWeight)
            switch LineAuthorship.verdict(entry, board: board, checked: ahead[i]) {
            case .signed: break
            case .unsigned: unsigned[entry.file, default: 0] += 1
            case .refused(let why):
                board.passOver(entry.op)
                notices.append(.refusedOperation(file: entry.file, line: entry.line, reason: why))
                continue
            }
            do {
                try board.apply(entry.op)
            } catch where partial {
                // About households this partial board did not read (or refused on the whole board too, where it is a
                // conflict that changes nothing it holds): counted as seen, nothing else.
                board.passOver(entry.op)
            } catch {
                // Another laptop's work (or ours, meeting another's first in the merge order) can be refused here;
                // keep it in its journal and list it as a conflict (or, if it cannot be, say so) rather than refusing
                // to open the store.
                if !board.recordRefused(entry.op, reason: error) {
                    notices.append(.refusedOperation(file: entry.file, line: entry.line, reason: .board(error)))
                }
            }
        }
        for file in unsigned.keys.sorted() { notices.append(.unsigned(file: file, lines: unsigned[file] ?? 0)) }
        return notices
    }

    /// Tells of each torn journal tail, moving it into quarantine/ when `moving` (only the writer changes files).
    private static func setTornTailsAside(_ reads: [Journal.Read], inStore path: String, day: Day,
                                          moving: Bool) throws(StoreError) -> [StoreNotice] {
        var notices: [StoreNotice] = []
        for r in reads {
            guard let torn = r.torn else { continue }
            let file = Journal.folder + "/" + Journal.fileName(for: r.device)
            let moved = moving ? try StoreError.onFiles { () throws(FileError) in
                try quarantine(torn, of: r.device, in: path, now: WallClock.now)
            } : nil
            notices.append(.tornTail(file: file, line: torn.number, movedTo: moved))
        }
        return notices
    }

    /// Moves a torn tail into quarantine/ and cuts the journal back to its last whole line.
    private static func quarantine(_ torn: JSONTornLine, of device: DeviceID, in path: String,
                                   now: Timestamp) throws(FileError) -> String {
        let folder = path + "/quarantine"
        try FileIO.createFolder(folder)
        // The real time to the millisecond, and a counter when that name is taken: three torn tails at the same line
        // set aside by three runs must stay three files (the board's own day would name them all alike).
        let stamp = String(now.iso.filter { $0.isNumber }.prefix(17))
        var name = "quarantine/\(device.raw).jsonl.line\(torn.number).\(stamp).torn"
        var n = 1
        while FileIO.exists(path + "/" + name) {
            n += 1
            name = "quarantine/\(device.raw).jsonl.line\(torn.number).\(stamp)-\(n).torn"
        }
        try FileIO.replaceAtomically(path + "/" + name, with: torn.bytes + [0x0A])
        let journal = try AppendOnlyFile(path: path + "/" + Journal.folder + "/" + Journal.fileName(for: device))
        try journal.truncateDurably(toLength: torn.offset)
        journal.close()
        return name
    }

    // MARK: Saving

    /// Why this store cannot be written, for a refused save.
    var readOnlyReason: ReadOnlyReason {
        if notices.contains(.readOnlyRequested) { return .asked }
        if notices.contains(.readOnlyMedia) { return .media }
        return .locked
    }

    /// Checks a change, appends it to this laptop's journal and fsyncs, and only then applies it to the board.
    /// Returns the saved operation. Throws, saving nothing, when the board refuses or the disk fails.
    @discardableResult
    public func save(_ change: Change, author: UserID, at time: Timestamp) throws(StoreError) -> Operation {
        let op = try prepare(change, author: author, at: time, after: 0)
        try append(JournalChain.line(for: op, after: chainTip, signer: try signing(for: author)))
        do { try live.apply(op) } catch { throw .refused(error) }
        return op
    }

    /// Saves changes about different tasks or households as one write and one fsync (a thousand fsyncs would take
    /// seconds): every change is checked first, and when any is refused, or two are about the same thing, nothing
    /// is written. For batches from the command line (`task verify ID…`).
    @discardableResult
    public func saveTogether(_ changes: [Change], author: UserID, at time: Timestamp) throws(StoreError) -> [Operation] {
        var subjects = Set<String>()
        for change in changes {
            // Each is checked against the board as it is now, so none may depend on another.
            let subject = change.task.map { "task " + $0.raw } ?? change.household.map { "household " + $0.raw }
            guard let subject, subjects.insert(subject).inserted else { throw .overlappingBatch }
        }
        var ops: [Operation] = []
        for (i, change) in changes.enumerated() { ops.append(try prepare(change, author: author, at: time, after: i)) }
        let signer = try signing(for: author)
        var bytes: [UInt8] = []
        var tip = chainTip
        for op in ops {
            let line = JournalChain.line(for: op, after: tip, signer: signer)
            bytes += line.bytes
            tip = line.hash
        }
        try append((bytes, tip))
        for op in ops { do { try live.apply(op) } catch { throw .refused(error) } }
        return ops
    }

    /// Whether the board would take `change` from `author` now: nil, or why not (nothing is written).
    public func refusal(of change: Change, author: UserID, at time: Timestamp) -> StoreError? {
        do { _ = try prepare(change, author: author, at: time, after: 0) } catch { return error }
        return nil
    }

    /// The operation `change` would be as the next one this laptop saves (`after` more before it), checked by the
    /// board; refused when the store cannot take it.
    private func prepare(_ change: Change, author: UserID, at time: Timestamp, after: Int) throws(StoreError) -> Operation {
        guard access == .writer else { throw .readOnly(reason: readOnlyReason) }
        // A partial board can judge only changes to the tasks it was opened for.
        if let focus, !(change.task.map { focus.contains($0) } ?? false) {
            throw .readOnly(reason: .focused(Array(focus)))
        }
        // Never earlier than the last operation the board holds, so a new operation sorts after everything its
        // author saw, whatever this laptop's clock says (docs/SYNC.md).
        let stamped = live.board.frontier.map { max(time, Timestamp(millisecondsSinceEpoch: $0.time.millisecondsSinceEpoch + 1)) } ?? time
        let op = Operation(id: OperationID(device: device, sequence: live.board.nextSequence(for: device) + after),
                           time: stamped, author: author, change: change)
        do { try live.board.validate(op) } catch { throw .refused(error) }
        return op
    }

    /// The key `author`'s lines are signed with; an author with a key must sign, since an unsigned line of theirs
    /// would be refused by every laptop that reads it.
    private func signing(for author: UserID) throws(StoreError) -> Signer? {
        let signing = signer.flatMap { $0.user == author ? $0 : nil }
        if let key = live.board.user(author)?.publicKey {
            guard let signing, signing.publicKey == key else { throw .unsigned(author: author) }
        }
        return signing
    }

    /// Appends whole lines to this laptop's journal and fsyncs; the chain goes on from `line.hash`.
    private func append(_ line: (bytes: [UInt8], hash: [UInt8])) throws(StoreError) {
        do throws(FileError) {
            let journal = try ownJournal()
            try journal.appendDurably(line.bytes)
            journalEnds[device] = journal.length
            chainTip = line.hash
        } catch {
            // The handle may be unusable after a failed fsync; reopen on the next save.
            journal?.close()
            journal = nil
            throw .file(error)
        }
    }

    /// This laptop's journal, opened (and its folder made) at the first save.
    private func ownJournal() throws(FileError) -> AppendOnlyFile {
        if let journal { return journal }
        try FileIO.createFolder(journalFolder)
        let opened = try AppendOnlyFile(path: ownJournalPath)
        journal = opened
        return opened
    }

    /// Moves the board's "today" (the demo's clock stays fixed).
    public func setToday(_ day: Day) {
        if clock == nil { live.setToday(day) }
    }

    // MARK: Compaction

    /// Writes the board as a new snapshot atomically. Journals are kept whole: other laptops may need them.
    public func compact() throws(StoreError) {
        guard access == .writer else { throw .readOnly(reason: .compactionNeedsWriter) }
        guard focus == nil else { throw .readOnly(reason: .compactionNeedsWhole) }
        var covers: [DeviceID: JournalMark] = [:]
        for (device, seq) in board.seen {
            covers[device] = JournalMark(sequence: seq, bytes: journalEnds[device] ?? 0)
        }
        let (path, board) = (path, board)
        try StoreError.onFiles { () throws(FileError) in
            // Made on both cores in pieces, each written to the file as soon as it is done, then one fsync.
            try FileIO.replaceAtomically(path + "/" + Snapshot.fileName) { (write) throws(FileError) in
                try Snapshot.write(board, covers: covers, burnDown: true, into: write)
            }
        }
    }

    /// Rewrites an older store in the current format, keeping the old files beside the new ones.
    private func finishMigration(from meta: StoreMeta) throws(StoreError) {
        let path = path
        try StoreError.onFiles { () throws(FileError) in
            for name in [StoreMeta.fileName, Snapshot.fileName] {
                let old = try FileIO.readWholeFile(path + "/" + name)
                try FileIO.replaceAtomically(path + "/" + name + ".format\(meta.format)", with: old)
            }
        }
        try compact()
        let upgraded = StoreMeta(format: StoreMeta.currentFormat, created: meta.created, clock: meta.clock)
        try StoreError.onFiles { () throws(FileError) in
            try FileIO.replaceAtomically(path + "/" + StoreMeta.fileName, with: upgraded.encoded())
        }
    }

    /// Releases the journal and the lock. Safe to call twice.
    public func close() {
        journal?.close()
        journal = nil
        lock?.release()
        lock = nil
    }
}
