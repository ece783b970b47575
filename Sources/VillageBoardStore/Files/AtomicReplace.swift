#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension FileIO {
    /// Replaces the file at `path` with `bytes` so that a crash at any moment leaves either the old or the new
    /// content: write a temporary file in the same folder, fsync it, rename it over, fsync the folder.
    /// The new file is owner-only (0600).
    public static func replaceAtomically(_ path: String, with bytes: [UInt8]) throws(FileError) {
        try POSIX.withBytes(bytes) { (buffer) throws(FileError) in
            try replaceAtomically(path, with: buffer, beforeRename: { _ throws(FileError) in })
        }
    }

    /// `replaceAtomically` with the content handed over in pieces as `produce` makes them: each piece it passes to
    /// `write` goes to the file at once (so the file is written while the rest is made), then one fsync.
    public static func replaceAtomically(
        _ path: String, producing produce: (_ write: ([UInt8]) throws(FileError) -> Void) throws(FileError) -> Void
    ) throws(FileError) {
        try replaceAtomically(path, writing: { (descriptor, temporary) throws(FileError) in
            try produce { (piece) throws(FileError) in
                guard !piece.isEmpty else { return }
                try POSIX.withBytes(piece) { (buffer) throws(FileError) in try POSIX.writeAll(descriptor, buffer, path: temporary) }
            }
        }, beforeRename: { _ throws(FileError) in })
    }

    /// The prefix of temporary files left by a replacement that a crash interrupted; safe to delete.
    public static func isTemporaryFileName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(".tmp-")
    }

    /// `replaceAtomically`, with a hook called between the synced temporary file and the rename, so tests can
    /// fail there the way a crash would.
    package static func replaceAtomically(
        _ path: String, with bytes: UnsafeRawBufferPointer, beforeRename: (_ temporaryPath: String) throws(FileError) -> Void
    ) throws(FileError) {
        try replaceAtomically(path, writing: { (descriptor, temporary) throws(FileError) in
            if bytes.count > 0 { try POSIX.writeAll(descriptor, bytes, path: temporary) }
        }, beforeRename: beforeRename)
    }

    /// The steps of every replacement; `writing` fills the temporary file through its descriptor.
    private static func replaceAtomically(
        _ path: String, writing: (_ descriptor: Int32, _ temporaryPath: String) throws(FileError) -> Void,
        beforeRename: (_ temporaryPath: String) throws(FileError) -> Void
    ) throws(FileError) {
        let folder = POSIX.parentFolder(of: path)
        let temporary = folder + "/." + POSIX.fileName(of: path) + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard let descriptor = try POSIX.createOwnerOnlyFile(temporary, O_WRONLY) else {
            throw FileError(.open, path: temporary, code: EEXIST)
        }
        do {
            defer { POSIX.closeDescriptor(descriptor) }
            try writing(descriptor, temporary)
            try POSIX.sync(descriptor, path: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        do throws(FileError) {
            try beforeRename(temporary)
            guard rename(temporary, path) == 0 else { throw FileError(.rename, path: temporary, otherPath: path, code: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
        try POSIX.syncFolder(folder)
    }
}
