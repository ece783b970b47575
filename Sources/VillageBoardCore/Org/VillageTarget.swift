/// The village-level targets (村级目标) a poor village is checked against (DOMAIN.md, Village level): what each is,
/// and what its figure counts.
public enum VillageTargetKind: String, CaseIterable, Hashable, Sendable, Comparable {
    /// 硬化路与通客车: hardened road to the village and a bus service; figure: km of road.
    case road
    /// 通动力电: electricity for production; figure: households connected.
    case electricity
    /// 标准化卫生室: a standard clinic with a doctor; no figure.
    case clinic
    /// 安全饮水工程: safe water for the village; figure: households served.
    case water
    /// 村集体经济收入: the collective economy's yearly income; figure: yuan.
    case collectiveIncome
    /// 产业项目 (光伏, greenhouses, cooperatives): figure: households receiving dividends.
    case industry

    public static func < (a: VillageTargetKind, b: VillageTargetKind) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// One village-level target as checked: met or not (as a household's checklist item is), its figure, the evidence,
/// and who checked it when. Set only by `Change.setVillageTarget`, carrying the old value for history and undo.
public struct VillageTarget: Hashable, Sendable {
    public var state: ItemState
    /// What the kind's figure counts (km, households, yuan); nil when not given.
    public var figure: Int?
    public var evidence: String
    public var checkedBy: UserID?
    public var checkedOn: Day?

    public init(state: ItemState = .notChecked, figure: Int? = nil, evidence: String = "", checkedBy: UserID? = nil,
                checkedOn: Day? = nil) {
        self.state = state
        self.figure = figure
        self.evidence = evidence
        self.checkedBy = checkedBy
        self.checkedOn = checkedOn
    }
}

extension OrgUnit {
    /// The village's target of `kind` (not yet checked when never set).
    public func target(_ kind: VillageTargetKind) -> VillageTarget { targets[kind] ?? VillageTarget() }

    /// How many of the village's targets are checked and not met: the village-level gaps the chart counts.
    public var targetsNotMet: Int { targets.values.reduce(0) { $0 + ($1.state == .notMet ? 1 : 0) } }
}
