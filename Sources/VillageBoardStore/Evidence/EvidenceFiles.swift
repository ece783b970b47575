import Crypto
import VillageBoardCore

/// The store's copies of attached files, each named by its SHA-256 (`evidence/ab/cdef…`: the first two hex digits
/// are a folder, so no folder holds more than a few thousand files). A file is written whole under a temporary name,
/// fsynced and renamed, so a name in `evidence/` always holds a whole file; it is never changed or deleted after.
public enum EvidenceFiles {
    public static let folder = "evidence"

    /// The file's path inside the store folder: `evidence/ab/cdef…`.
    public static func relativePath(of hash: String) -> String {
        folder + "/" + hash.prefix(2) + "/" + hash.dropFirst(2)
    }

    /// The file's path on disk.
    public static func path(of hash: String, inStore store: String) -> String {
        store + "/" + relativePath(of: hash)
    }

    /// SHA-256 of `bytes` as 64 lowercase hex digits.
    public static func hash(_ bytes: [UInt8]) -> String { SyncBundle.sha256(bytes[...]) }

    /// What the store holds under a hash.
    public enum State: Hashable, Sendable {
        case present
        case missing
        /// A file is there, but its bytes hash to something else (edited or damaged since).
        case damaged(found: String)
    }

    /// Whether the file for `hash` is in the store, whole (its bytes hashed again).
    public static func state(of hash: String, inStore store: String) -> State {
        let path = path(of: hash, inStore: store)
        guard let bytes = try? FileIO.readWholeFileIfExists(path) else { return FileIO.exists(path) ? .damaged(found: "") : .missing }
        let found = Self.hash(bytes)
        return found == hash ? .present : .damaged(found: found)
    }

    /// Whether a file is there under `hash` (not hashed again: for choosing what to copy).
    public static func has(_ hash: String, inStore store: String) -> Bool {
        FileIO.exists(path(of: hash, inStore: store))
    }

    /// The bytes stored under `hash`, when they still hash to it; nil when missing or damaged.
    public static func read(_ hash: String, inStore store: String) -> [UInt8]? {
        guard let bytes = try? FileIO.readWholeFileIfExists(path(of: hash, inStore: store)), Self.hash(bytes) == hash else {
            return nil
        }
        return bytes
    }

    /// Puts `bytes` (whose SHA-256 is `hash`) into the store: temporary file, fsync, rename, fsync the folder. A file
    /// already there is left alone (same name, same bytes). `beforeRename` lets tests fail where a crash would.
    static func put(_ bytes: [UInt8], hash: String, inStore store: String,
                    beforeRename: (String) throws(FileError) -> Void = { _ throws(FileError) in }) throws(FileError) {
        let path = path(of: hash, inStore: store)
        if FileIO.exists(path) { return }
        try FileIO.createFolder(POSIX.parentFolder(of: path))
        try POSIX.withBytes(bytes) { (buffer) throws(FileError) in
            try FileIO.replaceAtomically(path, with: buffer, beforeRename: beforeRename)
        }
    }

    /// Every hash with a file in the store (names that are not a hash are left out).
    public static func stored(inStore store: String) -> Set<String> {
        let root = store + "/" + folder
        var out = Set<String>()
        for sub in (try? FileIO.listFolder(root)) ?? [] where sub.utf8.count == 2 {
            for name in (try? FileIO.listFolder(root + "/" + sub)) ?? [] where Attachment.isHash(sub + name) {
                out.insert(sub + name)
            }
        }
        return out
    }
}
