/// What a run of households read from a snapshot adds to a board's per-village positions and roll-ups, gathered
/// while they are read, so several readers can share the counting and the board adds each village's sum once.
public struct HouseholdTally: Sendable {
    /// Board positions of the run's households, per village, in order.
    var positions: [DivisionCode: [Int]] = [:]
    /// The sum of the run's roll-up contributions, per village.
    var sums: [DivisionCode: Rollup] = [:]
    /// The run's households' marks, in order (`Board.householdMarks`).
    var marks: [HouseholdMark] = []

    public init() {}

    /// Counts the household that will stand at `position` on the board.
    public mutating func count(_ household: Household, at position: Int) {
        positions[household.village, default: []].append(position)
        marks.append(household.mark)
        let contribution = RollupRules.contribution(of: household)
        if let sum = sums[household.village] {
            sums[household.village] = sum + contribution
        } else {
            sums[household.village] = contribution
        }
    }
}

extension Board {
    /// Puts back every household of a snapshot at once: `households` in board order and the tallies of its
    /// consecutive runs (made by `HouseholdTally.count` with each household's position in `households`).
    /// The array is taken over as it is, not copied; on a board that already has households, they are inserted one by one.
    public mutating func restore(households restored: [Household], tallies: [HouseholdTally]) {
        guard households.isEmpty else {
            for h in restored { insertHousehold(h) }
            return
        }
        households = restored
        householdIndex.reserveCapacity(restored.count)
        for i in restored.indices { householdIndex[restored[i].id] = i }
        householdMarks.reserveCapacity(restored.count)
        for tally in tallies { householdMarks.append(contentsOf: tally.marks) }
        if householdMarks.count != restored.count { householdMarks = restored.map(\.mark) }
        for tally in tallies {
            for (village, positions) in tally.positions { householdsByVillage[village, default: []].append(contentsOf: positions) }
            for (village, sum) in tally.sums { adjust(village, removing: nil, adding: sum) }
        }
    }
}

extension Board {
    /// Puts back every task of a snapshot at once (after its households), in board order: the array is taken
    /// over as it is and each village's roll-up gets the sum of its tasks once, not once per task.
    public mutating func restore(tasks restored: [WorkTask]) {
        guard tasks.isEmpty else {
            for t in restored { insertTask(t) }
            return
        }
        tasks = restored
        taskIndex.reserveCapacity(restored.count)
        var sums: [DivisionCode: Rollup] = [:]
        for i in restored.indices {
            taskIndex[restored[i].id] = i
            if case .household(let id) = restored[i].subject { tasksByHousehold[id, default: []].append(i) }
            guard let village = village(of: restored[i]) else { continue }
            tasksByVillage[village, default: []].append(i)
            sums[village, default: Rollup()] = sums[village, default: Rollup()] + RollupRules.contribution(of: restored[i], today: today)
        }
        for (village, sum) in sums { adjust(village, removing: nil, adding: sum) }
    }
}
