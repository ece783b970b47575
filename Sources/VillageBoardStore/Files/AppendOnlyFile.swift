#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A journal file held open for appending: each append costs one write and one fsync, whatever the file's size.
///
/// Only one process should append at a time (hold the `StoreLock`). Appended bytes are on disk when
/// `appendDurably` returns; if it throws, the file is cut back to its last whole record where possible.
public final class AppendOnlyFile {
    public let path: String
    /// The file's length in bytes, counting what this handle appended.
    public private(set) var length: Int
    private var descriptor: Int32
    /// After a failed fsync the kernel may have dropped the data and cleared the error, so a later fsync
    /// would wrongly succeed: the handle refuses further appends, and the store must reopen and reread.
    private var failure: FileError?

    /// Opens `path` for appending, creating it owner-only (0600) and durable in its folder if it is missing.
    public init(path: String) throws(FileError) {
        self.path = path
        var descriptor: Int32
        do {
            descriptor = try POSIX.openFile(path, O_WRONLY | O_APPEND)
        } catch where error.code == ENOENT {
            descriptor = try Self.create(path)
        }
        self.descriptor = descriptor
        do {
            length = try POSIX.size(descriptor, path: path)
        } catch {
            POSIX.closeDescriptor(descriptor)
            throw error
        }
    }

    private static func create(_ path: String) throws(FileError) -> Int32 {
        // Someone else may create it between our two opens: then use theirs.
        guard let descriptor = try POSIX.createOwnerOnlyFile(path, O_WRONLY | O_APPEND) else {
            return try POSIX.openFile(path, O_WRONLY | O_APPEND)
        }
        do {
            try POSIX.syncFolder(POSIX.parentFolder(of: path))
        } catch {
            POSIX.closeDescriptor(descriptor)
            throw error
        }
        return descriptor
    }

    deinit { close() }

    /// Appends `bytes` (whole lines, "\n" included) and fsyncs before returning.
    public func appendDurably(_ bytes: [UInt8]) throws(FileError) {
        try POSIX.withBytes(bytes) { (buffer) throws(FileError) in try appendDurably(buffer) }
    }

    /// Appends `bytes` (whole lines, "\n" included) and fsyncs before returning.
    public func appendDurably(_ bytes: UnsafeRawBufferPointer) throws(FileError) {
        try checkUsable()
        guard bytes.count > 0 else { return }
        do {
            try POSIX.writeAll(descriptor, bytes, path: path)
        } catch {
            // Cut off the partial record so the next append does not glue onto half a line.
            _ = POSIX.retrying { ftruncate(descriptor, off_t(length)) }
            throw error
        }
        do {
            try POSIX.sync(descriptor, path: path)
        } catch {
            failure = error
            throw error
        }
        length += bytes.count
    }

    /// Cuts the file back to `newLength` bytes (dropping a torn last line) and fsyncs.
    public func truncateDurably(toLength newLength: Int) throws(FileError) {
        try checkUsable()
        let (result, code) = POSIX.retrying { ftruncate(descriptor, off_t(newLength)) }
        guard result == 0 else { throw FileError(.truncate, path: path, code: code) }
        do {
            try POSIX.sync(descriptor, path: path)
        } catch {
            failure = error
            throw error
        }
        length = newLength
    }

    /// Closes the file; appending afterwards throws. Closing twice is harmless.
    public func close() {
        guard descriptor >= 0 else { return }
        POSIX.closeDescriptor(descriptor)
        descriptor = -1
    }

    private func checkUsable() throws(FileError) {
        if let failure { throw failure }
        guard descriptor >= 0 else { throw FileError(.write, path: path, code: EBADF) }
    }
}
