import Crypto
import VillageBoardCore

/// One file to carry between offices: journal lines (exactly as each laptop wrote them) and, when the receiver may
/// lack it, the store's base board, sealed with SHA-256 (docs/SYNC.md):
///
/// ```
/// {"type":"village-board-bundle","format":1,"made":"…","by":"laptop-a","base":N,"journals":[{"dev":"…","first":1,"last":9,"bytes":M}]}
/// <N bytes of base.jsonl><M bytes of journal lines>…
/// {"sha256":"<hex of every byte above>","bytes":<how many>}
/// ```
public struct SyncBundle: Sendable, Equatable {
    public static let kind = "village-board-bundle"
    /// 1 without evidence files (read by every program), 2 with them (`evidence` sections after the journals).
    public static let format = 2

    public var made: Timestamp
    public var by: DeviceID
    /// base.jsonl of the store, when included.
    public var base: [UInt8]?
    public var pieces: [JournalPiece]
    /// The store's fixed "today" (a demo or training store), so a store made from the bundle keeps it.
    public var clock: Day?
    /// Evidence files the journal lines name, carried whole (issue 21); checked against their hash on arrival.
    public var evidence: [EvidenceBlob] = []
    /// Files the lines name that the sending store lacks (or holds damaged): not carried. Not written in the file.
    public var evidenceLeftOut: [Attachment] = []
    /// For a store folder read as a source: where its evidence files are, taken from there only when missing here.
    public var evidenceFolder: String?
    /// Who signed the seal line, as read from a bundle file; nil for an unsigned bundle (docs/SYNC.md, "Signed bundles").
    public var seal: SealSignature?

    public init(made: Timestamp, by: DeviceID, base: [UInt8]?, pieces: [JournalPiece], clock: Day? = nil,
                evidence: [EvidenceBlob] = []) {
        self.made = made
        self.by = by
        self.base = base
        self.pieces = pieces
        self.clock = clock
        self.evidence = evidence
    }

    /// One evidence file in a bundle: the hash it should have, and its bytes as carried.
    public struct EvidenceBlob: Sendable, Equatable {
        public var hash: String
        public var bytes: [UInt8]
        public init(hash: String, bytes: [UInt8]) {
            self.hash = hash
            self.bytes = bytes
        }
    }

    /// The file's bytes; with `signer`, the seal line also names the user and carries their signature of it.
    public func encoded(signedBy signer: Signer? = nil) -> [UInt8] {
        var w = JSONWriter(capacity: 512)
        w.beginObject()
        w.field("type", SyncBundle.kind)
        // Without evidence, the format every earlier program reads.
        w.field("format", evidence.isEmpty ? 1 : SyncBundle.format)
        w.field("made", made.iso)
        w.field("by", by.raw)
        w.field("base", base?.count ?? 0)
        if let clock { w.field("clock", clock.iso) }
        w.key("journals")
        w.beginArray()
        var bodies: [[UInt8]] = []
        for piece in pieces where !piece.lines.isEmpty {
            let body = piece.bytes
            bodies.append(body)
            w.beginObject()
            w.field("dev", piece.device.raw)
            w.field("first", piece.first ?? 0)
            w.field("last", piece.last ?? 0)
            w.field("bytes", body.count)
            w.endObject()
        }
        w.endArray()
        if !evidence.isEmpty {
            w.key("evidence")
            w.beginArray()
            for blob in evidence {
                w.beginObject()
                w.field("sha256", blob.hash)
                w.field("bytes", blob.bytes.count)
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        w.newline()
        var out = w.bytes
        out += base ?? []
        for body in bodies { out += body }
        for blob in evidence { out += blob.bytes }
        // Files are bytes of any kind: one newline after them, so the seal is always a line of its own.
        if !evidence.isEmpty { out.append(0x0A) }
        var seal = JSONWriter(capacity: 128)
        seal.beginObject()
        seal.field("sha256", SyncBundle.sha256(out[...]))
        seal.field("bytes", out.count)
        if let signer { seal.field("signer", signer.user.raw) }
        var sealLine = seal.bytes
        if let signer {
            // As a journal line's "sig": over the seal line's bytes before `,"sig":`, which hold the SHA-256 of
            // everything above, so the signature covers the whole bundle and names who made it.
            sealLine += Array(",\"sig\":\"".utf8) + Array(Hex.encode(signer.sign(sealLine)).utf8) + [0x22]
        }
        return out + sealLine + Array("}\n".utf8)
    }

    static func sha256(_ bytes: ArraySlice<UInt8>) -> String {
        let digits: [Character] = Array("0123456789abcdef")
        var hex = ""
        for byte in SHA256.hash(data: bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 15)])
        }
        return hex
    }

    /// Reads and checks a bundle: the seal first (a cut-off or altered file is refused before anything else is
    /// looked at), then the header, then every journal line.
    public static func decode(_ bytes: [UInt8], file: String) throws(SyncError) -> SyncBundle {
        // The seal is the last line.
        guard bytes.last == 0x0A, let sealStart = bytes.dropLast().lastIndex(of: 0x0A).map({ $0 + 1 }) else {
            throw .bundle("\(file) is not a whole bundle (it does not end with its seal line): it was cut off in copying. "
                          + "Copy it again; nothing was merged")
        }
        let sha: String?, count: Int?, signer: String?, sig: String?
        do {
            (sha, count, signer, sig) = try JSONScanner.decode(Array(bytes[sealStart...])) {
                (s: inout JSONScanner) throws -> (String?, Int?, String?, String?) in
                var sha: String?, count: Int?, signer: String?, sig: String?
                try s.beginObject()
                while let key = try s.nextKey() {
                    switch key {
                    case "sha256": sha = try s.readString()
                    case "bytes": count = try s.readInt()
                    case "signer": signer = try s.readString()
                    case "sig": sig = try s.readString()
                    default: try s.skipValue()
                    }
                }
                return (sha, count, signer, sig)
            }
        } catch {
            throw .bundle("\(file) does not end with a bundle's seal line: it was cut off in copying, or is not a bundle. "
                          + "Copy it again; nothing was merged")
        }
        guard let sha, let count else { throw .bundle("\(file): the seal line lacks sha256 or bytes; nothing was merged") }
        guard count == sealStart else {
            throw .bundle("\(file) holds \(sealStart) bytes before its seal, but the seal says \(count): it was cut off or "
                          + "altered. Copy it again; nothing was merged")
        }
        guard sha256(bytes[..<sealStart]) == sha else {
            throw .bundle("\(file) fails its SHA-256 check: it was altered or damaged after it was made. Copy it again; "
                          + "nothing was merged")
        }
        var bundle = try decodeSealed(Array(bytes[..<sealStart]), file: file)
        if let signer {
            bundle.seal = SealSignature(signer: UserID(signer), signature: sig.flatMap { Hex.decode($0) } ?? [],
                                        message: SealSignature.signedPart(of: Array(bytes[sealStart...])))
        }
        return bundle
    }

    private static func decodeSealed(_ bytes: [UInt8], file: String) throws(SyncError) -> SyncBundle {
        guard let headerEnd = bytes.firstIndex(of: 0x0A) else { throw .bundle("\(file): no header line") }
        var made: Timestamp?, by: DeviceID?, baseCount = 0, kind: String?, format: Int?, clock: Day?
        var sections: [(DeviceID, Int)] = []
        var files: [(String, Int)] = []
        do {
            _ = try JSONScanner.decode(Array(bytes[...headerEnd])) { (s: inout JSONScanner) throws -> Bool in
                try s.beginObject()
                while let key = try s.nextKey() {
                    switch key {
                    case "type": kind = try s.readString()
                    case "format": format = try s.readInt()
                    case "made": made = try s.readTimestamp()
                    case "by": by = DeviceID(try s.readString())
                    case "base": baseCount = try s.readInt()
                    case "clock": clock = try s.readDay()
                    case "journals":
                        try s.beginArray()
                        while try s.nextElement() {
                            var dev: DeviceID?, n: Int?
                            try s.beginObject()
                            while let k = try s.nextKey() {
                                switch k {
                                case "dev":
                                    let d = DeviceID(try s.readString())
                                    guard d.isValid else { throw s.unexpectedValue(expected: "a device name") }
                                    dev = d
                                case "bytes": n = try s.readInt()
                                default: try s.skipValue()
                                }
                            }
                            guard let dev else { throw s.missingField("dev") }
                            guard let n, n >= 0 else { throw s.missingField("bytes") }
                            sections.append((dev, n))
                        }
                    case "evidence":
                        try s.beginArray()
                        while try s.nextElement() {
                            var hash: String?, n: Int?
                            try s.beginObject()
                            while let k = try s.nextKey() {
                                switch k {
                                case "sha256": hash = try s.readString()
                                case "bytes": n = try s.readInt()
                                default: try s.skipValue()
                                }
                            }
                            guard let hash, Attachment.isHash(hash) else { throw s.missingField("sha256") }
                            guard let n, n >= 0 else { throw s.missingField("bytes") }
                            files.append((hash, n))
                        }
                    default: try s.skipValue()
                    }
                }
                return true
            }
        } catch {
            throw .bundle("\(file): the header is not a bundle header (\(error)); nothing was merged")
        }
        guard kind == SyncBundle.kind else { throw .bundle("\(file) is not a Village Board bundle; nothing was merged") }
        guard let format, format <= SyncBundle.format else {
            throw .bundle("\(file) was made by a newer Village Board (bundle format \(format ?? 0)); upgrade the program")
        }
        var at = headerEnd + 1
        guard baseCount >= 0, at + baseCount <= bytes.count else { throw .bundle("\(file): the base section is cut short") }
        let base = baseCount > 0 ? Array(bytes[at..<(at + baseCount)]) : nil
        at += baseCount
        var pieces: [JournalPiece] = []
        for (device, n) in sections {
            guard at + n <= bytes.count else { throw .bundle("\(file): the journal of \(device) is cut short") }
            pieces.append(try JournalPiece.parse(Array(bytes[at..<(at + n)]), device: device, file: "\(file) (\(device))"))
            at += n
        }
        var evidence: [EvidenceBlob] = []
        for (hash, n) in files {
            guard n <= bytes.count - at else { throw .bundle("\(file): the evidence file \(hash) is cut short") }
            evidence.append(EvidenceBlob(hash: hash, bytes: Array(bytes[at..<(at + n)])))
            at += n
        }
        if !evidence.isEmpty {
            guard at < bytes.count, bytes[at] == 0x0A else { throw .bundle("\(file): the evidence files do not end where the header says") }
            at += 1
        }
        guard at == bytes.count else { throw .bundle("\(file): \(bytes.count - at) bytes after the last section") }
        return SyncBundle(made: made ?? Timestamp(millisecondsSinceEpoch: 0), by: by ?? DeviceID("unknown"), base: base, pieces: pieces,
                          clock: clock, evidence: evidence)
    }
}
