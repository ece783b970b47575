#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Reading a string's bytes without making a String: for values that are turned into something else at once
// (enum cases, dates, codes), where allocating a String per value is most of the cost of reading it.

extension JSONScanner {
    /// Reads a string and hands its UTF-8 bytes to `body` (escaped strings are decoded first).
    public mutating func withStringBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) throws(JSONError) -> R {
        guard peekByte() == UInt8(ascii: "\"") else { throw unexpected("a string") }
        valueStart = pos
        let start = pos + 1
        pos = start
        let scanned = try scanStringBody()
        let end = pos - 1
        if scanned.hasEscapes {
            var decoded = try decodeString(from: start, to: end)
            return decoded.withUTF8(body)
        }
        return body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }
}

/// Whether a known name (an enum's raw value or key, a string literal underneath) is spelt by these bytes:
/// lengths first, then one memcmp, so matching a value against a few names costs no String and no generic
/// element-by-element comparison.
@inline(__always)
func spells(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let utf8 = name.utf8
    guard utf8.count == bytes.count else { return false }
    if let same = utf8.withContiguousStorageIfAvailable({ stored -> Bool in
        guard let a = stored.baseAddress, let b = bytes.baseAddress else { return true }
        return memcmp(a, b, bytes.count) == 0
    }) {
        return same
    }
    return utf8.elementsEqual(bytes)
}

/// Whether `bytes` are exactly `name`'s bytes (one memcmp).
@inline(__always)
func spells(_ name: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard name.count == bytes.count else { return false }
    return name.withUnsafeBufferPointer { stored in
        guard let a = stored.baseAddress, let b = bytes.baseAddress else { return true }
        return memcmp(a, b, bytes.count) == 0
    }
}
