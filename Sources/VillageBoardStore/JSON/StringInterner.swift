/// Shares one String among equal texts read from a store. Texts longer than 15 UTF-8 bytes live on the heap
/// in Swift; evidence notes, cadre ids and measure details repeat across thousands of households, so keeping one
/// copy of each saves memory and allocations when half a million households are read. Only texts that repeat are
/// offered (`JSONScanner.readSharedString`). Not thread-safe: one per reader.
public final class StringInterner {
    private var slots: [String?]
    /// Each slot's hash with the top bit set, or 0 for an empty slot: probes compare these before any String.
    private var hashes: [UInt64]
    private var count = 0
    /// Texts with more distinct values than this are not worth keeping (names, free text): stop adding.
    private let limit: Int

    public init(capacity: Int = 1 << 12, limit: Int = 1 << 16) {
        let size = max(16, capacity.nextPowerOfTwo)
        slots = Array(repeating: nil, count: size)
        hashes = Array(repeating: 0, count: size)
        self.limit = limit
    }

    /// The shared String for these bytes (valid UTF-8 without escapes, checked by the caller).
    public func intern(_ bytes: UnsafeBufferPointer<UInt8>, make: () throws(JSONError) -> String) throws(JSONError) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        hash |= 1 << 63
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[index]
            if stored == 0 { break }
            if stored == hash, let existing = slots[index], spells(existing, bytes) { return existing }
            index = (index + 1) & mask
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
        let oldSlots = slots, oldHashes = hashes
        slots = Array(repeating: nil, count: oldSlots.count * 2)
        hashes = Array(repeating: 0, count: slots.count)
        let mask = slots.count - 1
        for i in oldHashes.indices where oldHashes[i] != 0 {
            var index = Int(truncatingIfNeeded: oldHashes[i]) & mask
            while hashes[index] != 0 { index = (index + 1) & mask }
            slots[index] = oldSlots[i]
            hashes[index] = oldHashes[i]
        }
    }
}

private extension Int {
    var nextPowerOfTwo: Int {
        var v = 1
        while v < self { v <<= 1 }
        return v
    }
}
