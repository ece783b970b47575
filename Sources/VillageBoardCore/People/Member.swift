/// One person in a household.
public struct Member: Hashable, Sendable {
    public var id: MemberID
    public var name: String
    public var relation: Relation
    public var birthYear: Int
    public var idNumber: ResidentID?
    public var health: Health
    public var labour: LabourCapacity
    /// Only meaningful for children of compulsory-school age.
    public var schooling: Schooling
    /// Enrolled in basic medical insurance (城乡居民基本医疗保险).
    public var medicalInsured: Bool

    public init(id: MemberID, name: String, relation: Relation, birthYear: Int, idNumber: ResidentID? = nil,
                health: Health = .healthy, labour: LabourCapacity = .full, schooling: Schooling = .notApplicable,
                medicalInsured: Bool = true) {
        self.id = id
        self.name = name
        self.relation = relation
        self.birthYear = birthYear
        self.idNumber = idNumber
        self.health = health
        self.labour = labour
        self.schooling = schooling
        self.medicalInsured = medicalInsured
    }

    public func age(in year: Int) -> Int { year - birthYear }
}

/// A member's identity, stable across laptops: the household's ID plus a number.
public struct MemberID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var raw: String
    public init(_ raw: String) { self.raw = raw }
    public var description: String { raw }
    public static func < (a: MemberID, b: MemberID) -> Bool { a.raw < b.raw }
}

/// Relation to the head of household (与户主关系); the register's finer terms (之岳母, 之外孙女, …) map onto these.
public enum Relation: String, CaseIterable, Sendable {
    case head, spouse, son, daughter, daughterInLaw, sonInLaw, grandchild, parent, sibling, other
    /// 之祖父, 之祖母, 之外祖父, 之外祖母.
    case grandparent
    /// 之公公, 之婆婆, 之岳父, 之岳母.
    case parentInLaw
}

/// Health (健康状况), as recorded for medical-care checks.
public enum Health: String, CaseIterable, Sendable {
    case healthy, chronicIllness, seriousIllness, disabled
}

/// Capacity to work (劳动能力), in the register's terms (劳动技能).
public enum LabourCapacity: String, CaseIterable, Sendable {
    /// 普通劳动力.
    case full
    /// 技能劳动力: able to work, with a trade.
    case skilled
    /// 弱劳动力或半劳动力.
    case partial
    /// 丧失劳动力: lost it (illness, disability, injury).
    case lost
    /// 无劳动力: never had it (children, the old).
    case none

    /// Able to work at all.
    public var canWork: Bool {
        switch self {
        case .full, .skilled, .partial: true
        case .lost, .none: false
        }
    }
}

/// School situation of a child (在校情况).
public enum Schooling: String, CaseIterable, Sendable {
    case notApplicable, inSchool, homeTeaching, outOfSchool
}
