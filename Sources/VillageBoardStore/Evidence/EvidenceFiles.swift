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

extension EvidenceFiles {
    /// Copies the files of `attachments` out of the store into `folder` (made owner-only if missing), each under a
    /// readable name: what it proves, then the name it was attached as (`220622103201-0012_housing_房屋照片.jpg`,
    /// `T12_照片.jpg`, `220622103201-0012_visit2_记录.pdf`); a name taken gets ` (2)`, ` (3)` … before its extension.
    /// A file missing or damaged in the store is not copied: returned, to be named. Files already in `folder` are
    /// never overwritten.
    public static func export(_ attachments: [Attachment], fromStore store: String, to folder: String) throws(FileError)
        -> (copied: [String], missing: [Attachment]) {
        try FileIO.createFolder(folder)
        var copied: [String] = []
        var missing: [Attachment] = []
        for a in attachments {
            guard let bytes = read(a.hash, inStore: store) else {
                missing.append(a)
                continue
            }
            let base = readableName(a)
            var name = base
            var n = 1
            while FileIO.exists(folder + "/" + name) {
                n += 1
                name = numbered(base, n)
            }
            try FileIO.replaceAtomically(folder + "/" + name, with: bytes)
            copied.append(name)
        }
        return (copied, missing)
    }

    /// What the attachment proves and its name, as one file name: no slashes, no control characters, no leading dot.
    static func readableName(_ a: Attachment) -> String {
        let subject = switch a.target {
        case .check(let h, let item): h.raw + "_" + item.key
        case .task(let t): t.raw
        case .visit(let h, let n): h.raw + "_visit\(n + 1)"
        }
        let raw = subject + "_" + a.name
        let safe = String(raw.unicodeScalars.map { s -> Character in
            s == "/" || s == "\\" || s.properties.generalCategory == .control ? "_" : Character(s)
        })
        let trimmed = safe.hasPrefix(".") ? "_" + safe.dropFirst() : safe
        // File systems take 255 bytes: keep the end (the extension), cut the middle.
        guard trimmed.utf8.count > 200 else { return trimmed }
        var tail = Substring(trimmed)
        while tail.utf8.count > 100 { tail = tail.dropFirst() }
        var head = Substring(trimmed)
        while head.utf8.count > 90 { head = head.dropLast() }
        return head + "…" + tail
    }

    static func numbered(_ name: String, _ n: Int) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name + " (\(n))" }
        return name[..<dot] + " (\(n))" + name[dot...]
    }
}
