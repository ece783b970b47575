#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file mapped read-only into memory, for reading a snapshot without first copying it out of the page
/// cache (half a second of one core at 500,000 households). Only files that are replaced by rename, never
/// rewritten in place, are mapped (snapshot.jsonl, base.jsonl), and the mapping lives only while they are parsed.
final class MappedFile {
    /// The file's bytes (empty for an empty file).
    let bytes: UnsafeBufferPointer<UInt8>
    private let mapping: UnsafeMutableRawPointer?
    private let length: Int

    /// Maps the file at `path`; nil when there is no such file.
    static func mapIfExists(_ path: String) throws(FileError) -> MappedFile? {
        let descriptor: Int32
        do {
            descriptor = try POSIX.openFile(path, O_RDONLY)
        } catch where error.operation == .open && error.code == ENOENT {
            return nil
        }
        defer { POSIX.closeDescriptor(descriptor) }
        let size = try POSIX.size(descriptor, path: path)
        guard size > 0 else { return MappedFile(mapping: nil, length: 0) }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
              address != UnsafeMutableRawPointer(bitPattern: -1) else {
            // A file system that cannot map (some network and FUSE mounts): read it instead.
            return MappedFile(copying: try FileIO.readWholeFile(path))
        }
        // The parse reads the file front to back (two workers, each front to back in its half).
        _ = madvise(address, size, MADV_SEQUENTIAL)
        return MappedFile(mapping: address, length: size)
    }

    /// Whether `mapping` came from mmap (else from `allocate`, for a file read instead).
    private let isMapped: Bool

    private init(mapping: UnsafeMutableRawPointer?, length: Int) {
        self.mapping = mapping
        self.length = length
        isMapped = true
        if let mapping {
            bytes = UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: length)
        } else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
        }
    }

    private init(copying contents: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, contents.count))
        _ = copy.initialize(from: contents)
        mapping = UnsafeMutableRawPointer(copy.baseAddress)
        length = contents.count
        isMapped = false
        bytes = UnsafeBufferPointer(start: copy.baseAddress, count: contents.count)
    }

    deinit {
        guard let mapping else { return }
        if isMapped { munmap(mapping, length) } else { mapping.deallocate() }
    }
}
