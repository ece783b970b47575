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
    public private(set) var notices: [StoreNotice]
    /// The fixed "today" of a demo or training store, if it has one.
    public let clock: Day?

    private var lock: StoreLock?
    private var journal: AppendOnlyFile?
    /// Where each laptop's journal ends, as far as the board has read it.
    private var journalEnds: [DeviceID: Int]
    /// The chain value of this laptop's last journal line: the `prev` of the next line saved (see JournalChain).
    private var chainTip: [UInt8] = JournalChain.genesis
    /// The tasks this store was opened for, when its board holds only them and their households (see `open`);
    /// such a board saves changes to those tasks and is never written as a snapshot.
    public private(set) var focus: Set<TaskID>?

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
            try FileIO.replaceAtomically(path + "/" + Snapshot.fileName, with: Snapshot.encode(board, covers: [:]))
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
        let ownDevice = device
        let metaPath = path + "/" + StoreMeta.fileName
        let metaBytes: [UInt8]
        do {
            guard let bytes = try FileIO.readWholeFileIfExists(metaPath) else { throw StoreError.notAStore(path: path) }
            metaBytes = bytes
        } catch let error as StoreError {
            throw error
        } catch let error as FileError {
            throw .file(error)
        } catch {
            throw .notAStore(path: path)
        }
        let meta = try StoreMeta.decode(metaBytes, file: StoreMeta.fileName)
        if meta.format > StoreMeta.currentFormat {
            throw .newerFormat(path: path, found: meta.format, supported: StoreMeta.currentFormat)
        }

        var notices: [StoreNotice] = []
        var lock: StoreLock?
        if readOnly {
            notices.append(.readOnlyRequested)
        } else {
            do {
                switch try StoreLock.acquire(inFolder: path) {
                case .acquired(let l): lock = l
                case .heldElsewhere: notices.append(.lockedByAnotherProcess)
                }
            } catch {
                throw .file(error)
            }
        }
        let access: Access = lock == nil ? .readOnly : .writer
        let day = meta.clock ?? today

        // Read everything before changing anything, so a failed open leaves every file as it was.
        // A partial board is only read from a snapshot in the current format.
        if focus != nil && meta.format < StoreMeta.currentFormat {
            lock?.release()
            return try open(at: path, device: device, readOnly: readOnly, today: today)
        }
        let snapshotFile: MappedFile
        do { snapshotFile = try StoreBase.snapshotFile(inStore: path) } catch { lock?.release(); throw .file(error) }
        let loaded: Snapshot.Loaded
        do {
            if let focus {
                loaded = try Snapshot.decode(snapshotFile.bytes, file: Snapshot.fileName, today: day, focus: focus)
            } else {
                loaded = try Snapshot.decode(snapshotFile.bytes, format: meta.format, file: Snapshot.fileName, today: day)
            }
        } catch {
            lock?.release()
            throw error
        }
        var board = loaded.board

        var reads: [Journal.Read] = []
        var tip = JournalChain.genesis
        do {
            let names = FileIO.isFolder(path + "/" + Journal.folder) ? try FileIO.listFolder(path + "/" + Journal.folder) : []
            for name in names.sorted() where name.hasSuffix(Journal.suffix) {
                let device = DeviceID(String(name.dropLast(Journal.suffix.count)))
                guard device.isValid else { continue }
                let file = Journal.folder + "/" + name
                let bytes = try FileIO.readWholeFile(path + "/" + file)
                let mark = loaded.covers[device]
                let read = try Journal.read(bytes, device: device, file: file, from: mark?.bytes ?? 0, after: mark?.sequence ?? 0)
                reads.append(read)
                // Every journal's hash chain is checked at open (a few milliseconds per 10,000 lines): a break is told,
                // not fatal, and `village-board check` names the line.
                if let broken = JournalChain.verify(bytes).firstBreak {
                    notices.append(.chainBroken(file: file, line: broken.line, problem: broken.problem))
                }
                if device == ownDevice { tip = JournalChain.tip(of: bytes, end: read.end) }
            }
        } catch let error as StoreError {
            lock?.release()
            throw error
        } catch let error as FileError {
            lock?.release()
            throw .file(error)
        } catch {
            lock?.release()
            throw .notAStore(path: path)
        }

        // A partial board cannot be rebuilt, nor hold a focused task added since the snapshot (its household
        // was not read): read the whole board instead.
        if let focus, StoreBase.snapshotIsStale(reads, frontier: board.frontier) || reads.contains(where: { r in
            r.entries.contains { if case .addTask(let t) = $0.op.change { focus.contains(t.id) } else { false } }
        }) {
            lock?.release()
            return try open(at: path, device: device, readOnly: readOnly, today: today)
        }

        // Operations that sort before what the snapshot holds (arrived from another laptop): rebuild from the base.
        var rebuilt = false
        if StoreBase.snapshotIsStale(reads, frontier: board.frontier) {
            do {
                if let fresh = try StoreBase.rebuild(inStore: path, format: meta.format, today: day) {
                    (board, reads, rebuilt) = (fresh.board, fresh.reads, true)
                }
            } catch {
                lock?.release()
                throw error
            }
        }

        for entry in Journal.merged(reads) {
            do {
                try board.apply(entry.op)
            } catch where focus != nil {
                // About households this partial board did not read (or refused on the whole board too, where it is a
                // conflict that changes nothing it holds): counted as seen, nothing else.
                board.passOver(entry.op)
            } catch {
                // Another laptop's work (or ours, meeting another's first in the merge order) can be refused here;
                // keep it in its journal and list it as a conflict (or, if it cannot be, say so) rather than refusing
                // to open the store.
                if !board.recordRefused(entry.op, reason: error) {
                    notices.append(.refusedOperation(file: entry.file, line: entry.line, reason: error.description))
                }
            }
        }

        var ends: [DeviceID: Int] = [:]
        for r in reads { ends[r.device] = r.end }

        // Now that everything has been read, set torn tails aside (only the writer changes files).
        for r in reads {
            guard let torn = r.torn else { continue }
            let file = Journal.folder + "/" + Journal.fileName(for: r.device)
            if access == .writer {
                do {
                    let moved = try quarantine(torn, of: r.device, in: path, now: Timestamp(day: day))
                    notices.append(.tornTail(file: file, line: torn.number, movedTo: moved))
                } catch {
                    lock?.release()
                    throw .file(error)
                }
            } else {
                notices.append(.tornTail(file: file, line: torn.number, movedTo: nil))
            }
        }

        let store = Store(path: path, device: device, access: access, board: board, notices: notices, clock: meta.clock,
                          lock: lock, journalEnds: ends)
        store.chainTip = tip
        store.focus = focus
        // A rebuilt board gets a snapshot that matches it, so the next open starts from there (a cache: may fail).
        if rebuilt && access == .writer && meta.format == StoreMeta.currentFormat { try? store.compact() }
        if meta.format < StoreMeta.currentFormat {
            if access == .writer { try store.finishMigration(from: meta) }
            store.notices.append(.migrated(from: meta.format, to: StoreMeta.currentFormat))
        }
        return store
    }

    /// Moves a torn tail into quarantine/ and cuts the journal back to its last whole line.
    private static func quarantine(_ torn: JSONTornLine, of device: DeviceID, in path: String,
                                   now: Timestamp) throws(FileError) -> String {
        let folder = path + "/quarantine"
        try FileIO.createFolder(folder)
        var stamp = now.iso.filter { $0.isNumber }
        stamp = String(stamp.prefix(14))
        let name = "quarantine/\(device.raw).jsonl.line\(torn.number).\(stamp).torn"
        try FileIO.replaceAtomically(path + "/" + name, with: torn.bytes + [0x0A])
        let journal = try AppendOnlyFile(path: path + "/" + Journal.folder + "/" + Journal.fileName(for: device))
        try journal.truncateDurably(toLength: torn.offset)
        journal.close()
        return name
    }

    // MARK: Saving

    /// Checks a change, appends it to this laptop's journal and fsyncs, and only then applies it to the board.
    /// Returns the saved operation. Throws, saving nothing, when the board refuses or the disk fails.
    @discardableResult
    public func save(_ change: Change, author: UserID, at time: Timestamp) throws(StoreError) -> Operation {
        guard access == .writer else { throw .readOnly(reason: notices.contains(.readOnlyRequested) ? "asked for" : "locked") }
        // A partial board can judge only changes to the tasks it was opened for.
        if let focus, !(change.task.map { focus.contains($0) } ?? false) {
            throw .readOnly(reason: "opened for task \(focus.map(\.raw).sorted().joined(separator: ", ")) only")
        }
        // Never earlier than the last operation the board holds, so a new operation sorts after everything its
        // author saw, whatever this laptop's clock says (docs/SYNC.md).
        let stamped = live.board.frontier.map { max(time, Timestamp(millisecondsSinceEpoch: $0.time.millisecondsSinceEpoch + 1)) } ?? time
        let op = Operation(id: OperationID(device: device, sequence: live.board.nextSequence(for: device)),
                           time: stamped, author: author, change: change)
        do { try live.board.validate(op) } catch { throw .refused(error) }
        let line = JournalChain.line(for: op, after: chainTip)
        do {
            if journal == nil {
                try FileIO.createFolder(journalFolder)
                journal = try AppendOnlyFile(path: ownJournalPath)
            }
            guard let journal else { throw StoreError.readOnly(reason: "no journal") }
            try journal.appendDurably(line.bytes)
            journalEnds[device] = journal.length
            chainTip = line.hash
        } catch let error as FileError {
            // The handle may be unusable after a failed fsync; reopen on the next save.
            journal?.close()
            journal = nil
            throw .file(error)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .readOnly(reason: "\(error)")
        }
        do { try live.apply(op) } catch { throw .refused(error) }
        return op
    }

    /// Moves the board's "today" (the demo's clock stays fixed).
    public func setToday(_ day: Day) {
        if clock == nil { live.setToday(day) }
    }

    // MARK: Compaction

    /// Writes the board as a new snapshot atomically. Journals are kept whole: other laptops may need them.
    public func compact() throws(StoreError) {
        guard access == .writer else { throw .readOnly(reason: "compaction needs the writer") }
        guard focus == nil else { throw .readOnly(reason: "the store was opened for some tasks only; open it whole to compact") }
        var covers: [DeviceID: JournalMark] = [:]
        for (device, seq) in board.seen {
            covers[device] = JournalMark(sequence: seq, bytes: journalEnds[device] ?? 0)
        }
        do {
            try FileIO.replaceAtomically(path + "/" + Snapshot.fileName, with: Snapshot.encode(board, covers: covers))
        } catch {
            throw .file(error)
        }
    }

    /// Rewrites an older store in the current format, keeping the old files beside the new ones.
    private func finishMigration(from meta: StoreMeta) throws(StoreError) {
        do {
            for name in [StoreMeta.fileName, Snapshot.fileName] {
                let old = try FileIO.readWholeFile(path + "/" + name)
                try FileIO.replaceAtomically(path + "/" + name + ".format\(meta.format)", with: old)
            }
            try compact()
            let upgraded = StoreMeta(format: StoreMeta.currentFormat, created: meta.created, clock: meta.clock)
            try FileIO.replaceAtomically(path + "/" + StoreMeta.fileName, with: upgraded.encoded())
        } catch let error as StoreError {
            throw error
        } catch let error as FileError {
            throw .file(error)
        } catch {
            throw .readOnly(reason: "\(error)")
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
