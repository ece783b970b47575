/// The three figures a burn-down follows for a unit: what is left to do, counted three ways.
public struct BurnDownFigures: Hashable, Sendable {
    /// Households unresolved (registered and not out, or monitored with the risk present).
    public var households: Int
    /// Households × checklist items not met.
    public var items: Int
    /// Tasks still open (not marked done).
    public var tasks: Int

    public init(households: Int = 0, items: Int = 0, tasks: Int = 0) {
        self.households = households
        self.items = items
        self.tasks = tasks
    }

    /// The figures a roll-up holds now.
    public init(_ r: Rollup) {
        self.init(households: r.householdsUnresolved, items: r.itemsNotMet, tasks: r.tasksOpen)
    }

    public var isZero: Bool { households == 0 && items == 0 && tasks == 0 }

    // Wrapping arithmetic: the figures come from counts a hostile file cannot push near Int's limits, but a trap
    // here would take the whole program down for a chart.
    static func + (a: Self, b: Self) -> Self {
        Self(households: a.households &+ b.households, items: a.items &+ b.items, tasks: a.tasks &+ b.tasks)
    }

    static func - (a: Self, b: Self) -> Self {
        Self(households: a.households &- b.households, items: a.items &- b.items, tasks: a.tasks &- b.tasks)
    }
}

/// What one applied operation changed in one village's burn-down figures, on the day it happened: the board keeps
/// these as it applies operations, so a unit's series is a sum over them, never a replay.
public struct BurnDownStep: Hashable, Sendable {
    public var day: Day
    /// The unit the change was counted in (a village for households and tasks).
    public var unit: DivisionCode
    public var change: BurnDownFigures

    public init(day: Day, unit: DivisionCode, change: BurnDownFigures) {
        self.day = day
        self.unit = unit
        self.change = change
    }
}

extension Board {
    /// Notes what a roll-up change did to the burn-down figures, while an operation is being committed.
    mutating func noteBurnDown(_ code: DivisionCode, removing old: Rollup?, adding new: Rollup?) {
        guard let day = committing else { return }
        let change = BurnDownFigures(new ?? Rollup()) - BurnDownFigures(old ?? Rollup())
        guard !change.isZero else { return }
        burnDownSteps.append(BurnDownStep(day: day, unit: code, change: change))
    }
}

extension Board {
    /// The burn-down steps summed per unit and day, by unit (in code order) and then day (oldest first): what a
    /// snapshot keeps so the burn-down reaches back past a compaction (the weekly series only needs a day's sum).
    public var burnDownStepsByDay: [BurnDownStep] {
        var sums: [DivisionCode: [Day: BurnDownFigures]] = [:]
        for step in burnDownSteps {
            sums[step.unit, default: [:]][step.day, default: BurnDownFigures()] =
                sums[step.unit, default: [:]][step.day, default: BurnDownFigures()] + step.change
        }
        var out: [BurnDownStep] = []
        for unit in sums.keys.sorted() {
            let days = sums[unit] ?? [:]
            for day in days.keys.sorted() {
                guard let change = days[day], !change.isZero else { continue }
                out.append(BurnDownStep(day: day, unit: unit, change: change))
            }
        }
        return out
    }

    /// Restores burn-down steps from a snapshot.
    public mutating func restoreBurnDown(_ steps: [BurnDownStep]) {
        burnDownSteps.append(contentsOf: steps)
    }

    /// Restores the first day the history covers, as a snapshot recorded it.
    public mutating func restoreHistoryFrom(_ day: Day) {
        historyFrom = min(historyFrom ?? day, day)
    }
}
