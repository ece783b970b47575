import VillageBoardCore

/// How evidence files go between laptops with the operations that name them (docs/SYNC.md): a bundle carries the
/// files its lines attach; a merge keeps only the files this store lacks, each after checking its SHA-256.
enum EvidenceTravel {
    /// The files the pieces' lines attach, read from the store (each once); and the attachments whose file the store
    /// lacks or holds damaged, which cannot travel.
    static func files(for pieces: [JournalPiece], inStore path: String) -> ([SyncBundle.EvidenceBlob], [Attachment]) {
        var seen = Set<String>()
        var blobs: [SyncBundle.EvidenceBlob] = []
        var leftOut: [Attachment] = []
        for a in pieces.flatMap(\.attachments) where seen.insert(a.hash).inserted {
            if let bytes = EvidenceFiles.read(a.hash, inStore: path) {
                blobs.append(SyncBundle.EvidenceBlob(hash: a.hash, bytes: bytes))
            } else {
                leftOut.append(a)
            }
        }
        return (blobs, leftOut)
    }

    /// Puts into the store at `path` every file the source's lines attach that the store lacks, from the bundle or
    /// the source folder, when its bytes hash to its name. Returns how many arrived and the attachments whose bytes
    /// arrived damaged (not kept). A file the source does not carry is simply not there: `missing` lists it after.
    static func receive(_ source: SyncBundle, into path: String) throws(FileError) -> (added: Int, damaged: [Attachment]) {
        var carried: [String: [UInt8]] = [:]
        for blob in source.evidence { carried[blob.hash] = blob.bytes }
        var seen = Set<String>()
        var added = 0
        var damaged: [Attachment] = []
        for a in source.pieces.flatMap(\.attachments) where seen.insert(a.hash).inserted {
            if EvidenceFiles.has(a.hash, inStore: path) { continue }
            let bytes: [UInt8]? = if let b = carried[a.hash] {
                b
            } else if let folder = source.evidenceFolder {
                try FileIO.readWholeFileIfExists(EvidenceFiles.path(of: a.hash, inStore: folder))
            } else {
                nil
            }
            guard let bytes else { continue }
            guard EvidenceFiles.hash(bytes) == a.hash else {
                damaged.append(a)
                continue
            }
            try EvidenceFiles.put(bytes, hash: a.hash, inStore: path)
            added += 1
        }
        return (added, damaged)
    }

    /// The attachments on the board whose file is not in the store (each file once).
    static func missing(on board: Board, inStore path: String) -> [Attachment] {
        var seen = Set<String>()
        return board.attachments.filter { seen.insert($0.hash).inserted && !EvidenceFiles.has($0.hash, inStore: path) }
    }
}
