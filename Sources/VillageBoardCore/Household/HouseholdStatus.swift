/// Where a household stands (贫困户/监测对象 状态).
public enum HouseholdStatus: String, CaseIterable, Hashable, Sendable {
    /// 未脱贫: registered and not yet out.
    case notOut
    /// 已脱贫: out of poverty and stable.
    case out
    /// 脱贫不稳定户: out but unstable (monitored).
    case unstable
    /// 边缘易致贫户: on the edge, never registered (monitored).
    case edge
    /// 突发严重困难户: sudden severe hardship (monitored).
    case sudden

    /// The three kinds of 监测对象.
    public var isMonitoredKind: Bool { self == .unstable || self == .edge || self == .sudden }

    /// Counted among households that have left poverty.
    public var countsAsOut: Bool { self == .out || self == .unstable }
}

/// Status plus, for monitored households, whether their risk has been eliminated (风险已消除).
public struct HouseholdMark: Hashable, Sendable {
    public var status: HouseholdStatus
    public var riskEliminated: Bool
    public init(_ status: HouseholdStatus, riskEliminated: Bool = false) {
        self.status = status
        self.riskEliminated = status.isMonitoredKind && riskEliminated
    }

    /// A monitored household whose risk is still present.
    public var isMonitored: Bool { status.isMonitoredKind && !riskEliminated }

    /// The stable name of the mark in messages and files: the status, with `+riskEliminated` when eliminated.
    public var key: String { riskEliminated ? status.rawValue + "+riskEliminated" : status.rawValue }

    /// Still on the chart: not yet out, or monitored with the risk present. Depends on the mark alone, so a scan
    /// of every household can ask it of `Board.householdMarks` without touching the households.
    public var isUnresolved: Bool { status == .notOut || isMonitored }
}
