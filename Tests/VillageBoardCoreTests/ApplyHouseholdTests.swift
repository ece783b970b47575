import Testing
@testable import VillageBoardCore

/// Household-level changes applied through `Board.apply`: their effect and their refusals.
@Suite struct ApplyHouseholdTests {
    let h1 = HouseholdID("220622101201-0001")
    let ghost = HouseholdID("220622101201-9999")

    /// The fixture board with one household (3 people, not yet out, every item met, income above the line) in 太平村.
    func boardWithHousehold(_ h: Household? = nil) -> Board {
        var b = Fixture.board()
        b.must(.registerHousehold(h ?? Fixture.household(h1.raw)))
        return b
    }

    // MARK: registerHousehold

    @Test func registerHouseholdCountsAtVillageAndEveryAncestor() {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household(h1.raw, people: 4)))
        #expect(b.household(h1)?.size == 4)
        #expect(b.index(of: h1) == 0)
        #expect(b.householdsByVillage[Fixture.taiping] == [0])
        for c in [Fixture.taiping, Fixture.sandaohu, Fixture.jingyu, Fixture.city] {
            let r = b.rollup(c)
            #expect(r.households == 1 && r.people == 4, "at \(c)")
            #expect(r.householdsRegistered == 1 && r.peopleRegistered == 4)
            #expect(r.householdsRemaining == 1 && r.peopleRemaining == 4)
            #expect(r.householdsUnresolved == 1)
            #expect(r.householdsOut == 0 && r.householdsMonitored == 0)
        }
        // Siblings are untouched.
        #expect(b.rollup(Fixture.fusong).households == 0)
        #expect(b.rollup(Fixture.jingyuTown).households == 0)
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }

    @Test func registerHouseholdRefusals() {
        var b = boardWithHousehold()
        b.mustRefuse(.registerHousehold(Fixture.household(h1.raw, in: Fixture.banshi)), by: Fixture.admin, .duplicateHousehold(h1))
        let nowhere = code("220622101299")
        b.mustRefuse(.registerHousehold(Fixture.household("x-1", in: nowhere)), .unknownUnit(nowhere))
        b.mustRefuse(.registerHousehold(Fixture.household("x-2", in: Fixture.sandaohu)), .notAVillage(Fixture.sandaohu))
        b.mustRefuse(.registerHousehold(Fixture.household("x-3", in: Fixture.city)), .notAVillage(Fixture.city))
    }

    @Test func unregisteredEdgeHouseholdIsMonitoredButNotRegistered() {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household("edge-1", people: 2, status: .edge, registered: false)))
        let r = b.rollup(Fixture.taiping)
        #expect(r.households == 1 && r.people == 2)
        #expect(r.householdsRegistered == 0 && r.householdsRemaining == 0 && r.householdsOut == 0)
        #expect(r.householdsMonitored == 1 && r.peopleMonitored == 2)
        #expect(r.householdsUnresolved == 1)
    }

    // MARK: setStatus

    @Test func markingOutMovesHouseholdFromRemainingToOut() {
        var b = boardWithHousehold()
        b.must(.setStatus(h1, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Fixture.supervisor)
        #expect(b.household(h1)?.status == .out)
        let r = b.rollup(Fixture.city)
        #expect(r.householdsOut == 1 && r.peopleOut == 3)
        #expect(r.householdsRemaining == 0 && r.peopleRemaining == 0)
        #expect(r.householdsUnresolved == 0)
        #expect(b.household(h1)?.identifiedOn == nil, "an exit is not an identification")
    }

    @Test func notApplicableItemsDoNotBlockExit() {
        var b = boardWithHousehold(Fixture.household(h1.raw, checklist: Fixture.checklist(.met, except: [.education: .notApplicable])))
        b.must(.setStatus(h1, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Fixture.supervisor)
        #expect(b.household(h1)?.status == .out)
    }

    @Test func exitIsBlockedByUnmetAndUncheckedItems() {
        let list = Fixture.checklist(.met, except: [.housing: .notMet, .water: .notChecked])
        var b = boardWithHousehold(Fixture.household(h1.raw, checklist: list))
        b.mustRefuse(.setStatus(h1, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Fixture.supervisor,
                     .exitBlocked(h1, unmet: [.housing, .water], incomeShort: false))
        // Out-but-unstable also counts as out, so it is gated the same way.
        b.mustRefuse(.setStatus(h1, from: HouseholdMark(.notOut), to: HouseholdMark(.unstable), reason: ""), by: Fixture.supervisor,
                     .exitBlocked(h1, unmet: [.housing, .water], incomeShort: false))
    }

    @Test func exitIsBlockedByIncomeUnderTheLine() {
        // 3 people × 3,999 yuan: one yuan per head under the 2020 line of 4,000.
        var b = boardWithHousehold(Fixture.household(h1.raw, perCapita: 3999))
        b.mustRefuse(.setStatus(h1, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Fixture.supervisor,
                     .exitBlocked(h1, unmet: [], incomeShort: true))
        // Exactly on the line is not under it.
        b.must(.setIncome(h1, from: b.household(h1)!.income, to: Income(wages: 12_000)))
        b.must(.setStatus(h1, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Fixture.supervisor)
    }

    @Test func incomeIsPerCapitaNetOfProductionCosts() {
        // 2 people, 10,000 gross, 2,500 costs: 3,750 per head, under the line.
        var b = boardWithHousehold(Fixture.household(h1.raw, people: 2))
        let income = Income(wages: 4000, business: 3000, property: 2000, transfer: 1000, productionCosts: 2500)
        #expect(income.net == 7500 && income.perCapita(people: 2) == 3750 && income.perCapita(people: 0) == 0)
        b.must(.setIncome(h1, from: b.household(h1)!.income, to: income))
        b.mustRefuse(.setStatus(h1, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Fixture.supervisor,
                     .exitBlocked(h1, unmet: [], incomeShort: true))
    }

    @Test func exitNeedsAStandard() {
        var b = Fixture.board(standard: nil)
        b.must(.registerHousehold(Fixture.household(h1.raw)))
        b.mustRefuse(.setStatus(h1, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Fixture.supervisor,
                     .noStandard(year: 2020))
        // A change of status without a gate needs no standard.
        let out = HouseholdID("220622101201-0002")
        b.must(.registerHousehold(Fixture.household(out.raw, status: .out)))
        b.must(.setStatus(out, from: HouseholdMark(.out), to: HouseholdMark(.unstable), reason: "务工不稳"))
    }

    @Test func earlierYearsStandardAppliesWhenTheYearHasNone() {
        var b = Fixture.board(standard: nil)
        b.must(.setStandard(YearStandard(year: 2019, incomeLine: 3800, monitoringLine: 5700, dibaoStandard: 3600)), by: Fixture.admin)
        b.must(.setStandard(YearStandard(year: 2021, incomeLine: 9000, monitoringLine: 9000, dibaoStandard: 4200)), by: Fixture.admin)
        #expect(b.standard?.year == 2019)
        b.must(.registerHousehold(Fixture.household(h1.raw, perCapita: 3900)))
        b.must(.setStatus(h1, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Fixture.supervisor)
    }

    @Test func rollingBackAnExitNeedsAReason() {
        var b = boardWithHousehold(Fixture.household(h1.raw, status: .out))
        b.mustRefuse(.setStatus(h1, from: HouseholdMark(.out), to: HouseholdMark(.notOut), reason: ""), .reasonRequired)
        b.mustRefuse(.setStatus(h1, from: HouseholdMark(.out), to: HouseholdMark(.notOut), reason: " \n\t"), .reasonRequired)
        b.mustRefuse(.setStatus(h1, from: HouseholdMark(.out), to: HouseholdMark(.sudden), reason: ""), .reasonRequired)
        b.must(.setStatus(h1, from: HouseholdMark(.out), to: HouseholdMark(.notOut), reason: "回头看: 住房C级"))
        #expect(b.household(h1)?.status == .notOut)
        #expect(b.rollup(Fixture.city).householdsRemaining == 1)
    }

    @Test func monitoringAHouseholdRecordsWhenItWasIdentified() {
        var b = boardWithHousehold(Fixture.household(h1.raw, status: .out))
        let op = b.operation(.setStatus(h1, from: HouseholdMark(.out), to: HouseholdMark(.unstable), reason: "务工不稳"))
        #expect(throws: Never.self) { try b.apply(op) }
        #expect(b.household(h1)?.identifiedOn == op.time.day)
        let r = b.rollup(Fixture.taiping)
        #expect(r.householdsMonitored == 1 && r.peopleMonitored == 3)
        #expect(r.householdsOut == 1, "out-but-unstable still counts as out")
        #expect(r.householdsUnresolved == 1)
        // A later change between monitored kinds keeps the first identification day.
        b.setToday(day("2020-08-01"))
        // (Unstable counts as out and sudden hardship does not, so this takes the household back in: it needs a reason.)
        b.mustRefuse(.setStatus(h1, from: HouseholdMark(.unstable), to: HouseholdMark(.sudden), reason: ""), .reasonRequired)
        b.must(.setStatus(h1, from: HouseholdMark(.unstable), to: HouseholdMark(.sudden), reason: "突发重病"))
        #expect(b.household(h1)?.status == .sudden)
        #expect(b.household(h1)?.identifiedOn == op.time.day)
    }

    @Test func eliminatingRiskIsGatedLikeAnExit() {
        let list = Fixture.checklist(.met, except: [.medical: .notMet])
        var b = boardWithHousehold(Fixture.household(h1.raw, status: .sudden, checklist: list, perCapita: 7000))
        #expect(b.rollup(Fixture.taiping).householdsMonitored == 1)
        b.mustRefuse(.setStatus(h1, from: HouseholdMark(.sudden), to: HouseholdMark(.sudden, riskEliminated: true), reason: ""), by: Fixture.supervisor,
                     .exitBlocked(h1, unmet: [.medical], incomeShort: false))
        b.must(.setCheck(h1, .medical, from: list[.medical], to: ItemCheck(state: .met, note: "已签约家庭医生")))
        b.must(.setStatus(h1, from: HouseholdMark(.sudden), to: HouseholdMark(.sudden, riskEliminated: true), reason: ""), by: Fixture.supervisor)
        #expect(b.household(h1)?.mark.riskEliminated == true)
        let r = b.rollup(Fixture.taiping)
        #expect(r.householdsMonitored == 0 && r.householdsUnresolved == 0)
        // Putting the risk back (a new risk appeared) needs a reason.
        b.mustRefuse(.setStatus(h1, from: HouseholdMark(.sudden, riskEliminated: true), to: HouseholdMark(.sudden), reason: ""),
                     .reasonRequired)
        b.must(.setStatus(h1, from: HouseholdMark(.sudden, riskEliminated: true), to: HouseholdMark(.sudden), reason: "再次患病"))
        #expect(b.rollup(Fixture.taiping).householdsMonitored == 1)
    }

    @Test func riskEliminatedOnlyMeansSomethingForMonitoredKinds() {
        #expect(HouseholdMark(.notOut, riskEliminated: true).riskEliminated == false)
        #expect(HouseholdMark(.out, riskEliminated: true).riskEliminated == false)
        #expect(HouseholdMark(.edge, riskEliminated: true).riskEliminated == true)
    }

    @Test func setStatusOnUnknownHouseholdIsRefused() {
        var b = boardWithHousehold()
        b.mustRefuse(.setStatus(ghost, from: HouseholdMark(.notOut), to: HouseholdMark(.edge), reason: ""), .unknownHousehold(ghost))
    }

    // MARK: setCheck

    @Test func setCheckCountsUnmetItemsPerItem() {
        var b = boardWithHousehold()
        let check = ItemCheck(state: .notMet, note: "房屋鉴定C级", checkedBy: Fixture.secretary, checkedOn: Fixture.today)
        b.must(.setCheck(h1, .housing, from: b.household(h1)!.checklist[.housing], to: check))
        #expect(b.household(h1)?.checklist[.housing] == check)
        let r = b.rollup(Fixture.jingyu)
        #expect(r.notMet[.housing] == 1 && r.notMet[.water] == 0)
        #expect(r.householdsWithUnmetItems == 1 && r.itemsNotMet == 1)
        b.must(.setCheck(h1, .water, from: b.household(h1)!.checklist[.water], to: ItemCheck(state: .notMet)))
        #expect(b.rollup(Fixture.jingyu).itemsNotMet == 2)
        #expect(b.rollup(Fixture.jingyu).householdsWithUnmetItems == 1, "one household, however many items")
        b.must(.setCheck(h1, .housing, from: check, to: ItemCheck(state: .met, note: "已改造")))
        b.must(.setCheck(h1, .water, from: ItemCheck(state: .notMet), to: ItemCheck(state: .notChecked)))
        #expect(b.rollup(Fixture.jingyu).itemsNotMet == 0)
        #expect(b.rollup(Fixture.jingyu).householdsWithUnmetItems == 0)
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }

    @Test func setCheckOnUnknownHouseholdIsRefused() {
        var b = boardWithHousehold()
        b.mustRefuse(.setCheck(ghost, .food, from: .unchecked, to: ItemCheck(state: .met)), .unknownHousehold(ghost))
    }

    // MARK: setIncome, setEnrolments, setCauses, setPlan, assignCadre, addVisit

    @Test func setIncomeReplacesIncome() {
        var b = boardWithHousehold()
        let income = Income(wages: 1, business: 2, property: 3, transfer: 4, productionCosts: 5)
        b.must(.setIncome(h1, from: b.household(h1)!.income, to: income))
        #expect(b.household(h1)?.income == income)
        b.mustRefuse(.setIncome(ghost, from: Income(), to: income), .unknownHousehold(ghost))
    }

    @Test func setEnrolmentsReplacesEnrolments() {
        var b = boardWithHousehold()
        let e = Enrolments(dibao: true, tekun: false, pensionInsurance: true, familyDoctor: true)
        b.must(.setEnrolments(h1, from: Enrolments(), to: e))
        #expect(b.household(h1)?.enrolments == e)
        b.mustRefuse(.setEnrolments(ghost, from: Enrolments(), to: e), .unknownHousehold(ghost))
    }

    @Test func setCausesSetsMainAndSecondary() {
        var b = boardWithHousehold()
        let causes = CauseSet(main: .illness, secondary: [.lackOfLabour, .lackOfFunds])
        b.must(.setCauses(h1, from: CauseSet(main: nil), to: causes))
        #expect(b.household(h1)?.mainCause == .illness)
        #expect(b.household(h1)?.secondaryCauses == [.lackOfLabour, .lackOfFunds])
        b.mustRefuse(.setCauses(ghost, from: CauseSet(main: nil), to: causes), .unknownHousehold(ghost))
    }

    @Test func setPlanReplacesPlan() {
        var b = boardWithHousehold()
        let plan = Plan(needs: "危房改造", measures: [Measure(kind: .housingRenovation, detail: "2020年改造"),
                                                  Measure(kind: .publicWelfareJob, detail: "护林员")])
        b.must(.setPlan(h1, from: Plan(), to: plan))
        #expect(b.household(h1)?.plan == plan)
        b.mustRefuse(.setPlan(ghost, from: Plan(), to: plan), .unknownHousehold(ghost))
    }

    @Test func assignCadreKeepsHistory() {
        var b = boardWithHousehold()
        let first = UserID("sun.cadre"), second = UserID("zhou.cadre")
        b.must(.assignCadre(h1, from: nil, to: first, reason: "包保"), by: Fixture.supervisor)
        b.setToday(day("2020-09-01"))
        b.must(.assignCadre(h1, from: first, to: second, reason: "调岗"), by: Fixture.supervisor)
        let h = b.household(h1)!
        #expect(h.cadre == second)
        #expect(h.cadreHistory == [CadreAssignment(cadre: first, from: Fixture.today, reason: "包保"),
                                   CadreAssignment(cadre: second, from: day("2020-09-01"), reason: "调岗")])
        // Unassigning clears the current cadre and keeps the history.
        b.must(.assignCadre(h1, from: second, to: nil, reason: "退出"), by: Fixture.supervisor)
        #expect(b.household(h1)?.cadre == nil)
        #expect(b.household(h1)?.cadreHistory.count == 2)
        b.mustRefuse(.assignCadre(ghost, from: nil, to: first, reason: ""), .unknownHousehold(ghost))
    }

    @Test func addVisitAppendsToTheWorkLog() {
        var b = boardWithHousehold()
        let v1 = Visit(day: day("2020-05-03"), by: Fixture.secretary, found: "屋顶漏雨", done: "联系危改")
        let v2 = Visit(day: day("2020-04-01"), by: Fixture.secretary)
        b.must(.addVisit(h1, v1))
        b.must(.addVisit(h1, v2))
        #expect(b.household(h1)?.visits == [v1, v2])
        #expect(b.household(h1)?.lastVisit == day("2020-05-03"), "the latest visit, not the last entered")
        b.mustRefuse(.addVisit(ghost, v1), .unknownHousehold(ghost))
    }

    // MARK: Members

    @Test func addMemberCountsPeopleEverywhere() {
        var b = boardWithHousehold()
        b.must(.addMember(h1, Fixture.member(h1, 4, relation: .grandchild, birthYear: 2012)))
        #expect(b.household(h1)?.size == 4)
        #expect(b.rollup(Fixture.city).people == 4 && b.rollup(Fixture.city).peopleRemaining == 4)
        b.mustRefuse(.addMember(h1, Fixture.member(h1, 2)), .duplicateMember(h1, MemberID("\(h1.raw)-2")))
        b.mustRefuse(.addMember(ghost, Fixture.member(ghost, 1)), .unknownHousehold(ghost))
    }

    @Test func updateMemberReplacesTheMember() {
        var b = boardWithHousehold()
        let old = b.household(h1)!.members[1]
        var new = old
        new.name = "改名"
        new.idNumber = ResidentID("11010519491231002X")
        new.health = .chronicIllness
        b.must(.updateMember(h1, from: old, to: new))
        #expect(b.household(h1)?.members[1] == new)
        #expect(b.household(h1)?.size == 3)
        let stranger = Fixture.member(h1, 9)
        b.mustRefuse(.updateMember(h1, from: stranger, to: stranger), .unknownMember(h1, stranger.id))
        b.mustRefuse(.updateMember(ghost, from: old, to: new), .unknownHousehold(ghost))
    }

    @Test func removeMemberCountsPeopleEverywhere() {
        var b = boardWithHousehold()
        let m = b.household(h1)!.members[2]
        b.must(.removeMember(h1, m))
        #expect(b.household(h1)?.members.map(\.id) == [MemberID("\(h1.raw)-1"), MemberID("\(h1.raw)-2")])
        #expect(b.rollup(Fixture.jingyu).people == 2)
        b.mustRefuse(.removeMember(h1, m), .unknownMember(h1, m.id))
        b.mustRefuse(.removeMember(ghost, m), .unknownHousehold(ghost))
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }

    @Test func headNameIsTheHeadOrTheFirstMember() {
        var h = Fixture.household("x", people: 2)
        h.members[1].relation = .head
        h.members[0].relation = .spouse
        #expect(h.headName == h.members[1].name)
        h.members[1].relation = .son
        #expect(h.headName == h.members[0].name)
        #expect(Fixture.household("y", people: 0).headName == "")
    }
}
