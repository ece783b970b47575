/// The seeded generator a 回头看 sample is drawn with (SplitMix64, as the demo builder uses): the same seed gives the
/// same numbers on every laptop and Swift version, because every draw is plain integer arithmetic written here. Kept
/// in Core, not shared with the demo module, because the domain must not depend on the demo.
struct RecheckDraws {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n` (0 when `n` ≤ 0), by multiply-high.
    mutating func below(_ n: Int) -> Int {
        guard n > 0 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }

    /// The first `k` of `items` after a partial Fisher–Yates shuffle: a uniform sample without replacement.
    mutating func choose<T>(_ k: Int, from items: [T]) -> [T] {
        var pool = items
        let take = max(0, min(k, pool.count))
        for i in 0..<take {
            pool.swapAt(i, i + below(pool.count - i))
        }
        return Array(pool[0..<take])
    }
}
