/// When a checklist item may be marked not applicable (不适用): a rule kept as data, in the year's standard.
public enum NotApplicableRule: String, CaseIterable, Hashable, Sendable {
    /// Never: the item applies to every household.
    case never
    /// Only when no member is of compulsory-school age (义务教育 with no child to school).
    case noMemberOfSchoolAge
    /// Whenever the checker says so.
    case always

    /// Whether a household with these members may have the item marked not applicable, in `year` under `standard`.
    public func allows(members: [Member], year: Int, standard: YearStandard) -> Bool {
        switch self {
        case .never: false
        case .always: true
        case .noMemberOfSchoolAge:
            !members.contains { (standard.schoolAgeFrom...max(standard.schoolAgeFrom, standard.schoolAgeTo)).contains($0.age(in: year)) }
        }
    }

    /// The national rule: only compulsory education may be not applicable, and only with no child of school age.
    public static let national: [ChecklistItem: NotApplicableRule] = [
        .food: .never, .clothing: .never, .education: .noMemberOfSchoolAge, .medical: .never, .housing: .never,
        .water: .never, .income: .never,
    ]
}
