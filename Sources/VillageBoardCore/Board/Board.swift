/// The whole board in memory: org units, households, tasks, users and standards, with indexes and
/// roll-ups that every applied operation keeps current. Built only by applying operations (or loading
/// a snapshot of a board that was).
public struct Board: Sendable {
    public internal(set) var units: [DivisionCode: OrgUnit] = [:]
    /// Children of each unit, in code order.
    public internal(set) var children: [DivisionCode: [DivisionCode]] = [:]
    /// Every household, in registration order; look up by `index(of:)`.
    public internal(set) var households: [Household] = []
    var householdIndex: [HouseholdID: Int] = [:]
    /// Each household's mark, by position: a compact copy kept beside the households, so a scan of every
    /// household's status (the unresolved list of a province) reads bytes, not half a million large structs.
    public internal(set) var householdMarks: [HouseholdMark] = []
    /// Household positions per village.
    public internal(set) var householdsByVillage: [DivisionCode: [Int]] = [:]
    public internal(set) var tasks: [WorkTask] = []
    var taskIndex: [TaskID: Int] = [:]
    var tasksByHousehold: [HouseholdID: [Int]] = [:]
    var tasksByVillage: [DivisionCode: [Int]] = [:]
    public internal(set) var users: [UserID: User] = [:]
    public internal(set) var standards: [Int: YearStandard] = [:]
    /// The shortest new PIN each role may set (admins raise it with `setPinPolicy`).
    public internal(set) var pinPolicy = PinPolicy.standard
    public internal(set) var rollups: [DivisionCode: Rollup] = [:]
    /// The ancestors of each unit, itself first, top last.
    var lineage: [DivisionCode: [DivisionCode]] = [:]
    /// The day "overdue" is judged against.
    public private(set) var today: Day
    /// The standard year checks are judged against.
    public var year: Int
    /// The highest sequence applied per laptop.
    public internal(set) var seen: [DeviceID: Int] = [:]
    /// Operations applied since the snapshot this board was loaded from, in order.
    public internal(set) var log: [Operation] = []
    var logByHousehold: [HouseholdID: [Int]] = [:]
    var logByTask: [TaskID: [Int]] = [:]
    /// Open conflicts between laptops, by field (see Conflicts/ and docs/SYNC.md).
    public internal(set) var conflicts: [ConflictField: Conflict] = [:]
    /// Every evidence file attached, in the order attached (issue 21); look up by `attachments(of:)`.
    public internal(set) var attachments: [Attachment] = []
    var attachmentsByTarget: [EvidenceTarget: [Int]] = [:]
    var attachmentsByHousehold: [HouseholdID: [Int]] = [:]
    /// The last operation applied in the merge order (time, laptop, sequence); nil before any.
    public internal(set) var frontier: OperationKey?
    /// What each applied operation changed in the burn-down figures, by village and day (BurnDown/).
    public internal(set) var burnDownSteps: [BurnDownStep] = []
    /// The earliest day of an operation applied since the snapshot: the burn-down counts from there (nil: none).
    public internal(set) var historyFrom: Day?
    /// The 回头看 samples drawn and the re-checks saved (Recheck/).
    public internal(set) var rechecks = RecheckBook()
    /// The day of the operation being committed, while it is (the burn-down notes its roll-up changes).
    var committing: Day?

    public init(today: Day, year: Int? = nil) {
        self.today = today
        self.year = year ?? today.year
    }

    // MARK: Lookups

    public func index(of id: HouseholdID) -> Int? { householdIndex[id] }
    public func household(_ id: HouseholdID) -> Household? { householdIndex[id].map { households[$0] } }
    public func task(_ id: TaskID) -> WorkTask? { taskIndex[id].map { tasks[$0] } }
    public func unit(_ code: DivisionCode) -> OrgUnit? { units[code] }
    public func user(_ id: UserID) -> User? { users[id] }
    public func rollup(_ code: DivisionCode) -> Rollup { rollups[code] ?? Rollup() }
    public func colour(of code: DivisionCode) -> VillageColour { RollupRules.colour(of: rollup(code)) }

    /// The standard in force for the board's year (the latest earlier year if that one is missing).
    public var standard: YearStandard? {
        ExitRule.standard(for: year, in: standards)
    }

    /// Units with no parent on the board.
    public var roots: [DivisionCode] {
        units.values.filter { $0.parent == nil }.map(\.code).sorted()
    }

    /// The unit and its ancestors, top first (for breadcrumbs).
    public func path(to code: DivisionCode) -> [OrgUnit] {
        (lineage[code] ?? []).reversed().compactMap { units[$0] }
    }

    /// True when `code` is `scope` or lies under it on the board.
    public func isInside(_ code: DivisionCode, scope: DivisionCode) -> Bool {
        lineage[code]?.contains(scope) ?? false
    }

    /// Every village at or under a unit, in code order.
    public func villages(under code: DivisionCode) -> [DivisionCode] {
        guard let unit = units[code] else { return [] }
        if unit.level == .village { return [code] }
        var out: [DivisionCode] = []
        var stack = Array((children[code] ?? []).reversed())
        while let c = stack.popLast() {
            if units[c]?.level == .village { out.append(c) } else { stack.append(contentsOf: (children[c] ?? []).reversed()) }
        }
        return out
    }

    /// Positions of every household at or under a unit.
    public func householdIndices(under code: DivisionCode) -> [Int] {
        villages(under: code).flatMap { householdsByVillage[$0] ?? [] }
    }

    /// Positions of the tasks about a household.
    public func taskIndices(forHousehold id: HouseholdID) -> [Int] { tasksByHousehold[id] ?? [] }

    /// Positions of every task (household- or village-level) in a village.
    public func taskIndices(inVillage code: DivisionCode) -> [Int] { tasksByVillage[code] ?? [] }

    /// Positions of every task at or under a unit.
    public func taskIndices(under code: DivisionCode) -> [Int] {
        villages(under: code).flatMap { tasksByVillage[$0] ?? [] }
    }

    /// Operations since the snapshot about a household, oldest first.
    public func history(ofHousehold id: HouseholdID) -> [Operation] { (logByHousehold[id] ?? []).map { log[$0] } }

    /// Operations since the snapshot about a task, oldest first.
    public func history(ofTask id: TaskID) -> [Operation] { (logByTask[id] ?? []).map { log[$0] } }

    /// The village a task counts in.
    public func village(of task: WorkTask) -> DivisionCode? {
        switch task.subject {
        case .village(let code): code
        // Only the village: `household(id)` would copy the whole household to read one field.
        case .household(let id): householdIndex[id].map { households[$0].village }
        }
    }

    /// The next free sequence number for a laptop.
    public func nextSequence(for device: DeviceID) -> Int { (seen[device] ?? 0) + 1 }

    // MARK: Time

    /// Moves "today" and recounts overdue tasks (the only roll-up that depends on the date).
    public mutating func setToday(_ day: Day) {
        guard day != today else { return }
        for i in tasks.indices {
            let before = RollupRules.contribution(of: tasks[i], today: today)
            let after = RollupRules.contribution(of: tasks[i], today: day)
            if before != after, let v = village(of: tasks[i]) { adjust(v, removing: before, adding: after) }
        }
        today = day
    }

    // MARK: Roll-up bookkeeping

    mutating func adjust(_ code: DivisionCode, removing old: Rollup?, adding new: Rollup?) {
        noteBurnDown(code, removing: old, adding: new)
        let line = lineage[code] ?? [code]
        var correction = 0
        for (i, c) in line.enumerated() {
            var r = rollups[c] ?? Rollup()
            if let old { r = r - old }
            if let new { r = r + new }
            // A village's population counts in the rates only while it has data: when that changes, the difference
            // goes up its lineage with the rest.
            if i == 0, units[c]?.level == .village {
                correction = RollupRules.populationWithData(ofVillage: r) - r.ruralPopulationWithData
            }
            r.ruralPopulationWithData += correction
            rollups[c] = r
        }
    }
}
