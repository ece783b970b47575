import Dispatch
import VillageBoardCore

/// Reads the household and task lines of a snapshot on every core at once. Each worker parses a contiguous run
/// of lines into its own array (with its own string interner); the board is then filled in file order, so the
/// result is the same as reading line by line.
enum SnapshotRecords {
    /// A line of the snapshot: where it is and its number (for messages).
    struct Line {
        var start: Int
        var count: Int
        var number: Int
    }

    /// One worker's share and what it produced.
    final class Batch<Record>: @unchecked Sendable {
        let lines: ArraySlice<Line>
        var records: [Record] = []
        var error: Error?
        init(_ lines: ArraySlice<Line>) { self.lines = lines }
    }

    /// Parses `lines` of `bytes` with `read`, split across `workers` threads; records come back in line order.
    static func parse<Record>(_ lines: [Line], in bytes: UnsafeBufferPointer<UInt8>, workers: Int,
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
            do {
                for line in batch.lines {
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
}
