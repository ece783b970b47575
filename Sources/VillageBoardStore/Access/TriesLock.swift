#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on the login tries' lock file, waited for: logins on one laptop take turns. When the lock
/// cannot be had (a read-only config folder), the try goes ahead unlocked rather than locking a user out.
struct TriesLock {
    let path: String
    let folder: String

    func holding<T>(_ body: () -> T) -> T {
        _ = try? FileIO.createFolder(folder)
        let (descriptor, _) = POSIX.retrying { open(path, O_RDWR | O_CREAT | O_CLOEXEC, POSIX.fileMode) }
        guard descriptor >= 0 else { return body() }
        defer { POSIX.closeDescriptor(descriptor) }
        _ = POSIX.retrying { flock(descriptor, LOCK_EX) }
        return body()
    }
}
