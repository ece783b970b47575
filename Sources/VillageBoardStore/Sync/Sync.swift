import VillageBoardCore

/// Merging another laptop's work into a store (`village-board sync`), and making bundles (`village-board bundle`).
/// A merge copies the journal lines this store has not seen, byte for byte, into the journals of the laptops that
/// wrote them, then replays them in the one merge order: onto the open board when they all sort after it, else by
/// opening the store again (rebuilding from base.jsonl when the new ones sort before the snapshot), so any two
/// stores holding the same operations show the same board. See docs/SYNC.md.
public enum Sync {
    /// What a merge did.
    public struct Report: Sendable {
        /// New journal lines per laptop.
        public var added: [DeviceID: Int] = [:]
        public var total: Int { added.values.reduce(0, +) }
        /// Evidence files this store lacked and now holds (each hash-checked on arrival).
        public var filesAdded = 0
        /// Evidence files that arrived with bytes that do not hash to their name: not kept.
        public var filesDamaged: [Attachment] = []
        /// Files the board's attachments name that this store still lacks after the merge (its operations merged all
        /// the same): ask the other side for a bundle with them, or for its store folder.
        public var filesMissing: [Attachment] = []
        /// Whether the new operations were replayed onto the board already open (all sorted after it), rather than
        /// the store opened again.
        public internal(set) var replayedInPlace = false
    }

    /// Which journal lines a bundle carries.
    public enum Since: Sendable, Equatable {
        /// Every line, and the base.
        case everything
        /// The lines after these sequences (the receiver's `village-board sync --status`); other laptops whole.
        case sequences([DeviceID: Int])
        /// The lines of operations made on or after this day.
        case day(Day)
    }

    /// A store folder or a bundle file, as a bundle (a folder gives every journal line and its base).
    public static func source(at path: String, now: Timestamp) throws(SyncError) -> SyncBundle {
        if FileIO.isFolder(path) {
            guard FileIO.exists(path + "/store.json") else { throw .notFound(path: path) }
            // A folder's evidence files are read from it only when this store lacks them (`merge`), not up front.
            var folder = try bundle(ofStore: path, device: DeviceID("folder"), since: .everything, withEvidence: false, now: now)
            folder.evidenceFolder = path
            return folder
        }
        let bytes = try readingFiles(at: path) {
            guard let b = try FileIO.readWholeFileIfExists(path) else { throw SyncError.notFound(path: path) }
            return b
        }
        return try SyncBundle.decode(bytes, file: path)
    }

    /// The whole lines of every journal in a store folder.
    static func journals(ofStore path: String) throws(SyncError) -> [JournalPiece] {
        let folder = path + "/" + Journal.folder
        return try readingFiles(at: path) {
            var pieces: [JournalPiece] = []
            let names = (FileIO.isFolder(folder) ? try FileIO.listFolder(folder) : []).filter(Journal.isJournalFile)
            let meter = WorkMeter.current
            meter?.expect(names.reduce(0) { $0 + FileIO.size(folder + "/" + $1) })
            for name in names {
                let device = DeviceID(String(name.dropLast(Journal.suffix.count)))
                guard device.isValid else { continue }
                let bytes = try FileIO.readWholeFile(folder + "/" + name)
                pieces.append(try JournalPiece.parse(bytes, device: device, file: Journal.folder + "/" + name))
                meter?.advance(bytes.count)
            }
            return pieces
        }
    }

    /// Runs reading work on `path`, its failures as sync errors: the file system's as `.file`, anything else as
    /// nothing to be found there.
    static func readingFiles<T>(at path: String, _ work: () throws -> T) throws(SyncError) -> T {
        do {
            return try work()
        } catch let error as SyncError {
            throw error
        } catch let error as FileError {
            throw .file(error)
        } catch {
            throw .notFound(path: path)
        }
    }

    /// A bundle of a store's journals (lines chosen by `since`) and, for `.everything` or when asked, its base.
    /// With `withEvidence`, the files the chosen lines attach travel too (those this store holds whole; the others
    /// are listed in `evidenceLeftOut`).
    public static func bundle(ofStore path: String, device: DeviceID, since: Since, includeBase: Bool = false,
                              withEvidence: Bool = true, now: Timestamp) throws(SyncError) -> SyncBundle {
        var pieces = try journals(ofStore: path)
        switch since {
        case .everything: break
        case .sequences(let marks): pieces = pieces.map { $0.after(marks[$0.device] ?? 0) }
        case .day(let day):
            // From the first line on or after the day to the end, so each laptop's run stays unbroken.
            pieces = pieces.map { p in
                guard let i = p.lines.firstIndex(where: { $0.time.day >= day }) else { return JournalPiece(device: p.device, lines: []) }
                return JournalPiece(device: p.device, lines: Array(p.lines[i...]))
            }
        }
        var base: [UInt8]?
        var clock: Day?
        do {
            if since == .everything || includeBase { base = try FileIO.readWholeFileIfExists(path + "/" + StoreBase.fileName) }
            if let meta = try FileIO.readWholeFileIfExists(path + "/" + StoreMeta.fileName) {
                clock = (try? StoreMeta.decode(meta, file: StoreMeta.fileName))?.clock
            }
        } catch {
            throw .file(error)
        }
        var made = SyncBundle(made: now, by: device, base: base, pieces: pieces.filter { !$0.lines.isEmpty }, clock: clock)
        if withEvidence { (made.evidence, made.evidenceLeftOut) = EvidenceTravel.files(for: made.pieces, inStore: path) }
        return made
    }

    /// Makes a new store in `path` (an empty or missing folder) from a bundle that carries the base: the way a new
    /// laptop gets the store from another office. Merge the bundle into it afterwards.
    public static func createStore(at path: String, from bundle: SyncBundle, now: Timestamp) throws(SyncError) {
        guard let base = bundle.base else {
            throw .bundle("the bundle does not carry the base board (it was made with --since): ask for one made "
                          + "without --since, or with --with-base, to start a new store from it")
        }
        if FileIO.exists(path + "/" + StoreMeta.fileName) { throw .store(.alreadyExists(path: path)) }
        do {
            try FileIO.createFolder(path)
            try FileIO.createFolder(path + "/" + Journal.folder)
            try FileIO.replaceAtomically(path + "/" + Snapshot.fileName, with: base)
            try StoreBase.record(inStore: path)
            let meta = StoreMeta(format: StoreMeta.currentFormat, created: now, clock: bundle.clock)
            try FileIO.replaceAtomically(path + "/" + StoreMeta.fileName, with: meta.encoded())
        } catch {
            throw .file(error)
        }
    }

    /// What this store holds of each laptop's journal: the `--since` a sender needs.
    public static func status(ofStore path: String) throws(SyncError) -> [DeviceID: Int] {
        var out: [DeviceID: Int] = [:]
        for p in try journals(ofStore: path) { out[p.device] = p.last ?? 0 }
        return out
    }

    /// The stages of `merge`, for a progress meter: opening the store, then replaying what was added (in place, or by
    /// opening it again).
    public static let mergeStages: [Double] = [1, 1]

    /// Merges `source` into the store at `path` (opened as the writer for the whole merge). Checks everything first:
    /// when any part is refused, nothing is written. Returns what was added and the store with the merged board.
    public static func merge(into path: String, from source: SyncBundle, device: DeviceID,
                             today: Day, inPlace: Bool = true) throws(SyncError) -> (report: Report, store: Store) {
        let store: Store
        do { store = try Store.open(at: path, device: device, today: today) } catch { throw .store(error) }
        guard store.access == .writer else {
            store.close()
            throw .store(.readOnly(reason: .locked))
        }
        let plan: [(DeviceID, [UInt8], Int)]
        do {
            plan = try appends(into: path, from: source, device: device)
        } catch {
            store.close()
            throw error
        }
        var report = Report()
        // The files first, then the lines that name them: a cut-off merge never leaves a line whose file could have
        // come and did not.
        do {
            (report.filesAdded, report.filesDamaged) = try EvidenceTravel.receive(source, into: path)
        } catch {
            store.close()
            throw .file(error)
        }
        do {
            for (dev, bytes, count) in plan {
                try FileIO.appendDurably(bytes, to: path + "/" + Journal.folder + "/" + Journal.fileName(for: dev))
                report.added[dev] = count
            }
        } catch {
            store.close()
            throw .file(error)
        }
        WorkMeter.current?.nextStage()
        // The common case: every new operation sorts after the last one the board holds (the other laptop's work
        // since the last exchange). Then they are replayed onto the board already open, the lock held throughout.
        // When one sorts before it, the store is opened again, which rebuilds the board from the base in the merge
        // order (docs/SYNC.md). `inPlace: false` forces the reopen (tests compare the two).
        if inPlace && store.replayArrivals() {
            report.replayedInPlace = true
            report.filesMissing = EvidenceTravel.missing(on: store.board, inStore: path)
            return (report, store)
        }
        store.close()
        do {
            let reopened = try Store.open(at: path, device: device, today: today)
            report.filesMissing = EvidenceTravel.missing(on: reopened.board, inStore: path)
            return (report, reopened)
        } catch {
            throw .store(error)
        }
    }

    /// The lines to append per laptop, after checking the source against this store's journals.
    static func appends(into path: String, from source: SyncBundle, device: DeviceID) throws(SyncError) -> [(DeviceID, [UInt8], Int)] {
        if let theirs = source.base {
            let ours: [UInt8]?
            do { ours = try FileIO.readWholeFileIfExists(path + "/" + StoreBase.fileName) } catch { throw .file(error) }
            if let ours, ours != theirs { throw .differentBase }
        }
        var local: [DeviceID: JournalPiece] = [:]
        for p in try journals(ofStore: path) { local[p.device] = p }
        var plan: [(DeviceID, [UInt8], Int)] = []
        for piece in source.pieces.sorted(by: { $0.device < $1.device }) {
            guard let first = piece.first, let last = piece.last else { continue }
            let ours = local[piece.device] ?? JournalPiece(device: piece.device, lines: [])
            let have = ours.last ?? 0
            // Lines both sides hold must be the same bytes: one laptop, one history.
            for line in piece.lines where line.sequence <= have {
                let index = line.sequence - (ours.first ?? 1)
                guard ours.lines.indices.contains(index), ours.lines[index].bytes == line.bytes else {
                    throw .divergent(device: piece.device, sequence: line.sequence)
                }
            }
            guard last > have else { continue }
            if piece.device == device { throw .ownJournalAhead(device: device, have: have, found: last) }
            guard first <= have + 1 else { throw .missingLines(device: piece.device, have: have, starts: first) }
            let new = piece.after(have)
            plan.append((piece.device, new.bytes, new.lines.count))
        }
        return plan
    }
}

extension Sync {
    /// SHA-256 of the board as a snapshot (with what it has seen of each laptop and its place in the merge order):
    /// two stores with the same fingerprint show the same board. `village-board sync --fingerprint` prints it.
    public static func fingerprint(_ board: Board) -> String {
        var covers: [DeviceID: JournalMark] = [:]
        for (device, seq) in board.seen { covers[device] = JournalMark(sequence: seq, bytes: 0) }
        return SyncBundle.sha256(Snapshot.encode(board, covers: covers)[...])
    }
}
