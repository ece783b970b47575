import VillageBoardCore

/// Reading one laptop's journal file: every operation after a byte offset, checked for order and origin.
enum Journal {
    static let folder = "journal"
    static let suffix = ".jsonl"

    /// An operation read from a journal, with where it came from (for messages).
    struct Entry {
        var op: Operation
        var file: String
        var line: Int
        /// The line's signature and the bytes it signs; nil for an unsigned line.
        var signed: (signature: [UInt8], message: [UInt8])?
    }

    /// What reading one journal gave.
    struct Read {
        var device: DeviceID
        var entries: [Entry]
        /// A cut-off last line, not applied.
        var torn: JSONTornLine?
        /// The byte just after the last whole line: where the next append lands once a torn tail is removed.
        var end: Int
    }

    static func fileName(for device: DeviceID) -> String { device.raw + suffix }

    /// Reads `bytes` (a whole journal) from `start`, expecting sequences to continue from `after`.
    static func read(_ bytes: [UInt8], device: DeviceID, file: String, from start: Int, after: Int) throws(StoreError) -> Read {
        // A snapshot's byte mark must land just after a newline; otherwise the file was replaced: read it all.
        let begin = (start > 0 && start <= bytes.count && bytes[start - 1] == 0x0A) ? start : 0
        let firstLine = begin == 0 ? 1 : bytes[0..<begin].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        var entries: [Entry] = []
        var expected = after + 1
        var problem: StoreError?
        var torn: JSONTornLine?
        do {
            torn = try bytes.withUnsafeBufferPointer { all throws -> JSONTornLine? in
                let slice = UnsafeBufferPointer(rebasing: all[begin...])
                return try JSONLines.read(slice, firstLine: firstLine) { (s: inout JSONScanner) throws in
                    let line = s.line
                    let op = try s.readOperation()
                    guard op.id.device == device else {
                        throw StoreError.wrongDevice(file: file, line: line, expected: device, found: op.id.device)
                    }
                    // Operations the snapshot already holds (a full re-read) are skipped.
                    if op.id.sequence <= after { return }
                    guard op.id.sequence == expected else {
                        throw StoreError.sequenceGap(file: file, line: line, expected: expected, found: op.id.sequence)
                    }
                    expected += 1
                    let signed = JournalChain.signature(of: s.bytes).map { ($0.signature, Array(s.bytes[0..<$0.signedLength])) }
                    entries.append(Entry(op: op, file: file, line: line, signed: signed))
                }
            }
        } catch let error as StoreError {
            problem = error
        } catch let error as JSONError {
            problem = .malformed(error.inFile(file))
        } catch {
            problem = .malformed(JSONError(kind: .syntax, file: file, line: 1, column: 1, offset: 0, path: [],
                                           expected: "a journal", found: "\(error)"))
        }
        if let problem { throw problem }
        // JSONLines offsets are relative to the slice.
        if var t = torn { t.offset += begin; torn = t }
        return Read(device: device, entries: entries, torn: torn, end: torn?.offset ?? bytes.count)
    }

    /// Every laptop's entries in one deterministic order: by time, then laptop, keeping each laptop's own order.
    static func merged(_ reads: [Read]) -> [Entry] {
        var cursors = reads.map { _ in 0 }
        var out: [Entry] = []
        out.reserveCapacity(reads.reduce(0) { $0 + $1.entries.count })
        while true {
            var best: Int?
            for (i, r) in reads.enumerated() where cursors[i] < r.entries.count {
                let candidate = r.entries[cursors[i]].op
                if let b = best {
                    let current = reads[b].entries[cursors[b]].op
                    if (candidate.time, candidate.id.device) < (current.time, current.id.device) { best = i }
                } else {
                    best = i
                }
            }
            guard let b = best else { return out }
            out.append(reads[b].entries[cursors[b]])
            cursors[b] += 1
        }
    }
}
