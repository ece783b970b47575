#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One writer at a time: an exclusive `flock` on the store folder itself, and on the file `lock` inside it. The
/// system releases both when the holder closes them or exits, even after a crash or SIGKILL, so a stale lock cannot
/// block a store. The folder's lock is the one that counts: a file can be deleted and made again underneath its
/// holder (and a second writer then locks the new file), the open folder cannot. The file's lock keeps out older
/// programs, which lock only the file.
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
    private var folderDescriptor: Int32

    private init(path: String, descriptor: Int32, folderDescriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
        self.folderDescriptor = folderDescriptor
    }

    /// Tries to take the lock of the store in `folder` without waiting, creating the lock file (0600) if missing.
    public static func acquire(inFolder folder: String) throws(FileError) -> Outcome {
        let folderDescriptor = try POSIX.openFile(folder, O_RDONLY | O_DIRECTORY)
        switch try lock(folderDescriptor, path: folder) {
        case true: break
        case false: POSIX.closeDescriptor(folderDescriptor); return .heldElsewhere
        }
        let path = folder + "/" + fileName
        let descriptor: Int32
        do {
            descriptor = try openLockFile(path)
        } catch {
            POSIX.closeDescriptor(folderDescriptor)
            throw error
        }
        let held: Bool
        do {
            held = try lock(descriptor, path: path)
        } catch {
            POSIX.closeDescriptor(descriptor)
            POSIX.closeDescriptor(folderDescriptor)
            throw error
        }
        guard held else {
            POSIX.closeDescriptor(descriptor)
            POSIX.closeDescriptor(folderDescriptor)
            return .heldElsewhere
        }
        return .acquired(StoreLock(path: path, descriptor: descriptor, folderDescriptor: folderDescriptor))
    }

    /// Takes an exclusive flock without waiting: true when taken, false when someone else holds it.
    private static func lock(_ descriptor: Int32, path: String) throws(FileError) -> Bool {
        let (result, code) = POSIX.retrying { flock(descriptor, LOCK_EX | LOCK_NB) }
        if result == 0 { return true }
        if code == EWOULDBLOCK { return false }
        throw FileError(.lock, path: path, code: code)
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
        POSIX.closeDescriptor(folderDescriptor)
        descriptor = -1
        folderDescriptor = -1
    }

    deinit { release() }
}
