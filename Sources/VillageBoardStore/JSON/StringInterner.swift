#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Shares one String among equal texts read from a store. Texts longer than 15 UTF-8 bytes live on the heap
/// in Swift; evidence notes, cadre ids and measure details repeat across thousands of households, so keeping one
/// copy of each saves memory and allocations when half a million households are read. Not thread-safe: one per reader.
public final class StringInterner {
    private var slots: [String?]
    private var hashes: [UInt64]
    private var count = 0
    /// Texts with more distinct values than this are not worth keeping (names, free text): stop adding.
    private let limit: Int

    public init(capacity: Int = 1 << 14, limit: Int = 1 << 18) {
        let size = max(16, capacity.nextPowerOfTwo)
        slots = Array(repeating: nil, count: size)
        hashes = Array(repeating: 0, count: size)
        self.limit = limit
    }

    /// The shared String for these bytes (valid UTF-8 without escapes, checked by the caller).
    public func intern(_ bytes: UnsafeBufferPointer<UInt8>, make: () throws(JSONError) -> String) throws(JSONError) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        var index = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while var existing = slots[index] {
            if hashes[index] == hash {
                let same = existing.withUTF8 { $0.count == bytes.count && memcmpEqual($0, bytes) }
                if same { return existing }
            }
            index = (index + 1) & (slots.count - 1)
        }
        let string = try make()
        guard count < limit else { return string }
        slots[index] = string
        hashes[index] = hash
        count += 1
        if count * 2 > slots.count { grow() }
        return string
    }

    private func grow() {
        let old = zip(slots, hashes).compactMap { s, h in s.map { ($0, h) } }
        slots = Array(repeating: nil, count: slots.count * 2)
        hashes = Array(repeating: 0, count: slots.count)
        for (s, h) in old {
            var index = Int(truncatingIfNeeded: h) & (slots.count - 1)
            while slots[index] != nil { index = (index + 1) & (slots.count - 1) }
            slots[index] = s
            hashes[index] = h
        }
    }
}

@inline(__always)
private func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let pa = a.baseAddress, let pb = b.baseAddress else { return a.count == b.count }
    return memcmp(pa, pb, a.count) == 0
}

private extension Int {
    var nextPowerOfTwo: Int {
        var v = 1
        while v < self { v <<= 1 }
        return v
    }
}
