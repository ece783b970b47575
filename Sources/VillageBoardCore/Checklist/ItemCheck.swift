/// The state of one checklist item for a household (达标情况).
public enum ItemState: String, CaseIterable, Hashable, Sendable {
    case met, notMet, notApplicable, notChecked
}

/// One checklist item's state with its evidence, checker and date.
public struct ItemCheck: Hashable, Sendable {
    public var state: ItemState
    /// A short note of the evidence (e.g. "房屋鉴定B级, 2020-03").
    public var note: String
    public var checkedBy: UserID?
    public var checkedOn: Day?

    public init(state: ItemState = .notChecked, note: String = "", checkedBy: UserID? = nil, checkedOn: Day? = nil) {
        self.state = state
        self.note = note
        self.checkedBy = checkedBy
        self.checkedOn = checkedOn
    }

    public static let unchecked = ItemCheck()
}

/// A household's seven checks, indexed by item.
public struct Checklist: Hashable, Sendable {
    private var checks: [ItemCheck]

    public init() { checks = Array(repeating: .unchecked, count: ChecklistItem.allCases.count) }

    public init(_ values: [ChecklistItem: ItemCheck]) {
        self.init()
        for (item, check) in values { checks[item.rawValue] = check }
    }

    public subscript(item: ChecklistItem) -> ItemCheck {
        get { checks[item.rawValue] }
        set { checks[item.rawValue] = newValue }
    }

    /// Items whose state is not met.
    public var unmet: [ChecklistItem] { ChecklistItem.allCases.filter { checks[$0.rawValue].state == .notMet } }

    /// True when every item is met or not applicable.
    public var allSatisfied: Bool {
        checks.allSatisfy { $0.state == .met || $0.state == .notApplicable }
    }
}
