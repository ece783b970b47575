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
/// Shared by the parse's workers: nothing in it changes once it is handed to them (`release` only tells the kernel).
final class MappedFile: @unchecked Sendable {
    /// The file's bytes (empty for an empty file).
    let bytes: UnsafeBufferPointer<UInt8>
    private let mapping: UnsafeMutableRawPointer?
    private let length: Int

    /// How many bytes a parse reads past before it gives their pages back (`release`; smaller in tests).
    private(set) var releaseEvery = 16 << 20

    /// Maps the file at `path`; nil when there is no such file.
    static func mapIfExists(_ path: String, releaseEvery: Int? = nil) throws(FileError) -> MappedFile? {
        let file = try map(path)
        if let releaseEvery { file?.releaseEvery = max(1, releaseEvery) }
        return file
    }

    private static func map(_ path: String) throws(FileError) -> MappedFile? {
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

    /// Drops the whole pages inside `range` (byte offsets) from this process's memory: the parse has read past them.
    /// They stay in the page cache and come back, unchanged, if read again (the mapping is private and never
    /// written); only the resident set shrinks, so a board of a gigabyte is not made beside a gigabyte of its file
    /// mapped in. Nothing happens for a file that was read into memory instead of mapped.
    func release(_ range: Range<Int>) {
        guard isMapped, let mapping else { return }
        let page = Self.pageSize
        let lower = (max(0, range.lowerBound) + page - 1) / page * page
        let upper = min(length, range.upperBound) / page * page
        guard upper > lower else { return }
        _ = madvise(mapping + lower, upper - lower, MADV_DONTNEED)
    }

    private static let pageSize = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))

    deinit {
        guard let mapping else { return }
        if isMapped { munmap(mapping, length) } else { mapping.deallocate() }
    }
}
