/// The checks of 一超过、两不愁、三保障 plus safe water: six household items and income.
public enum ChecklistItem: Int, CaseIterable, Hashable, Sendable, Comparable {
    case food = 0, clothing, education, medical, housing, water, income

    /// The six non-income items (两不愁三保障 + 饮水安全).
    public static let guarantees: [ChecklistItem] = [.food, .clothing, .education, .medical, .housing, .water]

    /// The stable name used in files and commands.
    public var key: String {
        switch self {
        case .food: "food"
        case .clothing: "clothing"
        case .education: "education"
        case .medical: "medical"
        case .housing: "housing"
        case .water: "water"
        case .income: "income"
        }
    }

    public init?(key: some StringProtocol) {
        guard let item = ChecklistItem.allCases.first(where: { $0.key == key }) else { return nil }
        self = item
    }

    public static func < (a: ChecklistItem, b: ChecklistItem) -> Bool { a.rawValue < b.rawValue }
}
