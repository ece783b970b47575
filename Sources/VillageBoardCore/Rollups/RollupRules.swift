/// The rules that turn households, tasks and org units into counts, and counts into a village colour.
/// They live here and nowhere else; the board adds and subtracts these contributions as things change.
public enum RollupRules {
    /// What one household adds to its village and every unit above it.
    public static func contribution(of h: Household) -> Rollup {
        var r = Rollup()
        let people = h.members.count
        r.households = 1
        r.people = people
        if h.registered {
            r.householdsRegistered = 1
            r.peopleRegistered = people
            if h.status.countsAsOut {
                r.householdsOut = 1
                r.peopleOut = people
            } else if h.status == .notOut {
                r.householdsRemaining = 1
                r.peopleRemaining = people
            }
        }
        if h.isMonitored {
            r.householdsMonitored = 1
            r.peopleMonitored = people
        }
        if h.isUnresolved {
            r.householdsUnresolved = 1
            r.peopleUnresolved = people
        }
        var anyUnmet = false
        for item in ChecklistItem.allCases where h.checklist[item].state == .notMet {
            r.notMet[item] = 1
            anyUnmet = true
        }
        if anyUnmet { r.householdsWithUnmetItems = 1 }
        if anyUnmet || h.isUnresolved { r.householdsOnChart = 1 }
        switch h.exitCase?.stage {
        case .proposed: r.exitsProposed = 1
        case .reviewed: r.exitsReviewed = 1
        case nil: break
        }
        return r
    }

    /// What one task adds, judged on `today` (overdue depends on the date).
    public static func contribution(of t: WorkTask, today: Day) -> Rollup {
        var r = Rollup()
        switch t.state {
        case .open: r.tasksOpen = 1
        case .done: r.tasksDone = 1
        case .verified: r.tasksVerified = 1
        }
        if t.isOverdue(on: today) { r.tasksOverdue = 1 }
        return r
    }

    /// What an org unit itself adds (population and village counts).
    public static func contribution(of unit: OrgUnit) -> Rollup {
        var r = Rollup()
        r.ruralPopulation = unit.ruralPopulation
        if unit.level == .village {
            r.villages = 1
            if unit.isPoorVillage { r.poorVillages = 1 }
            r.villageTargetsNotMet = unit.targetsNotMet
        }
        return r
    }

    /// What a village's population adds to the rates' denominator: all of it once the village has data, none before.
    public static func populationWithData(ofVillage r: Rollup) -> Int { r.hasData ? r.ruralPopulation : 0 }

    /// The battle-chart colour of a unit from its roll-up. The rule, as the legend and docs/CHART.md say it: red (✗)
    /// while a household is unresolved or has an item not met, or a village-level target is not met (the tile counts
    /// those targets beside the households); else amber (!)
    /// while a task is not yet verified (open or awaiting verification), the figure counting those tasks; else green
    /// (✓); grey (–) with no households and no tasks.
    public static func colour(of r: Rollup) -> VillageColour {
        if !r.hasData && r.villageTargetsNotMet == 0 { return .grey }
        if r.householdsUnresolved > 0 || r.householdsWithUnmetItems > 0 || r.villageTargetsNotMet > 0 { return .red }
        if r.tasksOpen + r.tasksDone > 0 { return .amber }
        return .green
    }

    /// The figure a unit's tile shows beside its colour: what made it that colour, counted (nil for green and grey).
    public static func figure(of r: Rollup, _ colour: VillageColour) -> Int? {
        switch colour {
        case .red: r.householdsOnChart
        case .amber: r.tasksOpen + r.tasksDone
        case .green, .grey: nil
        }
    }
}

/// The battle chart's colours: what is left to do in a village.
public enum VillageColour: String, CaseIterable, Hashable, Sendable {
    /// Households unresolved or with an item not met.
    case red
    /// No such household, but tasks not yet verified: open (overdue or not) or awaiting verification.
    case amber
    /// Everything verified.
    case green
    /// No data.
    case grey
}
