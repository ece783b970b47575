#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin helpers over the system calls the store uses, each turning failure into a `FileError`.
enum POSIX {
    /// Owner read and write only: the files hold personal data.
    static let fileMode: mode_t = 0o600
    /// Owner read, write and search only.
    static let folderMode: mode_t = 0o700

    /// Calls `body` again while it is interrupted by a signal; returns its result and the errno of a failure.
    @inline(__always)
    /// Sleeps for `milliseconds` (a short wait between tries of a lock).
    static func pause(milliseconds: Int) {
        var request = timespec(tv_sec: milliseconds / 1000, tv_nsec: (milliseconds % 1000) * 1_000_000)
        var left = timespec()
        while nanosleep(&request, &left) != 0 && errno == EINTR { request = left }
    }

    static func retrying<T: BinaryInteger>(_ body: () -> T) -> (result: T, code: Int32) {
        while true {
            let result = body()
            if result != -1 { return (result, 0) }
            let code = errno
            if code != EINTR { return (result, code) }
        }
    }

    /// Opens `path`; `mode` is used only when `flags` create the file.
    static func openFile(_ path: String, _ flags: Int32, mode: mode_t = fileMode) throws(FileError) -> Int32 {
        let (descriptor, code) = retrying { open(path, flags | O_CLOEXEC, mode) }
        guard descriptor >= 0 else { throw FileError(.open, path: path, code: code) }
        return descriptor
    }

    /// Creates a new owner-only file (0600, whatever the umask) opened with `flags`; nil if the file already exists.
    static func createOwnerOnlyFile(_ path: String, _ flags: Int32) throws(FileError) -> Int32? {
        let descriptor: Int32
        do {
            descriptor = try openFile(path, flags | O_CREAT | O_EXCL, mode: fileMode)
        } catch where error.code == EEXIST {
            return nil
        }
        do {
            try setMode(descriptor, fileMode, path: path)
        } catch {
            closeDescriptor(descriptor)
            throw error
        }
        return descriptor
    }

    /// Writes every byte, going on after short writes and signals. On failure, says how many bytes got written.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(FileError) {
        var written = 0
        while written < bytes.count {
            let (count, code) = retrying { write(descriptor, bytes.baseAddress! + written, bytes.count - written) }
            guard count > 0 else { throw FileError(.write, path: path, code: count == 0 ? EIO : code) }
            written += count
        }
    }

    static func sync(_ descriptor: Int32, path: String) throws(FileError) {
        let (result, code) = retrying { fsync(descriptor) }
        guard result == 0 else { throw FileError(.sync, path: path, code: code) }
    }

    /// Sets exactly `mode`, whatever the umask took away when the file or folder was created.
    static func setMode(_ descriptor: Int32, _ mode: mode_t, path: String) throws(FileError) {
        let (result, code) = retrying { fchmod(descriptor, mode) }
        guard result == 0 else { throw FileError(.setPermissions, path: path, code: code) }
    }

    static func size(_ descriptor: Int32, path: String) throws(FileError) -> Int {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileError(.inspect, path: path, code: errno) }
        return Int(info.st_size)
    }

    /// Makes a folder's entries (a new, renamed or removed file) durable, which fsync on the file alone does not.
    static func syncFolder(_ path: String) throws(FileError) {
        let descriptor = try openFile(path, O_RDONLY | O_DIRECTORY)
        defer { closeDescriptor(descriptor) }
        try sync(descriptor, path: path)
    }

    /// Closes a descriptor. Not retried on EINTR: on Linux the descriptor is already gone by then.
    static func closeDescriptor(_ descriptor: Int32) {
        _ = close(descriptor)
    }

    /// `withUnsafeBytes` for a body with a typed error (the standard one only rethrows `any Error`).
    static func withBytes<R>(
        _ bytes: [UInt8], _ body: (UnsafeRawBufferPointer) throws(FileError) -> R
    ) throws(FileError) -> R {
        let result: Result<R, FileError> = bytes.withUnsafeBytes { buffer in
            do throws(FileError) { return .success(try body(buffer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// The folder holding `path` ("." for a bare name).
    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last component of `path`.
    static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
