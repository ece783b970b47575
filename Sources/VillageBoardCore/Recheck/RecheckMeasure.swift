/// A proportion from the sample with its 95 % Wilson score interval. Wilson rather than the plain ±1.96·√(p(1−p)/n)
/// because samples are small and rates sit near 0 % or 100 %, where the plain interval leaves [0, 1] or shrinks to
/// nothing; Wilson stays inside and stays honest with 0 of 30.
public struct RecheckProportion: Hashable, Sendable {
    public var hits: Int
    public var of: Int

    public init(hits: Int, of: Int) {
        self.hits = max(0, hits)
        self.of = max(self.hits, of)
    }

    /// The point estimate, nil with no households.
    public var rate: Double? { of > 0 ? Double(hits) / Double(of) : nil }

    /// The 95 % Wilson score interval (z = 1.96), nil with no households.
    public var interval: ClosedRange<Double>? {
        guard of > 0 else { return nil }
        let n = Double(of), p = Double(hits) / n, z = 1.96, z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / (1 + z2 / n)
        return max(0, centre - half)...min(1, centre + half)
    }
}

/// The three national re-check measures (DOMAIN.md, "Exit, monitoring and re-checks in more detail").
public enum RecheckMeasureKind: String, CaseIterable, Hashable, Sendable {
    /// 错退率: exited households found still unresolved; must stay below 2 %.
    case wrongExit
    /// 漏评率: households found that should be monitored but are not; must stay below 2 %.
    case missed
    /// 认可度: households satisfied; must stay above 90 %.
    case satisfaction

    /// The national threshold as a share.
    public var threshold: Double {
        switch self {
        case .wrongExit, .missed: 0.02
        case .satisfaction: 0.90
        }
    }

    /// True when a higher rate is better (认可度); the others must stay below their threshold.
    public var higherIsBetter: Bool { self == .satisfaction }
}

/// A measure against its threshold.
public enum RecheckVerdict: String, Hashable, Sendable {
    /// The whole interval is on the right side of the threshold.
    case met
    /// The point estimate is on the right side, but the interval crosses the threshold: the sample cannot say.
    case uncertain
    /// The point estimate is on the wrong side.
    case notMet
    /// Nothing to measure yet.
    case noData
}

/// One measure's figures.
public struct RecheckMeasure: Hashable, Sendable {
    public var kind: RecheckMeasureKind
    public var proportion: RecheckProportion

    public init(kind: RecheckMeasureKind, proportion: RecheckProportion) {
        self.kind = kind
        self.proportion = proportion
    }

    public var verdict: RecheckVerdict {
        guard let rate = proportion.rate, let ci = proportion.interval else { return .noData }
        let t = kind.threshold
        if kind.higherIsBetter {
            if rate <= t { return .notMet }
            return ci.lowerBound > t ? .met : .uncertain
        }
        if rate >= t { return .notMet }
        return ci.upperBound < t ? .met : .uncertain
    }
}
