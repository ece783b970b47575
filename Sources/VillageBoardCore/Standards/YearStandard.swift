/// The thresholds for one year (they change by year and province: data, not code).
public struct YearStandard: Hashable, Sendable {
    public var year: Int
    /// 贫困线: per-capita net income line in yuan (2020: 4,000).
    public var incomeLine: Int
    /// 监测范围: households under this per-capita income are watched (2021: 6,000).
    public var monitoringLine: Int
    /// 低保 allowance standard in yuan per person per year.
    public var dibaoStandard: Int
    /// Compulsory-school ages, inclusive (6–15).
    public var schoolAgeFrom: Int
    public var schoolAgeTo: Int
    /// Whether risk elimination needs per-capita income at or above the monitoring line (the national rule) rather
    /// than only the income line (where local rules say so).
    public var riskEliminationNeedsMonitoringLine: Bool
    /// When each checklist item may be marked not applicable.
    public var notApplicable: [ChecklistItem: NotApplicableRule]

    /// Days between visits to a household still on the chart (not yet out, or monitored with the risk present):
    /// monthly by default.
    public var visitDaysWatched: Int
    /// Days between visits to a household that is out and stable (or whose risk is eliminated): quarterly by default.
    public var visitDaysStable: Int

    public init(year: Int, incomeLine: Int, monitoringLine: Int, dibaoStandard: Int,
                schoolAgeFrom: Int = 6, schoolAgeTo: Int = 15, riskEliminationNeedsMonitoringLine: Bool = true,
                notApplicable: [ChecklistItem: NotApplicableRule] = NotApplicableRule.national,
                visitDaysWatched: Int = 30, visitDaysStable: Int = 90) {
        self.year = year
        self.incomeLine = incomeLine
        self.monitoringLine = monitoringLine
        self.dibaoStandard = dibaoStandard
        self.schoolAgeFrom = schoolAgeFrom
        self.schoolAgeTo = schoolAgeTo
        self.riskEliminationNeedsMonitoringLine = riskEliminationNeedsMonitoringLine
        // Every item has a rule, so two standards that say the same compare equal.
        self.notApplicable = ChecklistItem.allCases.reduce(into: [:]) { $0[$1] = notApplicable[$1] ?? .never }
        self.visitDaysWatched = visitDaysWatched
        self.visitDaysStable = visitDaysStable
    }

    /// How many days may pass between visits to a household with this mark.
    public func visitDays(for mark: HouseholdMark) -> Int { mark.isUnresolved ? visitDaysWatched : visitDaysStable }

    /// The rule for marking `item` not applicable (never, when the standard names none).
    public func notApplicableRule(_ item: ChecklistItem) -> NotApplicableRule { notApplicable[item] ?? .never }

    /// The per-capita income a risk elimination needs.
    public var riskEliminationFloor: Int { riskEliminationNeedsMonitoringLine ? max(incomeLine, monitoringLine) : incomeLine }

    /// The 2020 figures from the Baishan report.
    public static let baishan2020 = YearStandard(year: 2020, incomeLine: 4000, monitoringLine: 6000, dibaoStandard: 3960)
}
