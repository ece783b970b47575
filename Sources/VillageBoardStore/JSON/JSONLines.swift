#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of a JSON Lines buffer, without its newline; it points into the buffer.
public struct JSONLine {
    /// The line's bytes, without the "\n".
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The line's number in its file (1-based unless the caller started elsewhere).
    public let number: Int
    /// The byte offset of the line's first byte within the buffer.
    public let offset: Int
    /// Whether the line ends with "\n"; only the last line of a buffer can lack it (a write cut short).
    public let isTerminated: Bool
    /// Whether no bytes follow this line.
    public let isLast: Bool
}

/// The lines of a JSON Lines buffer, numbered from `firstLine`. An empty line is a line; a buffer that ends
/// with "\n" has no empty line after it.
public struct JSONLines: Sequence, IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var number: Int

    public init(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1) {
        self.bytes = bytes
        self.number = firstLine
    }

    public mutating func next() -> JSONLine? {
        guard offset < bytes.count, let base = bytes.baseAddress else { return nil }
        let start = offset
        let remaining = bytes.count - start
        let end: Int
        let isTerminated: Bool
        // memchr is vectorised by the C library: finding the newlines costs far less than parsing the lines.
        if let newline = memchr(base + start, 0x0A, remaining) {
            end = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
            isTerminated = true
            offset = end + 1
        } else {
            end = bytes.count
            isTerminated = false
            offset = end
        }
        let line = JSONLine(
            bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]), number: number, offset: start,
            isTerminated: isTerminated, isLast: offset == bytes.count
        )
        number += 1
        return line
    }
}

/// A last line cut short by a crash or power cut: it has no final "\n", or it is not well-formed JSON.
/// Its content was never reported saved, so the store sets it aside instead of refusing to open.
public struct JSONTornLine: Sendable, Hashable {
    /// The line's number in its file.
    public var number: Int
    /// The byte offset where the line starts: the length to cut the file back to.
    public var offset: Int
    /// The line's bytes, without a "\n", to keep in a quarantine file.
    public var bytes: [UInt8]
    /// Whether it ended with "\n".
    public var isTerminated: Bool
    /// The first syntax problem, if the line is not well-formed JSON.
    public var syntaxError: JSONError?
}

extension JSONLines {
    /// Reads one JSON value per line with `body` (which reads a line's value; trailing garbage is then refused).
    ///
    /// A last line without "\n", or one that is not well-formed JSON, is returned as torn and `body` is not called for
    /// it, so nothing from a half-written record reaches the model. Every other problem is thrown, with its line.
    public static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1, interner: StringInterner? = nil,
        _ body: (inout JSONScanner) throws -> Void
    ) throws -> JSONTornLine? {
        var scanner = JSONScanner(UnsafeBufferPointer(start: nil, count: 0))
        scanner.interner = interner
        for line in JSONLines(bytes, firstLine: firstLine) {
            if line.isLast {
                let syntaxError = JSONScanner.syntaxError(
                    in: line.bytes, firstLine: line.number, firstOffset: line.offset, isLine: true)
                if !line.isTerminated || syntaxError != nil {
                    return JSONTornLine(
                        number: line.number, offset: line.offset, bytes: Array(line.bytes),
                        isTerminated: line.isTerminated, syntaxError: syntaxError)
                }
            }
            scanner.reset(to: line.bytes, firstLine: line.number, firstOffset: line.offset, isLine: true)
            try body(&scanner)
            try scanner.expectEnd()
        }
        return nil
    }

    /// Reads one JSON value per line of `bytes` with `body`; see the other `read`.
    public static func read(
        _ bytes: [UInt8], firstLine: Int = 1, _ body: (inout JSONScanner) throws -> Void
    ) throws -> JSONTornLine? {
        try bytes.withUnsafeBufferPointer { buffer in try read(buffer, firstLine: firstLine, body) }
    }
}
