import VillageBoardCore

/// Mending a journal that no longer opens: two writers appended to it at once (its lock was taken from under the
/// first), or a line was pasted in by hand, so its numbering repeats or skips (`StoreError.sequenceGap`), a line names
/// another laptop, or a line in the middle is not JSON. `village-board repair` keeps every byte: the lines that
/// continue the laptop's numbering and hash chain stay in the journal, in their order; every other whole line moves,
/// byte for byte, into one file in quarantine/, from where its author can enter it again (`Replay`).
public enum JournalRepair {
    /// What repairing one journal did (or, on a dry run, would do).
    public struct Mended: Sendable {
        /// The journal, relative to the store (`journal/<laptop>.jsonl`).
        public var file: String
        /// How many lines stay.
        public var kept: Int
        /// The line numbers (in the old file) moved out, in order.
        public var setAside: [Int]
        /// The operations on those lines that could be read (a line that is not JSON has none).
        public var operations: [Operation]
        /// The quarantine file they went to, relative to the store; nil on a dry run.
        public var movedTo: String?
    }

    /// Why a journal cannot be mended here.
    public struct Unmendable: Sendable, Hashable {
        public var file: String
        public var line: Int
    }

    /// Repairs every journal of the store that breaks its numbering. Takes the store's lock (refuses when another
    /// program holds it). A journal damaged before the snapshot's mark (already compacted) is left as it is and
    /// returned in `unmendable`: the snapshot's byte marks would no longer point at line starts.
    public static func repair(inStore path: String, dryRun: Bool,
                              now: Timestamp) throws(StoreError) -> (mended: [Mended], unmendable: [Unmendable]) {
        guard FileIO.exists(path + "/" + StoreMeta.fileName) else { throw .notAStore(path: path) }
        let lock: StoreLock
        switch try StoreError.onFiles({ () throws(FileError) in try StoreLock.acquire(inFolder: path) }) {
        case .acquired(let l): lock = l
        case .heldElsewhere: throw .readOnly(reason: .locked)
        }
        defer { lock.release() }
        let covers = try coveredBytes(inStore: path)
        let folder = path + "/" + Journal.folder
        let names = try StoreError.onFiles { () throws(FileError) in
            FileIO.isFolder(folder) ? try FileIO.listFolder(folder) : []
        }
        var mended: [Mended] = []
        var unmendable: [Unmendable] = []
        for name in names.sorted() where Journal.isJournalFile(name) {
            let device = DeviceID(String(name.dropLast(Journal.suffix.count)))
            guard device.isValid else { continue }
            let file = Journal.folder + "/" + name
            let bytes = try StoreError.onFiles { () throws(FileError) in try FileIO.readWholeFile(path + "/" + file) }
            let split = sort(bytes, device: device)
            guard let first = split.aside.first else { continue }
            if first.offset < covers[device] ?? 0 {
                unmendable.append(Unmendable(file: file, line: first.number))
                continue
            }
            var result = Mended(file: file, kept: split.kept.count, setAside: split.aside.map(\.number),
                                operations: split.aside.compactMap(\.operation), movedTo: nil)
            if !dryRun {
                result.movedTo = try StoreError.onFiles { () throws(FileError) in
                    try move(split, of: device, inStore: path, file: file, now: now)
                }
            }
            mended.append(result)
        }
        return (mended, unmendable)
    }

    /// One whole line of a journal, as the repair sorts it.
    struct Line {
        var number: Int
        var offset: Int
        /// With its "\n".
        var bytes: [UInt8]
        var operation: Operation?
    }

    /// A journal's whole lines in two piles: those that continue the numbering (1, 2, 3, … for this laptop) and the
    /// hash chain of the lines kept before them, and the rest. A cut-off last line is in neither: opening sets it
    /// aside as a torn tail.
    static func sort(_ bytes: [UInt8], device: DeviceID) -> (kept: [Line], aside: [Line], tail: [UInt8]) {
        bytes.withUnsafeBufferPointer { all in
            var kept: [Line] = [], aside: [Line] = []
            var tail: [UInt8] = []
            var expected = 1
            var chain = JournalChain.genesis
            for line in JSONLines(all) {
                if line.isLast && !line.isTerminated {
                    tail = Array(line.bytes)
                    break
                }
                var scanner = JSONScanner(line.bytes, firstLine: line.number, firstOffset: line.offset, isLine: true)
                let op: Operation? = {
                    guard let op = try? scanner.readOperation(), (try? scanner.expectEnd()) != nil else { return nil }
                    return op
                }()
                let fields = JournalChain.fields(of: line.bytes)
                let entry = Line(number: line.number, offset: line.offset, bytes: Array(line.bytes) + [0x0A], operation: op)
                // An unchained line (written before the chain existed) has no prev to compare.
                let follows = fields.hash == nil || (fields.intact && fields.prev == chain)
                if let op, op.id.device == device, op.id.sequence == expected, follows {
                    kept.append(entry)
                    expected += 1
                    chain = fields.chainValue
                } else {
                    aside.append(entry)
                }
            }
            return (kept, aside, tail)
        }
    }

    /// Writes the set-aside lines into quarantine/ (first, so nothing is ever only in memory), then replaces the
    /// journal with the kept lines (and a torn tail, which the next open sets aside as it always does).
    private static func move(_ split: (kept: [Line], aside: [Line], tail: [UInt8]), of device: DeviceID,
                             inStore path: String, file: String, now: Timestamp) throws(FileError) -> String {
        try FileIO.createFolder(path + "/quarantine")
        let stamp = String(now.iso.filter { $0.isNumber }.prefix(17))
        let lines = split.aside.map(\.number)
        let range = lines.count == 1 ? "line\(lines[0])" : "lines\(lines[0])-\(lines[lines.count - 1])"
        var name = "quarantine/\(device.raw).jsonl.\(range).\(stamp).set-aside"
        var n = 1
        while FileIO.exists(path + "/" + name) {
            n += 1
            name = "quarantine/\(device.raw).jsonl.\(range).\(stamp)-\(n).set-aside"
        }
        try FileIO.replaceAtomically(path + "/" + name, with: split.aside.flatMap(\.bytes))
        try FileIO.replaceAtomically(path + "/" + file, with: split.kept.flatMap(\.bytes) + split.tail)
        return name
    }

    /// Per laptop, the byte mark of the snapshot header's `covers` (0 when not covered).
    private static func coveredBytes(inStore path: String) throws(StoreError) -> [DeviceID: Int] {
        let file = try StoreError.onFiles { () throws(FileError) in try StoreBase.snapshotFile(inStore: path) }
        var lines = JSONLines(file.bytes)
        guard let header = lines.next() else { return [:] }
        var scanner = JSONScanner(header.bytes, firstLine: 1, firstOffset: 0, isLine: true)
        var scratch = Board(today: Day(daysSinceEpoch: 0))
        do {
            return try Snapshot.readHeader(&scanner, board: &scratch).mapValues(\.bytes)
        } catch {
            throw .malformed(error.inFile(Snapshot.fileName))
        }
    }
}
