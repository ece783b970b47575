import VillageBoardCore

/// Where a snapshot stands in each laptop's journal: the last sequence it includes and the byte where the
/// journal's later operations begin.
public struct JournalMark: Hashable, Sendable {
    public var sequence: Int
    public var bytes: Int
}

/// Writes and reads snapshot.jsonl: a header, then units, standards, users, households and tasks, one per line.
enum Snapshot {
    static let fileName = "snapshot.jsonl"

    /// The whole board as snapshot bytes (deterministic: the same board gives the same bytes). With `burnDown` (a
    /// compaction), also the burn-down's steps per unit and day and where its history starts, so the burn-down reaches
    /// back past the snapshot; left out of a new store's base and of the fingerprint, which two laptops with the same
    /// board but different histories must share.
    static func encode(_ board: Board, covers: [DeviceID: JournalMark], burnDown: Bool = false, workers: Int = 2) -> [UInt8] {
        let pieces = encodePieces(board, covers: covers, burnDown: burnDown, workers: workers)
        var out: [UInt8] = []
        out.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
        for piece in pieces { out.append(contentsOf: piece) }
        return out
    }

    /// `encode`'s bytes in the pieces `write` makes, in file order. Whatever `workers`, the bytes are the same.
    static func encodePieces(_ board: Board, covers: [DeviceID: JournalMark], burnDown: Bool = false,
                             workers: Int = 2) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        write(board, covers: covers, burnDown: burnDown, workers: workers) { pieces.append($0) }
        return pieces
    }

    /// Hands `emit` the snapshot's bytes in pieces, in file order, as they are made: the leading records; the
    /// households, then the tasks, made on `workers` cores while `emit` takes the pieces already done (a compaction
    /// writes them to the file meanwhile: `SnapshotLines`); then the trailing records.
    static func write<Failure: Error>(_ board: Board, covers: [DeviceID: JournalMark], burnDown: Bool = false,
                                      workers: Int = 2, into emit: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        var w = JSONWriter(capacity: 4096)
        w.beginObject()
        w.field("type", "header")
        w.field("format", StoreMeta.currentFormat)
        w.key("covers")
        w.beginObject()
        for device in covers.keys.sorted() {
            guard let mark = covers[device] else { continue }
            w.key(device.raw)
            w.beginObject()
            w.field("seq", mark.sequence)
            w.field("bytes", mark.bytes)
            w.endObject()
        }
        w.endObject()
        w.field("households", board.households.count)
        w.field("tasks", board.tasks.count)
        // Where the snapshot stands in the merge order (a store's first snapshot stands before every journal).
        if !covers.isEmpty, let last = board.frontier { w.key("last"); w.write(last) }
        if burnDown, let from = board.historyFrom { w.field("historyFrom", from.iso) }
        w.endObject()
        w.newline()
        // Parents before children, so reading can restore units in file order.
        for unit in board.units.values.sorted(by: { ($0.level, $0.code) < ($1.level, $1.code) }) {
            w.write(unit, type: "unit")
            w.newline()
        }
        for year in board.standards.keys.sorted() {
            guard let s = board.standards[year] else { continue }
            w.write(s, type: "standard")
            w.newline()
        }
        // Written only when an admin raised a minimum, so a board at the built-in policy keeps its bytes.
        if board.pinPolicy != .standard {
            w.write(board.pinPolicy, type: "pinPolicy")
            w.newline()
        }
        for user in board.users.values.sorted(by: { $0.id < $1.id }) {
            w.write(user, type: "user")
            w.newline()
        }
        try emit(w.bytes)
        // Writing is its own stage of the work that called it (compaction, a new store), counted in households.
        let meter = WorkMeter.current
        meter?.expect(board.households.count)
        try SnapshotLines.write(board.households, workers: workers, meter: meter, { $0.write($1, type: "household") }, into: emit)
        try SnapshotLines.write(board.tasks, workers: workers, { $0.write($1, type: "task") }, into: emit)
        w.reset()
        // Attachments after the tasks they may name; none, none written (a store without evidence reads as before).
        for a in board.attachments {
            w.write(a, type: "attachment")
            w.newline()
        }
        for conflict in board.conflictList {
            w.write(conflict)
            w.newline()
        }
        // 回头看 samples, then the re-checks of them, in the order saved (none: nothing written, bytes as before).
        for sample in board.rechecks.samples {
            w.write(sample, type: "recheckSample")
            w.newline()
        }
        for record in board.rechecks.records {
            w.write(record, type: "recheckRecord")
            w.newline()
        }
        if burnDown {
            let steps = board.burnDownStepsByDay
            var start = steps.startIndex
            while start < steps.endIndex {
                let unit = steps[start].unit
                let end = steps[start...].firstIndex { $0.unit != unit } ?? steps.endIndex
                w.write(burnDown: steps[start..<end])
                w.newline()
                start = end
            }
        }
        try emit(w.bytes)
    }

    /// What reading a snapshot gives: the board and where each journal continues.
    struct Loaded {
        var board: Board
        var covers: [DeviceID: JournalMark]
        /// With `numbered`, each household's line in the file, in board order (for `check`); nil when not asked,
        /// or when some household was read outside the run of households and tasks.
        var householdLines: [Int]? = nil
    }

    /// Reads snapshot bytes into a board. A snapshot is written atomically, so any flaw is an error, not a torn tail.
    /// Households and tasks are parsed on all cores (see `SnapshotRecords`); the rest line by line.
    static func decode(_ bytes: [UInt8], file: String, today: Day, workers: Int = 2) throws(StoreError) -> Loaded {
        let result: Result<Loaded, StoreError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(StoreError) {
                return .success(try decode(buffer, file: file, today: today, workers: workers))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Reads snapshot bytes written in an older `format`, upgrading them first (a copy only when they are old).
    /// `mapped`: the mapped file the bytes are, whose pages the parse gives back as it reads past them.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, format: Int, file: String, today: Day,
                       mapped: MappedFile? = nil) throws(StoreError) -> Loaded {
        if format < StoreMeta.currentFormat {
            return try decode(Migration.upgrade(Array(bytes), from: format), file: file, today: today)
        }
        return try decode(bytes, file: file, today: today, mapped: mapped)
    }

    /// Reads snapshot bytes in the current format into a board; with `focus`, only the households those tasks are
    /// about (every other record whole): a partial board, for a command that changes one task (see `Store.open`).
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, file: String, today: Day, workers: Int = 2,
                       focus: Set<TaskID>? = nil, numbered: Bool = false, mapped: MappedFile? = nil) throws(StoreError) -> Loaded {
        var board = Board(today: today)
        var covers: [DeviceID: JournalMark] = [:]
        var householdLines: [Int]?
        let meter = WorkMeter.current
        meter?.expect(buffer.count)
        do {
            do {
                var scanner = JSONScanner(UnsafeBufferPointer(start: nil, count: 0))
                scanner.interner = StringInterner()
                // The header and the leading records (units, standards, users) line by line; the households and
                // tasks from the first of them on, on all cores (any other record met there is read after, in order).
                var sawHeader = false
                var rest = buffer.count
                var restLine = 1
                for line in JSONLines(buffer) {
                    guard line.isTerminated else {
                        throw JSONError(kind: .syntax, file: file, line: line.number, column: line.bytes.count + 1,
                                        offset: line.offset + line.bytes.count, path: [],
                                        expected: "a line ending in a newline", found: "the end of the file")
                    }
                    if line.bytes.isEmpty && line.isLast { continue }
                    if sawHeader && (hasPrefix(line.bytes, householdPrefix) || hasPrefix(line.bytes, taskPrefix)) {
                        (rest, restLine) = (line.offset, line.number)
                        break
                    }
                    scanner.reset(to: line.bytes, firstLine: line.number, firstOffset: line.offset, isLine: true)
                    if sawHeader {
                        try readRecord(&scanner, into: &board)
                    } else {
                        covers = try readHeader(&scanner, board: &board)
                        sawHeader = true
                    }
                    try scanner.expectEnd()
                }
                let chunks = SnapshotRecords.chunks(of: buffer, from: rest, workers: workers)
                try SnapshotRecords.sortLines(chunks, in: buffer, firstLine: restLine)
                for chunk in chunks {
                    for line in chunk.others {
                        let number = chunk.lineBase + line.number
                        scanner.reset(to: UnsafeBufferPointer(rebasing: buffer[line.start..<(line.start + line.count)]),
                                      firstLine: number, firstOffset: line.start, isLine: true)
                        try readRecord(&scanner, into: &board)
                        try scanner.expectEnd()
                    }
                }
                let taskLines = chunks.flatMap { chunk in
                    chunk.tasks.map { SnapshotRecords.Line(start: $0.start, count: $0.count, number: chunk.lineBase + $0.number) }
                }
                if let focus {
                    let tasks = try SnapshotRecords.parse(taskLines, in: buffer, workers: workers, { try $0.readTask() })
                    var wanted = Set<HouseholdID>()
                    for t in tasks where focus.contains(t.id) {
                        if case .household(let id) = t.subject { wanted.insert(id) }
                    }
                    let (households, tally) = try SnapshotRecords.households(wanted, of: chunks, in: buffer)
                    board.restore(households: households, tallies: [tally])
                    board.restore(tasks: tasks)
                } else {
                    // The file's pages are given back as the households and tasks are read (`mapped`): at 1,000,000
                    // households the board is not built beside all 1.6 GB of its file held in memory.
                    let (households, tallies) = try SnapshotRecords.households(chunks, in: buffer, meter: meter, mapped: mapped)
                    if numbered && board.households.isEmpty {
                        householdLines = chunks.flatMap { chunk in chunk.households.map { chunk.lineBase + $0.number } }
                    }
                    board.restore(households: households, tallies: tallies)
                    board.restore(tasks: try SnapshotRecords.parse(taskLines, in: buffer, workers: workers, mapped: mapped,
                                                                   { try $0.readTask() }))
                }
                // The households told the meter as they were read; the rest of the file counts as read now.
                meter?.advance(buffer.count - chunks.reduce(0) { $0 + $1.householdBytes })
            }
        } catch let error as StoreError {
            throw error
        } catch let error as JSONError {
            throw .malformed(error.inFile(file))
        } catch let error as BoardError {
            throw .refused(error)
        } catch {
            throw .malformed(JSONError(kind: .syntax, file: file, line: 1, column: 1, offset: 0, path: [],
                                       expected: "a snapshot", found: "\(error)"))
        }
        return Loaded(board: board, covers: covers, householdLines: householdLines)
    }

    static let householdPrefix = Array("{\"type\":\"household\"".utf8)
    static let taskPrefix = Array("{\"type\":\"task\"".utf8)

    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        return spells(prefix, UnsafeBufferPointer(rebasing: bytes[..<prefix.count]))
    }

    static func readHeader(_ s: inout JSONScanner, board: inout Board) throws(JSONError) -> [DeviceID: JournalMark] {
        var covers: [DeviceID: JournalMark] = [:]
        var type: String?
        try s.beginObject()
        while let key = try s.nextKey() {
            switch key {
            case "type": type = try s.readString()
            case "format": _ = try s.readInt()
            // Households and tasks arrive as whole arrays (`Board.restore(households:tallies:)`): nothing to reserve.
            case "households", "tasks": _ = try s.readInt()
            case "last": board.restoreFrontier(try s.readOperationKey())
            case "historyFrom": board.restoreHistoryFrom(try s.readDay())
            case "covers":
                try s.beginObject()
                while let device = try s.nextKey() {
                    let id = DeviceID(device.string)
                    var seq: Int?, at: Int?
                    try s.beginObject()
                    while let k = try s.nextKey() {
                        switch k {
                        // Both come from a file: bounded here so no later `+ 1` or offset can trap.
                        case "seq":
                            let n = try s.readInt()
                            guard n >= 0, n <= OperationID.maxSequence else {
                                throw s.unexpectedValue(expected: "a sequence number from 0 to \(OperationID.maxSequence)")
                            }
                            seq = n
                        case "bytes":
                            let n = try s.readInt()
                            guard n >= 0 else { throw s.unexpectedValue(expected: "a byte offset of 0 or more") }
                            at = n
                        default: try s.skipValue()
                        }
                    }
                    guard let seq else { throw s.missingField("seq") }
                    covers[id] = JournalMark(sequence: seq, bytes: at ?? 0)
                }
            default: try s.skipValue()
            }
        }
        guard type == "header" else { throw s.missingField("type") }
        for (device, mark) in covers { board.restoreSeen(device, sequence: mark.sequence) }
        return covers
    }

    private static func readRecord(_ s: inout JSONScanner, into board: inout Board) throws {
        // The type comes first in every record; peek at it by reading the first key.
        var probe = s
        try probe.beginObject()
        guard let key = try probe.nextKey(), key == "type" else { throw s.missingField("type") }
        let type = try probe.readString()
        switch type {
        case "household":
            board.restore(try s.readHousehold())
        case "task":
            board.restore(try s.readTask())
        case "unit":
            let unit = try s.readUnit()
            if let p = unit.parent, board.unit(p) == nil { throw BoardError.unknownParent(unit: unit.code, parent: p) }
            board.restore(unit)
        case "standard":
            board.restore(try s.readStandard())
        case "user":
            board.restore(try s.readUserRecord())
        case "pinPolicy":
            let policy = try s.readPinPolicy()
            if let role = policy.outOfRange {
                throw BoardError.pinPolicyOutOfRange(role, minimum: policy.minimum(for: role))
            }
            board.restore(policy)
        case "conflict":
            board.restore(try s.readConflict())
        case "attachment":
            board.restore(try s.readAttachment())
        case "burnDown":
            board.restoreBurnDown(try s.readBurnDown())
        case "recheckSample":
            board.restore(try s.readRecheckSample())
        case "recheckRecord":
            board.restore(try s.readRecheckRecord())
        default:
            throw probe.unexpectedValue(expected: "one of header/unit/standard/pinPolicy/user/household/task/attachment/conflict/burnDown/recheckSample/recheckRecord")
        }
    }
}
