#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything about the files under a folder that a write could change — content, size, permissions,
/// modification time, identity — so a failed open can prove it modified nothing: capture before, capture
/// after, and compare.
public struct FolderFingerprint: Sendable, Hashable {
    /// What was recorded for one file or folder.
    public struct Entry: Sendable, Hashable {
        public var isFolder: Bool
        public var size: Int
        /// Permission bits, such as 0o600.
        public var permissions: UInt32
        /// Modification time in nanoseconds since 1970.
        public var modified: Int64
        /// The inode: a file replaced by a rename gets a new one even with the same bytes.
        public var inode: UInt64
        /// FNV-1a of the content (0 for folders).
        public var contentHash: UInt64
    }

    /// Entries by path relative to the folder (`journal/a.jsonl`).
    public var entries: [String: Entry]

    /// Records every file and folder under `folder`, except the relative paths in `excluding`.
    public static func capture(_ folder: String, excluding: Set<String> = []) throws(FileError) -> FolderFingerprint {
        var entries: [String: Entry] = [:]
        try collect(folder: folder, relative: "", excluding: excluding, into: &entries)
        return FolderFingerprint(entries: entries)
    }

    /// What changed since `earlier`, one line per file (`journal/a.jsonl: content changed`); empty if nothing did.
    public func changes(since earlier: FolderFingerprint) -> [String] {
        var lines: [String] = []
        for path in Set(entries.keys).union(earlier.keys).sorted() {
            switch (earlier.entries[path], entries[path]) {
            case (nil, _?): lines.append("\(path): created")
            case (_?, nil): lines.append("\(path): removed")
            case (let before?, let after?) where before != after:
                var what: [String] = []
                if before.contentHash != after.contentHash || before.size != after.size { what.append("content") }
                if before.permissions != after.permissions { what.append("permissions") }
                if before.modified != after.modified { what.append("modification time") }
                if before.inode != after.inode { what.append("identity (replaced)") }
                lines.append("\(path): \(what.joined(separator: ", ")) changed")
            default: break
            }
        }
        return lines
    }

    private var keys: Dictionary<String, Entry>.Keys { entries.keys }

    private static func collect(
        folder: String, relative: String, excluding: Set<String>, into entries: inout [String: Entry]
    ) throws(FileError) {
        for name in try FileIO.listFolder(folder) {
            let path = folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            if excluding.contains(relativePath) { continue }
            var info = stat()
            guard lstat(path, &info) == 0 else { throw FileError(.inspect, path: path, code: errno) }
            let isFolder = info.st_mode & S_IFMT == S_IFDIR
            let isFile = info.st_mode & S_IFMT == S_IFREG
            entries[relativePath] = Entry(
                isFolder: isFolder, size: Int(info.st_size), permissions: UInt32(info.st_mode & 0o7777),
                modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                inode: UInt64(info.st_ino), contentHash: isFile ? fnv1a(try FileIO.readWholeFile(path)) : 0
            )
            if isFolder { try collect(folder: path, relative: relativePath, excluding: excluding, into: &entries) }
        }
    }

    private static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
