import Testing
@testable import VillageBoardCore

/// The battle-chart colour rules, incidence and unmet-item counts.
@Suite struct ColourAndCountTests {
    let v = Fixture.taiping

    func rollup(_ edit: (inout Rollup) -> Void) -> Rollup {
        var r = Rollup()
        edit(&r)
        return r
    }

    // MARK: One rule at a time, on roll-ups

    @Test func greyWithoutHouseholdsOrTasks() {
        #expect(RollupRules.colour(of: Rollup()) == .grey)
        // Population and village counts are not data about work.
        #expect(RollupRules.colour(of: rollup { $0.ruralPopulation = 900; $0.villages = 1; $0.poorVillages = 1 }) == .grey)
    }

    @Test func redForUnresolvedHouseholds() {
        #expect(RollupRules.colour(of: rollup { $0.households = 1; $0.householdsUnresolved = 1 }) == .red)
    }

    @Test func redForUnmetItems() {
        #expect(RollupRules.colour(of: rollup { $0.households = 1; $0.householdsWithUnmetItems = 1 }) == .red)
    }

    @Test func amberForWorkAwaitingVerification() {
        #expect(RollupRules.colour(of: rollup { $0.households = 1; $0.tasksDone = 1 }) == .amber)
    }

    @Test func amberForOpenOrOverdueWork() {
        #expect(RollupRules.colour(of: rollup { $0.tasksOpen = 1 }) == .amber)
        #expect(RollupRules.colour(of: rollup { $0.tasksOpen = 1; $0.tasksOverdue = 1 }) == .amber)
    }

    @Test func greenWhenEverythingIsVerified() {
        #expect(RollupRules.colour(of: rollup { $0.households = 2; $0.householdsOut = 2; $0.tasksVerified = 3 }) == .green)
        #expect(RollupRules.colour(of: rollup { $0.households = 1 }) == .green)
        #expect(RollupRules.colour(of: rollup { $0.tasksVerified = 1 }) == .green, "tasks alone are data")
    }

    @Test func precedenceRedOverAmberOverGreen() {
        let everything = rollup {
            $0.households = 3; $0.householdsUnresolved = 1; $0.householdsWithUnmetItems = 1
            $0.tasksOpen = 1; $0.tasksDone = 1; $0.tasksVerified = 1; $0.tasksOverdue = 1
        }
        #expect(RollupRules.colour(of: everything) == .red)
        var noRed = everything
        noRed.householdsUnresolved = 0
        noRed.householdsWithUnmetItems = 0
        #expect(RollupRules.colour(of: noRed) == .amber)
        var noAmber = noRed
        noAmber.tasksOpen = 0
        noAmber.tasksDone = 0
        noAmber.tasksOverdue = 0
        #expect(RollupRules.colour(of: noAmber) == .green)
    }

    // MARK: The same rules on a board

    @Test func villageColoursFollowTheWork() {
        var b = Fixture.board()
        #expect(b.colour(of: v) == .grey)
        #expect(b.colour(of: Fixture.city) == .grey)

        let h = HouseholdID("h-1")
        b.must(.registerHousehold(Fixture.household(h.raw, in: v)))
        #expect(b.colour(of: v) == .red, "a household not yet out")
        #expect(b.colour(of: Fixture.jingyu) == .red && b.colour(of: Fixture.fusong) == .grey)

        b.must(.addTask(Fixture.task("t-1", about: .household(h))), by: Fixture.supervisor)
        b.must(.markTaskDone(TaskID("t-1"), note: ""))
        #expect(b.colour(of: v) == .red, "red wins over work awaiting verification")

        b.must(.setStatus(h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Fixture.head)
        #expect(b.colour(of: v) == .amber, "out, but a task awaits verification")

        b.must(.verifyTask(TaskID("t-1")), by: Fixture.supervisor)
        #expect(b.colour(of: v) == .green)
        #expect(b.colour(of: Fixture.city) == .green)

        b.must(.setCheck(h, .water, from: b.household(h)!.checklist[.water], to: ItemCheck(state: .notMet, note: "回头看")))
        #expect(b.colour(of: v) == .red, "an out household with an unmet item keeps the village red")

        b.must(.setCheck(h, .water, from: ItemCheck(state: .notMet, note: "回头看"), to: ItemCheck(state: .met)))
        b.must(.addTask(Fixture.task("t-2", about: .village(v), due: day("2020-05-01"))), by: Fixture.supervisor)
        #expect(b.rollup(v).tasksOverdue == 1)
        #expect(b.colour(of: v) == .amber, "overdue village work")

        b.must(.setStatus(h, from: HouseholdMark(.out), to: HouseholdMark(.unstable), reason: "因病"), by: Fixture.head)
        #expect(b.colour(of: v) == .red, "a monitored household with its risk present")
    }

    /// The legend says what the tile's figure counts: households unresolved or with an item not met when red, tasks
    /// not yet verified when amber. Before, a red tile showed the larger of two counts, neither of which the legend
    /// named, and an amber one was explained as "awaiting verification or overdue" while counting open tasks too.
    @Test func theTileFigureCountsWhatTheColourSays() {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household("left", in: v)))
        var unmet = Fixture.checklist(.met)
        unmet[.water] = ItemCheck(state: .notMet, note: "回头看")
        b.must(.registerHousehold(Fixture.household("out", in: v, status: .out, checklist: unmet)))
        #expect(b.colour(of: v) == .red)
        #expect(RollupRules.figure(of: b.rollup(v), .red) == 2, "one unresolved, one out with an unmet item")

        var quiet = Fixture.board()
        quiet.must(.addTask(Fixture.task("road", about: .village(v), due: day("2030-01-01"))), by: Fixture.admin)
        #expect(quiet.colour(of: v) == .amber, "an open task not overdue is amber too")
        #expect(RollupRules.figure(of: quiet.rollup(v), .amber) == 1)
        #expect(RollupRules.figure(of: quiet.rollup(v), .green) == nil)
    }

    @Test func villageWithOnlyVillageTasksIsNotGrey() {
        var b = Fixture.board()
        b.must(.addTask(Fixture.task("road", about: .village(Fixture.banshi))), by: Fixture.admin)
        #expect(b.colour(of: Fixture.banshi) == .amber)
        b.must(.markTaskDone(TaskID("road"), note: ""))  // by its owner
        b.must(.verifyTask(TaskID("road")), by: Fixture.admin)
        #expect(b.colour(of: Fixture.banshi) == .green)
    }

    @Test func colourOfAnUnknownUnitIsGrey() {
        #expect(Fixture.board().colour(of: code("110000000000")) == .grey)
    }

    // MARK: What each status counts as

    /// (status, risk eliminated, registered) → [registered, out, remaining, monitored, unresolved]
    @Test(arguments: [
        (HouseholdStatus.notOut, false, true, [1, 0, 1, 0, 1]),
        (.out, false, true, [1, 1, 0, 0, 0]),
        (.unstable, false, true, [1, 1, 0, 1, 1]),
        (.unstable, true, true, [1, 1, 0, 0, 0]),
        (.edge, false, false, [0, 0, 0, 1, 1]),
        (.edge, true, false, [0, 0, 0, 0, 0]),
        (.sudden, false, true, [1, 0, 0, 1, 1]),
        (.sudden, true, true, [1, 0, 0, 0, 0]),
        (.notOut, false, false, [0, 0, 0, 0, 1]),
    ])
    func householdContribution(status: HouseholdStatus, eliminated: Bool, registered: Bool, expected: [Int]) {
        let h = Fixture.household("h", people: 2, status: status, riskEliminated: eliminated, registered: registered)
        let r = RollupRules.contribution(of: h)
        #expect([r.householdsRegistered, r.householdsOut, r.householdsRemaining, r.householdsMonitored, r.householdsUnresolved] == expected)
        #expect([r.peopleRegistered, r.peopleOut, r.peopleRemaining, r.peopleMonitored] == expected.prefix(4).map { $0 * 2 })
        #expect(r.households == 1 && r.people == 2)
        #expect(h.isUnresolved == (expected[4] == 1))
        #expect(h.isMonitored == (expected[3] == 1))
    }

    @Test func taskContribution() {
        var t = Fixture.task("t", about: .village(v), due: day("2020-06-10"))
        let before = day("2020-06-10"), after = day("2020-06-11")
        #expect(RollupRules.contribution(of: t, today: before).tasksOpen == 1)
        #expect(RollupRules.contribution(of: t, today: before).tasksOverdue == 0)
        #expect(RollupRules.contribution(of: t, today: after).tasksOverdue == 1)
        t.state = .done
        #expect(RollupRules.contribution(of: t, today: after).tasksDone == 1)
        #expect(RollupRules.contribution(of: t, today: after).tasksOverdue == 0, "done work waits on the verifier")
        t.state = .verified
        #expect(RollupRules.contribution(of: t, today: after).tasksVerified == 1)
        #expect(RollupRules.contribution(of: t, today: after).tasks == 1)
    }

    // MARK: Incidence

    @Test func incidenceIsRemainingPeopleOverRuralPopulation() {
        var b = Fixture.board()
        // No data yet: no rate (shown "—"), not 0 %.
        #expect(b.rollup(v).incidence == nil)
        b.must(.registerHousehold(Fixture.household("h-1", in: v, people: 3)))
        b.must(.registerHousehold(Fixture.household("h-2", in: v, people: 2, status: .out)))
        b.must(.registerHousehold(Fixture.household("h-3", in: v, people: 5, status: .edge, registered: false)))
        let pop = Fixture.population(of: v)
        #expect(b.rollup(v).incidence == 3.0 / Double(pop), "only registered households not yet out count")
        let county = b.rollup(Fixture.jingyu)
        let countyPop = Fixture.villages.filter { Fixture.jingyu.contains($0) }.map(Fixture.population).reduce(0, +)
        #expect(county.ruralPopulation == countyPop)
        // The county's other villages have no data: their population stays out of the rate.
        #expect(county.ruralPopulationWithData == pop)
        #expect(county.incidence == 3.0 / Double(pop))
        // A task in another village gives it data, and its population joins the denominator.
        let other = Fixture.villages.first { Fixture.jingyu.contains($0) && $0 != v }!
        b.must(.addTask(Fixture.task("t-other", about: .village(other))), by: Fixture.admin)
        #expect(b.rollup(Fixture.jingyu).incidence == 3.0 / Double(pop + Fixture.population(of: other)))
        #expect(b.rollups == b.recountedRollups())
        #expect(Rollup().incidence == nil)
    }

    // MARK: Unmet items

    @Test func itemsNotMetSumsHouseholdsTimesItems() {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household("h-1", in: v, checklist: Fixture.checklist(.met, except: [.housing: .notMet, .water: .notMet]))))
        b.must(.registerHousehold(Fixture.household("h-2", in: v, checklist: Fixture.checklist(.met, except: [.housing: .notMet, .income: .notMet]))))
        b.must(.registerHousehold(Fixture.household("h-3", in: Fixture.banshi, checklist: Fixture.checklist(.notMet))), by: Fixture.admin)
        b.must(.registerHousehold(Fixture.household("h-4", in: Fixture.banshi, checklist: Fixture.checklist(.notChecked, except: [.food: .notApplicable]))), by: Fixture.admin)
        let r = b.rollup(v)
        #expect(r.notMet[.housing] == 2 && r.notMet[.water] == 1 && r.notMet[.income] == 1 && r.notMet[.food] == 0)
        #expect(r.itemsNotMet == 4)
        #expect(r.householdsWithUnmetItems == 2)
        let c = b.rollup(Fixture.city)
        #expect(c.itemsNotMet == 4 + 7, "not applicable and not yet checked are not unmet")
        #expect(c.notMet[.housing] == 3)
        #expect(c.householdsWithUnmetItems == 3)
    }

    @Test func checklistHelpers() {
        let list = Fixture.checklist(.met, except: [.clothing: .notMet, .water: .notChecked, .education: .notApplicable])
        #expect(list.unmet == [.clothing])
        #expect(!list.allSatisfied)
        #expect(Fixture.checklist(.met, except: [.education: .notApplicable]).allSatisfied)
        #expect(!Checklist().allSatisfied && Checklist()[.food] == .unchecked)
        let h = Fixture.household("x", checklist: list, perCapita: 10)
        let gate = ExitRule.missing(for: h, standard: .baishan2020)
        #expect(gate.unmet == [.clothing, .water] && gate.incomeShort)
        #expect(ChecklistItem(key: "water") == .water && ChecklistItem(key: "drink") == nil)
        #expect(ChecklistItem.allCases.allSatisfy { ChecklistItem(key: $0.key) == $0 })
        #expect(ChecklistItem.guarantees.count == 6 && !ChecklistItem.guarantees.contains(.income))
    }

    @Test func rollupTaskTotal() {
        var r = Rollup()
        r.tasksOpen = 2; r.tasksDone = 3; r.tasksVerified = 4; r.tasksOverdue = 1
        #expect(r.tasks == 9, "overdue tasks are already counted as open")
    }
}
