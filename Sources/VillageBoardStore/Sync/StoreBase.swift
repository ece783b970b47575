#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import VillageBoardCore

/// base.jsonl: the board a store began with (its first snapshot), never changed. Every laptop that shares the
/// store shares it, so any laptop can rebuild the board as base + every journal in the merge order — which it
/// does when operations arrive that sort before what its snapshot already holds (docs/SYNC.md).
public enum StoreBase {
    /// The file's name in the store folder.
    public static let fileName = "base.jsonl"

    /// Records the store's first snapshot as its base: a hard link (no extra space until the snapshot is
    /// replaced by a compaction), or a copy where links are not possible.
    static func record(inStore path: String) throws(FileError) {
        let base = path + "/" + fileName
        if FileIO.exists(base) { return }
        if link(path + "/" + Snapshot.fileName, base) == 0 {
            try FileIO.syncFolder(path)
            return
        }
        try FileIO.replaceAtomically(base, with: try FileIO.readWholeFile(path + "/" + Snapshot.fileName))
    }

    /// The snapshot mapped into memory, or the base when a store folder arrives without a snapshot (a git clone:
    /// the snapshot is a local cache and is not committed).
    static func snapshotFile(inStore path: String) throws(FileError) -> MappedFile {
        if let file = try MappedFile.mapIfExists(path + "/" + Snapshot.fileName) { return file }
        if let file = try MappedFile.mapIfExists(path + "/" + fileName) { return file }
        throw FileError(.open, path: path + "/" + Snapshot.fileName, code: ENOENT)
    }

    /// True when some operation still to apply sorts before the last one the snapshot holds: applying it after
    /// the snapshot would not give the merge order, so the board must be rebuilt from the base.
    static func snapshotIsStale(_ reads: [Journal.Read], frontier: OperationKey?) -> Bool {
        guard let frontier else { return false }
        return reads.contains { r in r.entries.contains { !(frontier < OperationKey($0.op)) } }
    }

    /// The base board and every journal read from its start, when the snapshot is stale and a base exists.
    static func rebuild(inStore path: String, format: Int, today: Day) throws(StoreError) -> (board: Board, reads: [Journal.Read])? {
        let mapped = try StoreError.onFiles { () throws(FileError) in try MappedFile.mapIfExists(path + "/" + fileName) }
        guard let file = mapped else { return nil }
        var board = try Snapshot.decode(file.bytes, format: format, file: fileName, today: today).board
        // The base is where every journal starts: nothing in it counts as already applied from a journal.
        board.restoreFrontier(nil)
        let reads = try readJournals(inStore: path, covers: [:])
        return (board, reads)
    }

    /// Reads every journal of the store after the given marks. `inspect` sees each journal's bytes and what was
    /// read from them (the open checks the hash chains there) before the bytes are let go.
    static func readJournals(
        inStore path: String, covers: [DeviceID: JournalMark],
        inspect: (_ device: DeviceID, _ file: String, _ bytes: [UInt8], _ read: Journal.Read) -> Void = { _, _, _, _ in }
    ) throws(StoreError) -> [Journal.Read] {
        let folder = path + "/" + Journal.folder
        let names = try StoreError.onFiles { () throws(FileError) in
            FileIO.isFolder(folder) ? try FileIO.listFolder(folder) : []
        }
        var reads: [Journal.Read] = []
        for name in names.sorted() where Journal.isJournalFile(name) {
            let device = DeviceID(String(name.dropLast(Journal.suffix.count)))
            guard device.isValid else { continue }
            let file = Journal.folder + "/" + name
            let bytes = try StoreError.onFiles { () throws(FileError) in try FileIO.readWholeFile(path + "/" + file) }
            let mark = covers[device]
            let read = try Journal.read(bytes, device: device, file: file, from: mark?.bytes ?? 0, after: mark?.sequence ?? 0)
            inspect(device, file, bytes, read)
            reads.append(read)
        }
        return reads
    }
}
