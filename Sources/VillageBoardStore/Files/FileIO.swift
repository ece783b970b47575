#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Owner-only folders, whole-file reads and the small file chores of a store, with typed errors.
public enum FileIO {
    /// Creates `path` and any missing parents as owner-only folders (0700, whatever the umask), each made durable
    /// in its parent. Existing folders are left as they are. Returns whether `path` itself was created.
    @discardableResult
    public static func createFolder(_ path: String) throws(FileError) -> Bool {
        var prefix = path.hasPrefix("/") ? "/" : ""
        var created = false
        for component in path.split(separator: "/") where component != "." {
            let parent = prefix.isEmpty ? "." : prefix
            prefix += prefix.isEmpty || prefix.hasSuffix("/") ? String(component) : "/" + component
            created = try createOneFolder(prefix, in: parent)
        }
        return created
    }

    private static func createOneFolder(_ path: String, in parent: String) throws(FileError) -> Bool {
        if mkdir(path, POSIX.folderMode) != 0 {
            let code = errno
            guard code == EEXIST else { throw FileError(.createFolder, path: path, code: code) }
            var info = stat()
            guard stat(path, &info) == 0 else { throw FileError(.inspect, path: path, code: errno) }
            guard info.st_mode & S_IFMT == S_IFDIR else { throw FileError(.createFolder, path: path, code: ENOTDIR) }
            return false
        }
        guard chmod(path, POSIX.folderMode) == 0 else { throw FileError(.setPermissions, path: path, code: errno) }
        try POSIX.syncFolder(parent)
        return true
    }

    /// Reads a whole file with as few reads as its size allows (one, usually) into one array.
    public static func readWholeFile(_ path: String) throws(FileError) -> [UInt8] {
        let descriptor = try POSIX.openFile(path, O_RDONLY)
        defer { POSIX.closeDescriptor(descriptor) }
        let size = try POSIX.size(descriptor, path: path)
        var failure: Int32 = 0
        // One byte more than the size: if that byte fills too, the file grew while being read; read on.
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
            while initialized < buffer.count {
                let (count, code) = POSIX.retrying {
                    read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
                }
                if count < 0 { failure = code }
                if count <= 0 { return }
                initialized += count
            }
        }
        guard failure == 0 else { throw FileError(.read, path: path, code: failure) }
        if bytes.count == size + 1 {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let (count, code) = chunk.withUnsafeMutableBytes { buffer in
                    POSIX.retrying { read(descriptor, buffer.baseAddress!, buffer.count) }
                }
                guard count >= 0 else { throw FileError(.read, path: path, code: code) }
                if count == 0 { break }
                bytes.append(contentsOf: chunk[0..<count])
            }
        }
        return bytes
    }

    /// Reads a whole file, or returns nil if there is none (nothing there, or a part of the path is a plain file).
    public static func readWholeFileIfExists(_ path: String) throws(FileError) -> [UInt8]? {
        do {
            return try readWholeFile(path)
        } catch where error.operation == .open && (error.code == ENOENT || error.code == ENOTDIR) {
            return nil
        }
    }

    /// Whether anything exists at `path` (a dangling link counts).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether this process may create and write files in the folder `path` (false on read-only media, or a folder
    /// it has no write permission for): a store there is opened read-only, and says so, before any change is tried.
    public static func canWrite(inFolder path: String) -> Bool {
        access(path, W_OK) == 0
    }

    /// The size in bytes of the file at `path` (following links), or 0 when there is none.
    public static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Whether `path` is a folder (following links).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The names in a folder, sorted by their bytes, without "." and "..".
    public static func listFolder(_ path: String) throws(FileError) -> [String] {
        guard let folder = opendir(path) else { throw FileError(.list, path: path, code: errno) }
        defer { closedir(folder) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { throw FileError(.list, path: path, code: errno) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Removes a file, then makes the removal durable in its folder.
    public static func removeFile(_ path: String) throws(FileError) {
        guard unlink(path) == 0 else { throw FileError(.remove, path: path, code: errno) }
        try POSIX.syncFolder(POSIX.parentFolder(of: path))
    }

    /// Appends `bytes` (a whole line, "\n" included) to the file at `path`, creating it owner-only, and fsyncs
    /// before returning. For repeated appends keep an `AppendOnlyFile` open instead.
    public static func appendDurably(_ bytes: [UInt8], to path: String) throws(FileError) {
        let file = try AppendOnlyFile(path: path)
        defer { file.close() }
        try file.appendDurably(bytes)
    }

    /// Makes a folder's entries durable (new, renamed or removed files in it).
    public static func syncFolder(_ path: String) throws(FileError) {
        try POSIX.syncFolder(path)
    }
}
