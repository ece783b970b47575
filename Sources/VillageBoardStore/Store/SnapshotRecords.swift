import Dispatch
import VillageBoardCore

/// Reads the household and task lines of a snapshot on every core at once. The bytes after the leading records
/// (header, units, standards, users) are cut at line ends into one chunk per worker; each worker finds and sorts
/// its chunk's lines, then parses its households straight into their place in the board's array (each worker
/// with its own string interner) and tallies their roll-ups. The result is the same as reading line by line.
enum SnapshotRecords {
    /// A line of the snapshot: where it is and its number within its chunk (for messages).
    struct Line {
        var start: Int
        var count: Int
        var number: Int
    }

    /// One worker's share of the file and what it found there.
    final class Chunk: @unchecked Sendable {
        /// Byte offsets in the file: whole lines, the last ending in "\n" (or at the end of the file).
        let range: Range<Int>
        var households: [Line] = []
        var tasks: [Line] = []
        /// Lines of any other type, read one by one afterwards in file order.
        var others: [Line] = []
        var lineCount = 0
        /// The file's line number just before this chunk's first line (set once every chunk is counted).
        var lineBase = 0
        var error: Error?
        var tally = HouseholdTally()
        /// How many households this worker has put in place.
        var placed = 0
        /// The bytes of the households read so far, newlines included (told to the progress meter as it goes).
        var householdBytes = 0

        init(_ range: Range<Int>) { self.range = range }
    }

    /// Cuts `bytes[start...]` into at most `workers` chunks of whole lines.
    static func chunks(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, workers: Int) -> [Chunk] {
        let length = bytes.count - start
        guard length > 0 else { return [] }
        // Small files are not worth a second thread.
        let n = max(1, min(workers, length / (1 << 20) + 1))
        var out: [Chunk] = []
        var lower = start
        for k in 1...n {
            guard lower < bytes.count else { break }
            var upper = k == n ? bytes.count : max(lower, start + length * k / n)
            while upper < bytes.count && (upper == lower || bytes[upper - 1] != 0x0A) { upper += 1 }
            out.append(Chunk(lower..<upper))
            lower = upper
        }
        return out
    }

    /// Finds every chunk's lines and sorts them by record type, all chunks at once; then numbers the chunks.
    static func sortLines(_ chunks: [Chunk], in bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) throws {
        nonisolated(unsafe) let buffer = bytes
        DispatchQueue.concurrentPerform(iterations: chunks.count) { i in
            let chunk = chunks[i]
            let slice = UnsafeBufferPointer(rebasing: buffer[chunk.range])
            for line in JSONLines(slice) {
                chunk.lineCount += 1
                guard line.isTerminated else {
                    chunk.error = JSONError(kind: .syntax, line: line.number, column: line.bytes.count + 1,
                                            offset: chunk.range.lowerBound + line.offset + line.bytes.count, path: [],
                                            expected: "a line ending in a newline", found: "the end of the file")
                    return
                }
                let record = Line(start: chunk.range.lowerBound + line.offset, count: line.bytes.count, number: line.number)
                if Snapshot.hasPrefix(line.bytes, Snapshot.householdPrefix) {
                    chunk.households.append(record)
                } else if Snapshot.hasPrefix(line.bytes, Snapshot.taskPrefix) {
                    chunk.tasks.append(record)
                } else {
                    chunk.others.append(record)
                }
            }
        }
        var base = firstLine - 1
        for chunk in chunks {
            chunk.lineBase = base
            if var error = chunk.error as? JSONError {
                error.line += base
                throw error
            }
            base += chunk.lineCount
        }
    }

    /// Gives a mapped file's pages back as a worker reads past them, every `releaseEvery` bytes (see
    /// `MappedFile.release`).
    struct ReadBehind {
        let file: MappedFile?
        var from: Int

        /// The worker has read everything before `offset`.
        mutating func passed(_ offset: Int) {
            guard let file, offset - from >= file.releaseEvery else { return }
            file.release(from..<offset)
            from = offset
        }
    }

    /// Parses every chunk's households into one array in file order, with each chunk's tally. With `mapped` (the
    /// file `bytes` are), each worker gives back the pages it has read past.
    static func households(_ chunks: [Chunk], in bytes: UnsafeBufferPointer<UInt8>,
                           meter: WorkMeter? = nil, mapped: MappedFile? = nil) throws -> ([Household], [HouseholdTally]) {
        var firsts: [Int] = []
        var total = 0
        for chunk in chunks {
            firsts.append(total)
            total += chunk.households.count
        }
        let starts = firsts
        nonisolated(unsafe) let buffer = bytes
        let households = [Household](unsafeUninitializedCapacity: total) { storage, initialized in
            nonisolated(unsafe) let target = storage
            DispatchQueue.concurrentPerform(iterations: chunks.count) { i in
                let chunk = chunks[i]
                var scanner = JSONScanner(UnsafeBufferPointer(start: nil, count: 0))
                scanner.interner = StringInterner()
                var told = WorkMeter.Batch(meter)
                defer { told.flush() }
                var behind = ReadBehind(file: mapped, from: chunk.households.first?.start ?? 0)
                do {
                    for line in chunk.households {
                        behind.passed(line.start)
                        scanner.reset(to: UnsafeBufferPointer(rebasing: buffer[line.start..<(line.start + line.count)]),
                                      firstLine: chunk.lineBase + line.number, firstOffset: line.start, isLine: true)
                        let household = try scanner.readHousehold()
                        try scanner.expectEnd()
                        let position = starts[i] + chunk.placed
                        chunk.tally.count(household, at: position)
                        (target.baseAddress! + position).initialize(to: household)
                        chunk.placed += 1
                        chunk.householdBytes += line.count + 1
                        told.advance(line.count + 1)
                    }
                } catch {
                    chunk.error = error
                }
            }
            if chunks.contains(where: { $0.error != nil }) {
                // Nothing half-read reaches the board: put back what was placed and report the first error in the file.
                for (i, chunk) in chunks.enumerated() where chunk.placed > 0 {
                    (target.baseAddress! + starts[i]).deinitialize(count: chunk.placed)
                }
                initialized = 0
            } else {
                initialized = total
            }
        }
        if let error = chunks.lazy.compactMap(\.error).first { throw error }
        return (households, chunks.map(\.tally))
    }

    /// Parses only the households whose ids are in `wanted`, in file order. A line written the usual way (its id
    /// right after its type, with no escapes) is picked by looking its id's bytes up, so a thousand wanted ids cost
    /// no more per line than one; any other line is parsed to learn its id.
    static func households(_ wanted: Set<HouseholdID>, of chunks: [Chunk],
                           in bytes: UnsafeBufferPointer<UInt8>) throws -> ([Household], HouseholdTally) {
        let ids = Set(wanted.map { Array($0.raw.utf8) })
        var households: [Household] = []
        var tally = HouseholdTally()
        var scanner = JSONScanner(UnsafeBufferPointer(start: nil, count: 0))
        for chunk in chunks {
            for line in chunk.households {
                let text = UnsafeBufferPointer(rebasing: bytes[line.start..<(line.start + line.count)])
                if Snapshot.hasPrefix(text, householdIDPrefix) {
                    let rest = UnsafeBufferPointer(rebasing: text[householdIDPrefix.count...])
                    if let end = rest.firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }),
                       rest[end] == UInt8(ascii: "\"") {
                        guard ids.contains(Array(rest[rest.startIndex..<end])) else { continue }
                    }
                }
                scanner.reset(to: text, firstLine: chunk.lineBase + line.number, firstOffset: line.start, isLine: true)
                let household = try scanner.readHousehold()
                try scanner.expectEnd()
                guard wanted.contains(household.id) else { continue }
                tally.count(household, at: households.count)
                households.append(household)
            }
        }
        return (households, tally)
    }

    static let householdIDPrefix = Array("{\"type\":\"household\",\"id\":\"".utf8)

    /// Parses `lines` of `bytes` with `read`, split across `workers` threads; records come back in line order.
    /// With `mapped`, pages read past are given back as in `households`.
    static func parse<Record>(_ lines: [Line], in bytes: UnsafeBufferPointer<UInt8>, workers: Int, mapped: MappedFile? = nil,
                              _ read: @escaping (inout JSONScanner) throws -> Record) throws -> [Record] {
        guard !lines.isEmpty else { return [] }
        let n = max(1, min(workers, lines.count / 1000 + 1))
        let size = (lines.count + n - 1) / n
        let batches = stride(from: 0, to: lines.count, by: size).map { Batch<Record>(lines[$0..<min(lines.count, $0 + size)]) }
        nonisolated(unsafe) let buffer = bytes
        nonisolated(unsafe) let reader = read
        DispatchQueue.concurrentPerform(iterations: batches.count) { i in
            let batch = batches[i]
            var scanner = JSONScanner(UnsafeBufferPointer(start: nil, count: 0))
            scanner.interner = StringInterner()
            batch.records.reserveCapacity(batch.lines.count)
            var behind = ReadBehind(file: mapped, from: batch.lines.first?.start ?? 0)
            do {
                for line in batch.lines {
                    behind.passed(line.start)
                    let slice = UnsafeBufferPointer(rebasing: buffer[line.start..<(line.start + line.count)])
                    scanner.reset(to: slice, firstLine: line.number, firstOffset: line.start, isLine: true)
                    batch.records.append(try reader(&scanner))
                    try scanner.expectEnd()
                }
            } catch {
                batch.error = error
            }
        }
        var out: [Record] = []
        out.reserveCapacity(lines.count)
        for batch in batches {
            if let error = batch.error { throw error }
            out.append(contentsOf: batch.records)
        }
        return out
    }

    /// One worker's share of `parse` and what it produced.
    final class Batch<Record>: @unchecked Sendable {
        let lines: ArraySlice<Line>
        var records: [Record] = []
        var error: Error?
        init(_ lines: ArraySlice<Line>) { self.lines = lines }
    }
}
