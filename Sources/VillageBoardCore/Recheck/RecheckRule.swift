/// How many households a 回头看 draws: a fixed number, or a share (in whole per cent) of the households eligible.
public enum RecheckRule: Hashable, Sendable {
    case count(Int)
    case percent(Int)

    /// The sample size for a population of `n`: a share rounds up, so 10 % of 15 is 2 and any non-empty population
    /// gives at least one household; never more than the population, never below zero (numbers from files are hostile).
    public func size(of n: Int) -> Int {
        guard n > 0 else { return 0 }
        switch self {
        case .count(let k): return max(0, min(k, n))
        case .percent(let p):
            let p = max(0, min(p, 100))
            guard p > 0 else { return 0 }
            // n ≤ households on a board and p ≤ 100, so n × p cannot overflow; still use the reporting multiply.
            let (product, overflow) = n.multipliedReportingOverflow(by: p)
            if overflow { return n }
            return min(n, (product + 99) / 100)
        }
    }

    /// The stable name in files and commands: `n:10` or `p:10`.
    public var key: String {
        switch self {
        case .count(let k): "n:\(k)"
        case .percent(let p): "p:\(p)"
        }
    }

    public init?(key: some StringProtocol) {
        let parts = key.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let v = Int(parts[1]), v >= 0 else { return nil }
        switch parts[0] {
        case "n": self = .count(v)
        case "p": guard v <= 100 else { return nil }; self = .percent(v)
        default: return nil
        }
    }
}

/// Which households a 回头看 may draw from: those at or under a unit, marked out (已脱贫, incl. 不稳定) or whose risk was
/// eliminated (风险已消除), optionally only those whose exit or elimination was decided in a period.
public struct RecheckFrame: Hashable, Sendable {
    public var scope: DivisionCode
    /// First and last day, both included; nil: any time.
    public var period: ClosedRange<Day>?
    /// Draw within each village separately (分层抽样), so every village is represented in proportion.
    public var stratified: Bool

    public init(scope: DivisionCode, period: ClosedRange<Day>? = nil, stratified: Bool = false) {
        self.scope = scope
        self.period = period
        self.stratified = stratified
    }

    /// A mark a re-check samples from: out of poverty, or monitored with the risk eliminated.
    public static func isSampled(_ mark: HouseholdMark) -> Bool {
        mark.status.countsAsOut || mark.riskEliminated
    }
}
