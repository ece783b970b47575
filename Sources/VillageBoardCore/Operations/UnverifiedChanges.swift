/// Changes the board holds that nothing vouches for: the operations at or after the line where a laptop's journal
/// stops chaining (edited, removed or reordered by hand). The program opens such a store, but says so for as long as
/// it runs, and marks what those operations touched as unverified wherever it is shown.
public struct UnverifiedChanges: Sendable {
    /// Where a journal's chain breaks: the laptop that wrote it and the line.
    public struct Break: Hashable, Sendable {
        public var laptop: String
        public var line: Int
        public init(laptop: String, line: Int) {
            self.laptop = laptop
            self.line = line
        }
    }

    public private(set) var breaks: [Break] = []
    public private(set) var operations: Set<OperationID> = []
    public private(set) var households: Set<HouseholdID> = []
    public private(set) var tasks: Set<TaskID> = []

    public init() {}

    public var isEmpty: Bool { breaks.isEmpty }

    public mutating func add(_ chainBreak: Break) { breaks.append(chainBreak) }

    /// An operation read at or after a break: it and what it changed are unverified.
    public mutating func add(_ op: Operation) {
        operations.insert(op.id)
        if let h = op.change.household { households.insert(h) }
        if let t = op.change.task { tasks.insert(t) }
    }
}
