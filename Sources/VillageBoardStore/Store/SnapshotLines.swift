import Dispatch
import VillageBoardCore

/// Writes many records of one kind as JSON Lines on every core at once, for a snapshot: the records are cut into
/// one share per worker, each worker writes its share's lines into its own buffer, and the buffers, in order, are
/// the bytes writing the records one by one would give (each line depends on its record alone).
enum SnapshotLines {
    /// The lines of `records`, as one piece per worker in record order (none for no records); `write` writes one
    /// record (without its newline). Each record written is told to `meter`.
    static func write<Record>(_ records: [Record], workers: Int, perWorker: Int = 2_000, meter: WorkMeter? = nil,
                              _ write: @escaping (inout JSONWriter, Record) -> Void) -> [[UInt8]] {
        guard !records.isEmpty else { return [] }
        // A few thousand records are written faster than a second thread starts: a worker per `perWorker` records.
        let n = max(1, min(workers, records.count / max(1, perWorker) + 1))
        let pieces = (0..<n).map { _ in Piece() }
        nonisolated(unsafe) let writer = write
        records.withUnsafeBufferPointer { all in
            nonisolated(unsafe) let all = all
            DispatchQueue.concurrentPerform(iterations: n) { i in
                let share = all[(all.count * i / n)..<(all.count * (i + 1) / n)]
                var w = JSONWriter(capacity: 1 << 16)
                var told = WorkMeter.Batch(meter, every: 4096)
                for (k, record) in share.enumerated() {
                    writer(&w, record)
                    w.newline()
                    told.advance(1)
                    // Once the first lines show their length, room for the whole share, so the buffer is not
                    // copied as it grows (capped: a few long first lines must not ask for gigabytes).
                    if k == 63 { w.reserveCapacity(min(w.bytes.count / 64 * share.count / 4 * 5, 1 << 30)) }
                }
                told.flush()
                pieces[i].bytes = w.bytes
            }
        }
        return pieces.map(\.bytes)
    }

    /// One worker's lines.
    final class Piece: @unchecked Sendable {
        var bytes: [UInt8] = []
    }
}
