/// A drawn 回头看 sample: the frame, rule and seed it was drawn with, and the households drawn. Saved whole (ids
/// included) so every laptop sees the same sample even when their boards differ; the seed lets a county show the
/// draw was not picked by hand, because drawing again from the same board gives the same households.
public struct RecheckSample: Hashable, Sendable {
    public var id: String
    public var frame: RecheckFrame
    public var rule: RecheckRule
    public var seed: UInt64
    /// In drawing order (by village, then as drawn).
    public var households: [HouseholdID]
    public var drawnBy: UserID?
    public var drawnOn: Day?

    public init(id: String, frame: RecheckFrame, rule: RecheckRule, seed: UInt64, households: [HouseholdID],
                drawnBy: UserID? = nil, drawnOn: Day? = nil) {
        self.id = id
        self.frame = frame
        self.rule = rule
        self.seed = seed
        self.households = households
        self.drawnBy = drawnBy
        self.drawnOn = drawnOn
    }
}

/// One household a sample may draw: its id, village and the day its exit or elimination was decided (if known).
public struct RecheckCandidate: Hashable, Sendable {
    public var id: HouseholdID
    public var village: DivisionCode
    public var decidedOn: Day?
    public init(id: HouseholdID, village: DivisionCode, decidedOn: Day? = nil) {
        self.id = id
        self.village = village
        self.decidedOn = decidedOn
    }
}

/// Drawing a 回头看 sample: pure, reproducible from the seed.
public enum RecheckDraw {
    /// The households a frame draws from, in id order (so board order, which differs between laptops, never
    /// changes the draw). `decidedOn` says when a household's exit or elimination was decided; with a period,
    /// households with no known day are left out, because nobody can say they fall in it.
    public static func candidates(on board: Board, frame: RecheckFrame,
                                  decidedOn: (Household) -> Day? = { _ in nil }) -> [RecheckCandidate] {
        var out: [RecheckCandidate] = []
        for i in board.householdIndices(under: frame.scope) where RecheckFrame.isSampled(board.householdMarks[i]) {
            let h = board.households[i]
            let day = decidedOn(h)
            if let period = frame.period {
                guard let day, period.contains(day) else { continue }
            }
            out.append(RecheckCandidate(id: h.id, village: h.village, decidedOn: day))
        }
        return out.sorted { $0.id < $1.id }
    }

    /// Draws from candidates. Unstratified: one uniform draw of `rule.size(of: all)`. Stratified: each village
    /// draws its share — a percentage per village (rounded up, so each village with candidates gives at least one),
    /// a fixed number split in proportion to village size by largest remainder. Villages draw in code order, each
    /// from the same generator, so the result depends only on the seed and the candidates.
    public static func draw(_ candidates: [RecheckCandidate], rule: RecheckRule, stratified: Bool,
                            seed: UInt64) -> [HouseholdID] {
        let sorted = candidates.sorted { $0.id < $1.id }
        var rng = SplitMix64(seed: seed)
        guard stratified else {
            return rng.choose(rule.size(of: sorted.count), from: sorted.map(\.id))
        }
        var byVillage: [DivisionCode: [HouseholdID]] = [:]
        for c in sorted { byVillage[c.village, default: []].append(c.id) }
        let villages = byVillage.keys.sorted()
        let sizes: [Int]
        switch rule {
        case .percent:
            sizes = villages.map { rule.size(of: byVillage[$0]?.count ?? 0) }
        case .count:
            sizes = proportional(rule.size(of: sorted.count), among: villages.map { byVillage[$0]?.count ?? 0 })
        }
        var out: [HouseholdID] = []
        for (v, k) in zip(villages, sizes) {
            out.append(contentsOf: rng.choose(k, from: byVillage[v] ?? []))
        }
        return out
    }

    /// Splits `total` among groups in proportion to their sizes (largest remainder, ties to the earlier group).
    static func proportional(_ total: Int, among sizes: [Int]) -> [Int] {
        let all = sizes.reduce(0, +)
        guard all > 0, total > 0 else { return sizes.map { _ in 0 } }
        var shares = sizes.map { total * $0 / all }
        let remainders = sizes.enumerated().map { (i, s) in (i, total * s % all) }
        var left = total - shares.reduce(0, +)
        for (i, _) in remainders.sorted(by: { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }) where left > 0 {
            shares[i] += 1
            left -= 1
        }
        return shares
    }

    /// Draws a whole sample from a board.
    public static func sample(id: String, on board: Board, frame: RecheckFrame, rule: RecheckRule, seed: UInt64,
                              by user: UserID? = nil, on day: Day? = nil,
                              decidedOn: (Household) -> Day? = { _ in nil }) -> RecheckSample {
        let drawn = draw(candidates(on: board, frame: frame, decidedOn: decidedOn), rule: rule,
                         stratified: frame.stratified, seed: seed)
        return RecheckSample(id: id, frame: frame, rule: rule, seed: seed, households: drawn, drawnBy: user, drawnOn: day)
    }
}

extension Board {
    /// The last day a household was marked out or its risk eliminated, from the operations since the snapshot (a
    /// county's decision, or a status set directly); nil when that happened before the snapshot or never. The day a
    /// re-check period is judged against.
    public func recheckDecisionDay(of id: HouseholdID) -> Day? {
        var last: Day?
        for op in history(ofHousehold: id) {
            switch op.change {
            case .decideExit(_, _, let to, let approve, _) where approve && RecheckFrame.isSampled(to):
                last = op.time.day
            case .setStatus(_, _, let to, _) where RecheckFrame.isSampled(to):
                last = op.time.day
            default: continue
            }
        }
        return last
    }
}
