/// The counts for one org unit and everything under it, kept current operation by operation.
public struct Rollup: Hashable, Sendable {
    /// Every household on the board, registered or monitored.
    public var households = 0
    public var people = 0
    public var householdsRegistered = 0
    public var peopleRegistered = 0
    public var householdsOut = 0
    public var peopleOut = 0
    /// Registered and not yet out (未脱贫).
    public var householdsRemaining = 0
    public var peopleRemaining = 0
    /// Monitored (监测对象) with the risk still present.
    public var householdsMonitored = 0
    public var peopleMonitored = 0
    /// Remaining or monitored: what keeps a village red (未解决), and the people in those households.
    public var householdsUnresolved = 0
    public var peopleUnresolved = 0
    /// Households with each item not met, indexed by `ChecklistItem.rawValue`.
    public var notMet = ItemTally()
    public var householdsWithUnmetItems = 0
    /// Unresolved, or with an item not met (a household out of poverty can still fail a re-check): what keeps a unit
    /// red on the chart, and the figure its tile shows.
    public var householdsOnChart = 0
    /// Exits and risk eliminations proposed by the village, awaiting the township (拟退出, 待乡镇审核).
    public var exitsProposed = 0
    /// Exits reviewed by the township, awaiting the county (待县级审定).
    public var exitsReviewed = 0
    public var tasksOpen = 0
    /// Marked done, awaiting verification (待验收).
    public var tasksDone = 0
    public var tasksVerified = 0
    public var tasksOverdue = 0
    public var ruralPopulation = 0
    /// The rural population of villages with data (households or tasks): the denominator of every rate, so a village
    /// nobody has entered yet neither shows 0 % nor dilutes its township's figure.
    public var ruralPopulationWithData = 0
    public var villages = 0
    public var poorVillages = 0
    /// Village-level targets (村级目标) checked and not met: the village gaps counted beside the households.
    public var villageTargetsNotMet = 0

    public init() {}

    public var tasks: Int { tasksOpen + tasksDone + tasksVerified }

    /// Exits under way at either stage.
    public var exitsPending: Int { exitsProposed + exitsReviewed }

    /// 贫困发生率: remaining people over the rural population of villages with data; nil without one (no data).
    public var incidence: Double? {
        ruralPopulationWithData > 0 ? Double(peopleRemaining) / Double(ruralPopulationWithData) : nil
    }

    /// Anything entered here: households or tasks (a unit without is grey on the chart).
    public var hasData: Bool { households > 0 || tasks > 0 }

    /// Total of households × unmet items.
    public var itemsNotMet: Int { ChecklistItem.allCases.reduce(0) { $0 + notMet[$1] } }

    static func + (a: Rollup, b: Rollup) -> Rollup { a.combined(with: b, sign: 1) }
    static func - (a: Rollup, b: Rollup) -> Rollup { a.combined(with: b, sign: -1) }

    private func combined(with b: Rollup, sign: Int) -> Rollup {
        var r = self
        r.households += sign * b.households
        r.people += sign * b.people
        r.householdsRegistered += sign * b.householdsRegistered
        r.peopleRegistered += sign * b.peopleRegistered
        r.householdsOut += sign * b.householdsOut
        r.peopleOut += sign * b.peopleOut
        r.householdsRemaining += sign * b.householdsRemaining
        r.peopleRemaining += sign * b.peopleRemaining
        r.householdsMonitored += sign * b.householdsMonitored
        r.peopleMonitored += sign * b.peopleMonitored
        r.householdsUnresolved += sign * b.householdsUnresolved
        r.peopleUnresolved += sign * b.peopleUnresolved
        if sign > 0 { r.notMet.counts &+= b.notMet.counts } else { r.notMet.counts &-= b.notMet.counts }
        r.householdsWithUnmetItems += sign * b.householdsWithUnmetItems
        r.householdsOnChart += sign * b.householdsOnChart
        r.exitsProposed += sign * b.exitsProposed
        r.exitsReviewed += sign * b.exitsReviewed
        r.tasksOpen += sign * b.tasksOpen
        r.tasksDone += sign * b.tasksDone
        r.tasksVerified += sign * b.tasksVerified
        r.tasksOverdue += sign * b.tasksOverdue
        r.ruralPopulation += sign * b.ruralPopulation
        r.ruralPopulationWithData += sign * b.ruralPopulationWithData
        r.villages += sign * b.villages
        r.poorVillages += sign * b.poorVillages
        r.villageTargetsNotMet += sign * b.villageTargetsNotMet
        return r
    }
}

/// One count per checklist item, without a heap allocation per roll-up.
public struct ItemTally: Hashable, Sendable {
    var counts = SIMD8<Int32>()
    public init() {}
    public subscript(item: ChecklistItem) -> Int {
        get { Int(counts[item.rawValue]) }
        set { counts[item.rawValue] = Int32(newValue) }
    }
}
