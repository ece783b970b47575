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
