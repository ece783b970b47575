import Dispatch
import VillageBoardCore

/// Writes many records of one kind as JSON Lines on every core at once, for a snapshot: the records are cut into
/// shares, each worker writes its shares' lines into buffers of their own, and the buffers are handed on in record
/// order as they are done — so a compaction writes the first to the file while the workers make the rest. Each
/// line depends on its record alone, so the buffers joined are the bytes writing the records one by one gives.
enum SnapshotLines {
    /// Hands `emit` the lines of `records` in record order, in one buffer per share (none for no records); `write`
    /// writes one record (without its newline). Each record written is told to `meter`. With more than one worker
    /// the workers run beside the calling thread, which only waits for each buffer and hands it on; if `emit`
    /// throws, the rest are still made (the workers read `records`) but not handed on, and the error is thrown.
    /// The calling thread waits for the workers, which run on Dispatch's global queue: call it from a thread of
    /// one's own (the command line's main thread does), not from a worker of a pool that may have no other thread.
    static func write<Record, Failure: Error>(
        _ records: [Record], workers: Int, perWorker: Int = 2_000, meter: WorkMeter? = nil,
        _ write: @escaping (inout JSONWriter, Record) -> Void, into emit: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        guard !records.isEmpty else { return }
        // A few thousand records are written faster than a second thread starts: a worker per `perWorker` records.
        let n = max(1, min(workers, records.count / max(1, perWorker) + 1))
        if n == 1 {
            try emit(lines(records[...], write, meter: meter))
            return
        }
        // Several shares per worker, each worker taking every n-th in order, so the first are done early.
        let shares = min(records.count, n * 8)
        let pieces = (0..<shares).map { _ in Piece() }
        nonisolated(unsafe) let (records, writer) = (records, write)
        let group = DispatchGroup()
        for worker in 0..<n {
            DispatchQueue.global().async(group: group) {
                for share in stride(from: worker, to: shares, by: n) {
                    let range = records.count * share / shares..<records.count * (share + 1) / shares
                    pieces[share].bytes = lines(records[range], writer, meter: meter)
                    pieces[share].done.signal()
                }
            }
        }
        var failure: Failure?
        for piece in pieces {
            piece.done.wait()
            if failure == nil {
                do throws(Failure) { try emit(piece.bytes) } catch { failure = error }
            }
            piece.bytes = []
        }
        group.wait()
        if let failure { throw failure }
    }

    /// The lines of `records` in one buffer.
    private static func lines<Record>(_ records: ArraySlice<Record>, _ write: (inout JSONWriter, Record) -> Void,
                                      meter: WorkMeter?) -> [UInt8] {
        var w = JSONWriter(capacity: 1 << 16)
        var told = WorkMeter.Batch(meter, every: 4096)
        for (k, record) in records.enumerated() {
            write(&w, record)
            w.newline()
            told.advance(1)
            // Once the first lines show their length, room for the whole share, so the buffer is not copied as it
            // grows (capped: a few long first lines must not ask for gigabytes).
            if k == 63 { w.reserveCapacity(min(w.bytes.count / 64 * records.count / 4 * 5, 1 << 30)) }
        }
        told.flush()
        return w.bytes
    }

    /// One share's lines, and the signal that they are done.
    final class Piece: @unchecked Sendable {
        var bytes: [UInt8] = []
        let done = DispatchSemaphore(value: 0)
    }
}
