import VillageBoardCore

/// A run of one laptop's journal lines, exactly as that laptop wrote them: what a merge copies.
public struct JournalPiece: Sendable, Equatable {
    /// One line: its sequence, time and bytes (with the newline).
    public struct Line: Sendable, Equatable {
        public var sequence: Int
        public var time: Timestamp
        public var bytes: ArraySlice<UInt8>
        /// The attachment the line records, for an `attachEvidence` line: its file travels with it.
        public var evidence: Attachment? = nil
    }

    public var device: DeviceID
    public var lines: [Line]

    public var first: Int? { lines.first?.sequence }
    public var last: Int? { lines.last?.sequence }

    /// Splits whole journal lines (a cut-off last line is left out: it was never saved) and checks that each is an
    /// operation of `device`, numbered one after another.
    static func parse(_ bytes: [UInt8], device: DeviceID, file: String) throws(SyncError) -> JournalPiece {
        var lines: [Line] = []
        var start = 0
        var number = 0
        var problem: SyncError?
        bytes.withUnsafeBufferPointer { all in
            var i = 0
            while i < all.count, problem == nil {
                guard all[i] == 0x0A else { i += 1; continue }
                number += 1
                var s = JSONScanner(UnsafeBufferPointer(rebasing: all[start..<i]), firstLine: number, firstOffset: start, isLine: true)
                do {
                    let op = try s.readOperation()
                    try s.expectEnd()
                    if op.id.device != device {
                        problem = .wrongDevice(file: file, line: number, expected: device, found: op.id.device)
                    } else if let previous = lines.last, op.id.sequence != previous.sequence + 1 {
                        problem = .sequenceGap(file: file, line: number, expected: previous.sequence + 1, found: op.id.sequence)
                    } else {
                        var line = Line(sequence: op.id.sequence, time: op.time, bytes: bytes[start...i])
                        if case .attachEvidence(let a) = op.change { line.evidence = a }
                        lines.append(line)
                    }
                } catch {
                    problem = .malformed(file: file, line: number, message: "\(error)")
                }
                i += 1
                start = i
            }
        }
        if let problem { throw problem }
        return JournalPiece(device: device, lines: lines)
    }

    /// The lines after sequence `after`.
    func after(_ sequence: Int) -> JournalPiece {
        JournalPiece(device: device, lines: lines.filter { $0.sequence > sequence })
    }

    /// The attachments the lines record, in order.
    var attachments: [Attachment] { lines.compactMap(\.evidence) }

    /// All the lines' bytes, one after another.
    var bytes: [UInt8] { lines.reduce(into: [UInt8]()) { $0 += $1.bytes } }
}

/// Why a merge or a bundle was refused. Nothing was applied when one is thrown.
public enum SyncError: Error, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case malformed(file: String, line: Int, message: String)
    case wrongDevice(file: String, line: Int, expected: DeviceID, found: DeviceID)
    case sequenceGap(file: String, line: Int, expected: Int, found: Int)
    /// The same laptop's journal reads differently here and there: two histories under one name.
    case divergent(device: DeviceID, sequence: Int)
    /// The other side's lines for a laptop start after a gap this store cannot fill.
    case missingLines(device: DeviceID, have: Int, starts: Int)
    /// The other side holds more of this laptop's own journal than this laptop does.
    case ownJournalAhead(device: DeviceID, have: Int, found: Int)
    /// The two stores began from different boards.
    case differentBase
    case bundle(String)
    /// A bundle whose seal is signed in `signer`'s name, but not by the key this board holds for them.
    case forgedSeal(file: String, signer: UserID)
    /// `sync --require-signed` given a bundle whose maker cannot be proven here.
    case unprovenBundle(file: String, signer: UserID?)
    case store(StoreError)
    case file(FileError)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path) is neither a store folder (no store.json) nor a bundle file"
        case .malformed(let file, let line, let message): "\(file) line \(line): \(message); nothing was merged"
        case .wrongDevice(let file, let line, let expected, let found):
            "\(file) line \(line), field \"dev\": expected \(expected), found \(found); nothing was merged"
        case .sequenceGap(let file, let line, let expected, let found):
            "\(file) line \(line), field \"seq\": expected \(expected), found \(found); nothing was merged"
        case .divergent(let device, let sequence):
            "laptop \(device)'s operation \(sequence) differs between the two stores: the same laptop name wrote two "
                + "histories (was a store folder copied and used on two laptops?). Nothing was merged; see docs/SYNC.md"
        case .missingLines(let device, let have, let starts):
            "the other side's operations of laptop \(device) start at \(starts), but this store has only up to \(have): "
                + "ask for a bundle made with --since \(device)=\(have). Nothing was merged"
        case .ownJournalAhead(let device, let have, let found):
            "the other side holds operations of this laptop (\(device)) up to \(found), but this laptop has only \(have): "
                + "two laptops use the same name (set VILLAGE_BOARD_DEVICE). Nothing was merged"
        case .differentBase:
            "the two stores began from different boards (base.jsonl differs): they are not copies of one store. Nothing was merged"
        case .bundle(let message): message
        case .forgedSeal(let file, let signer):
            "\(file): its seal is signed in \(signer)'s name but not by their key: it was forged or altered; nothing was merged"
        case .unprovenBundle(let file, let signer):
            "\(file): " + (signer.map { "signed by \($0), whose key this store does not hold" } ?? "not signed")
                + "; --require-signed refuses it, nothing was merged"
        case .store(let error): error.description
        case .file(let error): error.description
        }
    }
}
