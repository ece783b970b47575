/// Where an operation stands in the one order every laptop replays operations in: by time, then laptop,
/// then the laptop's own sequence (see docs/SYNC.md).
public struct OperationKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var time: Timestamp
    public var device: DeviceID
    public var sequence: Int

    public init(time: Timestamp, device: DeviceID, sequence: Int) {
        self.time = time
        self.device = device
        self.sequence = sequence
    }

    public init(_ op: Operation) { self.init(time: op.time, device: op.id.device, sequence: op.id.sequence) }

    public var description: String { "\(time.iso) \(device.raw)#\(sequence)" }

    public static func < (a: OperationKey, b: OperationKey) -> Bool {
        if a.time != b.time { return a.time < b.time }
        if a.device != b.device { return a.device < b.device }
        return a.sequence < b.sequence
    }
}

/// The thing two laptops disagreed about: one field of a household, a user, or (for structural conflicts)
/// a task, household or unit as a whole.
public enum ConflictField: Hashable, Comparable, Sendable, CustomStringConvertible {
    case check(HouseholdID, ChecklistItem)
    case status(HouseholdID)
    case income(HouseholdID)
    case enrolments(HouseholdID)
    case causes(HouseholdID)
    case plan(HouseholdID)
    case cadre(HouseholdID)
    case member(HouseholdID, MemberID)
    case user(UserID)
    /// A task's workflow (a transition refused because another laptop moved the task first).
    case task(TaskID)
    /// A household as a whole (registered twice).
    case household(HouseholdID)
    /// An org unit (added or moved under a parent the board does not have).
    case unit(DivisionCode)

    /// The stable name of the kind, used in files and on screen.
    public var kind: String {
        switch self {
        case .check: "check"
        case .status: "status"
        case .income: "income"
        case .enrolments: "enrolments"
        case .causes: "causes"
        case .plan: "plan"
        case .cadre: "cadre"
        case .member: "member"
        case .user: "user"
        case .task: "task"
        case .household: "household"
        case .unit: "unit"
        }
    }

    /// The household the field belongs to, if any.
    public var household: HouseholdID? {
        switch self {
        case .check(let h, _), .status(let h), .income(let h), .enrolments(let h), .causes(let h), .plan(let h),
             .cadre(let h), .member(let h, _), .household(let h):
            h
        case .user, .task, .unit: nil
        }
    }

    /// A short stable label: `220622103201-0012 check food`.
    public var description: String {
        switch self {
        case .check(let h, let item): "\(h) check \(item.key)"
        case .member(let h, let m): "\(h) member \(m)"
        case .user(let u): "user \(u)"
        case .task(let t): "task \(t)"
        case .unit(let c): "unit \(c)"
        default: "\(household?.raw ?? "") \(kind)"
        }
    }

    public static func < (a: ConflictField, b: ConflictField) -> Bool { a.sortKey < b.sortKey }

    private var sortKey: String {
        switch self {
        case .check(let h, let item): "\(h.raw) 0 \(item.rawValue)"
        case .member(let h, let m): "\(h.raw) 2 \(m.raw)"
        case .user(let u): "~user \(u.raw)"
        case .task(let t): "~task \(t.raw)"
        case .unit(let c): "~unit \(c)"
        default: "\(household?.raw ?? "") 1 \(kind)"
        }
    }
}

/// A value one side of a conflict gave the field.
public enum ConflictValue: Hashable, Sendable {
    case check(ItemCheck)
    case mark(HouseholdMark)
    case income(Income)
    case enrolments(Enrolments)
    case causes(CauseSet)
    case plan(Plan)
    case cadre(UserID?)
    /// nil: the member was removed.
    case member(Member?)
    case user(User)
    /// The state a task was in.
    case task(TaskState)
}

/// One side of a conflict: the value and the operation that gave it (nil when the value came from a snapshot
/// whose operation is no longer in memory), and whether the board applied that operation.
public struct ConflictEntry: Hashable, Sendable {
    public var op: Operation?
    /// The value this side gave; nil for an operation that was not applied (a structural conflict).
    public var value: ConflictValue?
    public var applied: Bool
    /// Why an operation was not applied.
    public var reason: String
    /// The board's refusal behind `reason`, so screens can word it in the user's language.
    public var refusal: BoardError?

    public init(op: Operation?, value: ConflictValue?, applied: Bool = true, reason: String = "", refusal: BoardError? = nil) {
        self.op = op
        self.value = value
        self.applied = applied
        self.reason = reason
        self.refusal = refusal
    }
}

/// Two or more laptops changed the same thing without seeing each other's change. Every side is kept; the board
/// shows the side that came last in the merge order (the winner) until someone chooses.
public struct Conflict: Hashable, Sendable {
    public var field: ConflictField
    /// The sides in merge order; the last applied one is what the board shows.
    public var entries: [ConflictEntry]

    public init(field: ConflictField, entries: [ConflictEntry]) {
        self.field = field
        self.entries = entries
    }

    /// The position of the side the board shows.
    public var winner: Int? { entries.lastIndex { $0.applied } }

    /// True for a task, household or unit conflict (an operation was refused), false for two values of one field.
    public var isStructural: Bool { entries.contains { !$0.applied } }
}
