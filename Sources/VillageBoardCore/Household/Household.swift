/// A household on the board: its people, status, causes, income, checklist, plan, cadre and visits.
public struct Household: Hashable, Sendable {
    public var id: HouseholdID
    /// The administrative village it belongs to.
    public var village: DivisionCode
    /// 屯/组, optional.
    public var hamlet: String
    /// Registered poor household (建档立卡); edge households are monitored without being registered.
    public var registered: Bool
    public var mark: HouseholdMark
    /// When a monitored household was identified (for "no measure a month after identification").
    public var identifiedOn: Day?
    public var riskTypes: [RiskType]
    public var mainCause: PovertyCause?
    public var secondaryCauses: [PovertyCause]
    public var members: [Member]
    public var income: Income
    public var enrolments: Enrolments
    public var checklist: Checklist
    public var plan: Plan
    /// The responsible cadre now; nil when nobody is assigned.
    public var cadre: UserID?
    /// Every assignment, oldest first; the last one is the current.
    public var cadreHistory: [CadreAssignment]
    public var visits: [Visit]
    /// Department cross-check mismatches recorded on the household, oldest first (issue 14).
    public var findings: [DepartmentFinding] = []
    /// The exit or risk elimination under way (proposed, or reviewed by the township), if any.
    public var exitCase: ExitCase?

    public init(id: HouseholdID, village: DivisionCode, hamlet: String = "", registered: Bool = true,
                mark: HouseholdMark = HouseholdMark(.notOut), identifiedOn: Day? = nil, riskTypes: [RiskType] = [],
                mainCause: PovertyCause? = nil, secondaryCauses: [PovertyCause] = [], members: [Member] = [],
                income: Income = Income(), enrolments: Enrolments = Enrolments(), checklist: Checklist = Checklist(),
                plan: Plan = Plan(), cadre: UserID? = nil, cadreHistory: [CadreAssignment] = [], visits: [Visit] = [],
                exitCase: ExitCase? = nil) {
        self.id = id
        self.village = village
        self.hamlet = hamlet
        self.registered = registered
        self.mark = mark
        self.identifiedOn = identifiedOn
        self.riskTypes = riskTypes
        self.mainCause = mainCause
        self.secondaryCauses = secondaryCauses
        self.members = members
        self.income = income
        self.enrolments = enrolments
        self.checklist = checklist
        self.plan = plan
        self.cadre = cadre
        self.cadreHistory = cadreHistory
        self.visits = visits
        self.exitCase = exitCase
    }

    /// The head of household's name, or the first member's.
    public var headName: String {
        (members.first { $0.relation == .head } ?? members.first)?.name ?? ""
    }

    public var size: Int { members.count }

    public var status: HouseholdStatus { mark.status }

    /// A monitored household whose risk is still present.
    public var isMonitored: Bool { mark.isMonitored }

    /// Still on the chart: not yet out, or monitored with the risk present.
    public var isUnresolved: Bool { mark.isUnresolved }

    /// The day of the latest visit that counts (a voided one does not).
    public var lastVisit: Day? { visits.lazy.filter { !$0.voided }.map(\.day).max() }
}

/// A household's identity, stable across laptops (village code + number, e.g. `220622103201-0012`).
public struct HouseholdID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var raw: String
    public init(_ raw: String) { self.raw = raw }
    public var description: String { raw }
    public static func < (a: HouseholdID, b: HouseholdID) -> Bool { a.raw < b.raw }
}
