import Crypto
import VillageBoardCore

/// The hash chain that makes a hand-edited, removed or reordered journal line detectable (docs/STORE.md).
///
/// Every line `Store.save` writes ends with two fields: `"prev"`, the chain value of the line before it in the same
/// journal (for the first line, SHA-256 of nothing), and `"hash"`, the SHA-256 of the line's own bytes up to
/// (not including) `,"hash":`. A line is *edited* when its `hash` does not match its bytes; the chain is *broken*
/// at a line whose `prev` is not the chain value of the line before it (a line was removed, or lines reordered).
/// The chain value of a line is its `hash`; that of an old unchained line (written before the chain existed)
/// is the SHA-256 of its bytes.
public enum JournalChain {
    /// `,"hash":"` + 64 hex digits + `"}`.
    static let hashSuffixLength = 9 + 64 + 2
    /// `,"prev":"` + 64 hex digits + `"`.
    static let prevSuffixLength = 9 + 64 + 1
    /// `,"sig":"` + 128 hex digits + `"`, just before `prev`.
    static let sigSuffixLength = 8 + 128 + 1
    static let sigKey = Array(#","sig":""#.utf8)
    static let hashKey = Array(#","hash":""#.utf8)
    static let prevKey = Array(#","prev":""#.utf8)

    /// The chain value before a journal's first line: SHA-256 of the empty string.
    public static let genesis: [UInt8] = Array(SHA256.hash(data: [UInt8]()))

    /// SHA-256 of some bytes.
    static func sha256(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        Array(SHA256.hash(data: UnsafeRawBufferPointer(bytes)))
    }

    static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        Array(SHA256.hash(data: bytes))
    }

    /// One journal line as `Store.save` writes it: the operation, then `sig` (when the author signs), `prev` and
    /// `hash`, then "\\n"; and the line's chain value (its hash). The signature is the author's Ed25519 signature of
    /// the line's bytes before `,"sig":` — the operation with its laptop, sequence, time and author — so it cannot
    /// be moved to another operation, laptop or place in a journal.
    static func line(for op: Operation, after previous: [UInt8], signer: Signer? = nil) -> (bytes: [UInt8], hash: [UInt8]) {
        var w = JSONWriter(capacity: 800)
        w.beginObject()
        w.writeOperationFields(op)
        if let signer { w.field("sig", Hex.encode(signer.sign(w.bytes))) }
        w.field("prev", Hex.encode(previous))
        let hash = sha256(w.bytes)
        w.field("hash", Hex.encode(hash))
        w.endObject()
        w.newline()
        return (w.bytes, hash)
    }

    /// A line's signature and the bytes it signs (the line up to `,"sig":`), found at fixed places from the end.
    /// nil when the line carries no signature.
    static func signature(of line: UnsafeBufferPointer<UInt8>) -> (signature: [UInt8], signedLength: Int)? {
        let n = line.count
        let sigStart = n - hashSuffixLength - prevSuffixLength - sigSuffixLength
        guard sigStart > 0, matches(line, at: sigStart, sigKey),
              line[sigStart + sigSuffixLength - 1] == UInt8(ascii: "\""),
              let sig = Hex.decode(utf8: UnsafeBufferPointer(rebasing: line[(sigStart + 8)..<(sigStart + 8 + 128)]))
        else { return nil }
        return (sig, sigStart)
    }

    /// The fields of one line that the chain reads.
    struct Fields {
        /// The line's own hash field, if it has one.
        var hash: [UInt8]?
        /// Its prev field, if it has one.
        var prev: [UInt8]?
        /// Whether `hash` matches the line's bytes.
        var intact: Bool
        /// The value the next line's prev must hold.
        var chainValue: [UInt8]
    }

    /// Reads the chain fields of one line (without its "\\n"). Lines are written with `prev` and `hash` last, so
    /// they are found at fixed places from the end without parsing the JSON.
    static func fields(of line: UnsafeBufferPointer<UInt8>) -> Fields {
        let n = line.count
        guard n >= hashSuffixLength + prevSuffixLength,
              line[n - 1] == UInt8(ascii: "}"), line[n - 2] == UInt8(ascii: "\""),
              matches(line, at: n - hashSuffixLength, hashKey),
              let hash = Hex.decode(utf8: UnsafeBufferPointer(rebasing: line[(n - 66)..<(n - 2)]))
        else {
            return Fields(hash: nil, prev: nil, intact: true, chainValue: sha256(line))
        }
        let body = UnsafeBufferPointer(rebasing: line[0..<(n - hashSuffixLength)])
        var prev: [UInt8]?
        let m = body.count
        if m >= prevSuffixLength, body[m - 1] == UInt8(ascii: "\""), matches(body, at: m - prevSuffixLength, prevKey) {
            prev = Hex.decode(utf8: UnsafeBufferPointer(rebasing: body[(m - 65)..<(m - 1)]))
        }
        let actual = sha256(body)
        return Fields(hash: hash, prev: prev, intact: actual == hash, chainValue: hash)
    }

    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ pattern: [UInt8]) -> Bool {
        guard offset >= 0, offset + pattern.count <= bytes.count else { return false }
        for (i, b) in pattern.enumerated() where bytes[offset + i] != b { return false }
        return true
    }

    /// What checking one journal's chain found.
    public struct Verification: Hashable, Sendable {
        /// The first line that breaks the chain, and why; nil when the chain holds.
        public var firstBreak: Break?
        /// How many lines carry no chain fields (written before the chain existed).
        public var unchainedLines: Int
        /// How many lines were checked.
        public var lines: Int
        /// The chain value of the last whole line (what the next appended line's `prev` must be).
        public var tip: [UInt8]
    }

    /// Where and how a chain breaks.
    public struct Break: Hashable, Sendable {
        public var line: Int
        public var problem: Problem
    }

    /// How a line breaks the chain.
    public enum Problem: String, Hashable, Sendable {
        /// The line's bytes do not match its own hash: it was edited.
        case edited
        /// Its `prev` is not the line before it: a line was removed, or lines were reordered.
        case broken
        /// A line without chain fields after chained lines: written or edited by hand.
        case unchained

        /// Says what the break means, for `check` and notices.
        public var explanation: String {
            switch self {
            case .edited: "hash chain broken (edited line: its content does not match its hash)"
            case .broken: "hash chain broken (removed or reordered line: it does not follow the line before it)"
            case .unchained: "hash chain broken (a line without a hash after hashed lines: added or edited by hand)"
            }
        }
    }

    /// Checks the chain of a whole journal's bytes. A cut-off last line (no "\\n") is left out: it is a torn tail,
    /// which opening sets aside.
    public static func verify(_ bytes: [UInt8]) -> Verification {
        bytes.withUnsafeBufferPointer { all in
            var previous = genesis
            var result = Verification(firstBreak: nil, unchainedLines: 0, lines: 0, tip: genesis)
            var sawChained = false
            for line in JSONLines(all) {
                if line.isLast && !line.isTerminated { break }
                result.lines += 1
                let f = fields(of: line.bytes)
                if result.firstBreak == nil {
                    if f.hash == nil {
                        if sawChained { result.firstBreak = Break(line: line.number, problem: .unchained) }
                    } else if !f.intact {
                        result.firstBreak = Break(line: line.number, problem: .edited)
                    } else if f.prev != previous {
                        result.firstBreak = Break(line: line.number, problem: .broken)
                    }
                }
                if f.hash == nil { result.unchainedLines += 1 } else { sawChained = true }
                previous = f.chainValue
            }
            result.tip = previous
            return result
        }
    }

    /// The chain value of the last whole line of `bytes[..<end]` (genesis when there is none), without checking
    /// the chain: what the next line appended there must carry as `prev`.
    static func tip(of bytes: [UInt8], end: Int) -> [UInt8] {
        guard end > 0, end <= bytes.count else { return genesis }
        return bytes.withUnsafeBufferPointer { all in
            // The last line ends at end - 1 ("\n"); find the newline before it.
            var start = end - 1
            while start > 0 && all[start - 1] != 0x0A { start -= 1 }
            return fields(of: UnsafeBufferPointer(rebasing: all[start..<(end - 1)])).chainValue
        }
    }
}
