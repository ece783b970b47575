#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One writer at a time: an exclusive `flock` on the file `lock` in the store folder. The system releases it
/// when the holder closes it or exits, even after a crash or SIGKILL, so a stale lock cannot block a store.
///
/// flock belongs to an open file description: a second `acquire` in the same process conflicts too.
public final class StoreLock {
    /// What `acquire` found.
    public enum Outcome {
        /// This process now holds the lock; keep the value alive for as long as it writes.
        case acquired(StoreLock)
        /// Another process (or another open of the store in this one) holds it: open read-only.
        case heldElsewhere
    }

    /// The lock file's name inside the store folder.
    public static let fileName = "lock"

    public let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Tries to take the lock of the store in `folder` without waiting, creating the lock file (0600) if missing.
    public static func acquire(inFolder folder: String) throws(FileError) -> Outcome {
        let path = folder + "/" + fileName
        let descriptor = try openLockFile(path)
        let (result, code) = POSIX.retrying { flock(descriptor, LOCK_EX | LOCK_NB) }
        guard result == 0 else {
            POSIX.closeDescriptor(descriptor)
            if code == EWOULDBLOCK { return .heldElsewhere }
            throw FileError(.lock, path: path, code: code)
        }
        return .acquired(StoreLock(path: path, descriptor: descriptor))
    }

    private static func openLockFile(_ path: String) throws(FileError) -> Int32 {
        do {
            return try POSIX.openFile(path, O_RDWR)
        } catch where error.code == ENOENT {
            return try createLockFile(path)
        } catch where error.code == EACCES || error.code == EROFS {
            // A store on read-only media can still be locked, to keep it steady while it is read.
            return try POSIX.openFile(path, O_RDONLY)
        }
    }

    private static func createLockFile(_ path: String) throws(FileError) -> Int32 {
        // Someone else may create it between our two opens: then use theirs.
        guard let descriptor = try POSIX.createOwnerOnlyFile(path, O_RDWR) else { return try POSIX.openFile(path, O_RDWR) }
        return descriptor
    }

    /// Whether this value still holds the lock.
    public var isHeld: Bool { descriptor >= 0 }

    /// Releases the lock (closing the file releases it). Releasing twice is harmless.
    public func release() {
        guard descriptor >= 0 else { return }
        POSIX.closeDescriptor(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
