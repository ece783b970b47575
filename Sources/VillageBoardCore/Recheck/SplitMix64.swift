/// A seeded pseudo-random generator (SplitMix64): the same seed gives the same numbers on every
/// platform and Swift version, because every draw below is plain integer arithmetic written here. In Core because the
/// 回头看 sample is drawn with it (a recorded seed); the demo builder and the generator use it too.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n` (0 when `n` ≤ 0), by multiply-high: fast, and bias-free enough for data.
    public mutating func below(_ n: Int) -> Int {
        guard n > 0 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }

    /// A number in the closed range.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `perMille`/1000.
    public mutating func chance(_ perMille: Int) -> Bool { below(1000) < perMille }

    /// One element (the array must not be empty).
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index skewed toward the start of a list (common names first, rare ones last).
    public mutating func skewed(_ n: Int) -> Int { min(below(n), below(n)) }

    /// An index drawn by integer weights.
    public mutating func weighted(_ weights: [Int]) -> Int {
        var r = below(weights.reduce(0, +))
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }

    /// Fisher–Yates, with this generator's own draws.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }

    /// The first `k` of `items` after a partial Fisher–Yates shuffle: a uniform sample without replacement.
    public mutating func choose<T>(_ k: Int, from items: [T]) -> [T] {
        var pool = items
        let take = max(0, min(k, pool.count))
        for i in 0..<take {
            pool.swapAt(i, i + below(pool.count - i))
        }
        return Array(pool[0..<take])
    }
}
