import Testing
@testable import VillageBoardCore

/// Org units, users, standards and operation sequences through `Board.apply`.
@Suite struct ApplyBoardTests {
    // MARK: addOrgUnit

    @Test func addOrgUnitCountsVillagesAndPopulationUpTheChain() {
        let b = Fixture.board()
        let total = Fixture.villages.map(Fixture.population).reduce(0, +)
        #expect(b.rollup(Fixture.city).villages == 10)
        #expect(b.rollup(Fixture.city).poorVillages == 4)  // positions 0, 3, 6, 9
        #expect(b.rollup(Fixture.city).ruralPopulation == total)
        #expect(b.rollup(Fixture.jingyu).villages == 6 && b.rollup(Fixture.fusong).villages == 4)
        #expect(b.rollup(Fixture.sandaohu).ruralPopulation == Fixture.population(of: Fixture.taiping) + 1300)
        #expect(b.rollup(Fixture.taiping).villages == 1)
        #expect(b.rollups.count == b.units.count)
        #expect(b.roots == [Fixture.city])
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }

    @Test func childrenStayInCodeOrder() {
        var b = Fixture.board()
        let early = code("220622101101"), late = code("220622101301")
        b.must(.addOrgUnit(OrgUnit(code: late, name: "后村", level: .village, parent: Fixture.sandaohu)), by: Fixture.head)
        b.must(.addOrgUnit(OrgUnit(code: early, name: "前村", level: .village, parent: Fixture.sandaohu)), by: Fixture.head)
        #expect(b.children[Fixture.sandaohu] == [early, Fixture.taiping, code("220622101202"), late])
        #expect(b.children[Fixture.city] == [Fixture.fusong, Fixture.jingyu])
    }

    @Test func addOrgUnitWithUnknownParentIsRefused() {
        var b = Fixture.board()
        let orphan = code("220699100201"), missing = code("220699100000")
        b.mustRefuse(.addOrgUnit(OrgUnit(code: orphan, name: "孤村", level: .village, parent: missing)), by: Fixture.head,
                     .unknownParent(unit: orphan, parent: missing))
    }

    @Test func addingAnExistingUnitAgainUpdatesIt() {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household("h-1", in: Fixture.taiping)))
        var taiping = b.unit(Fixture.taiping)!
        #expect(taiping.isPoorVillage == false)
        let before = b.rollup(Fixture.city)
        taiping.name = "太平村(新)"
        taiping.ruralPopulation += 500
        taiping.isPoorVillage = true
        b.must(.addOrgUnit(taiping), by: Fixture.head)
        #expect(b.unit(Fixture.taiping)?.name == "太平村(新)")
        #expect(b.children[Fixture.sandaohu]?.filter { $0 == Fixture.taiping }.count == 1, "not listed twice")
        let after = b.rollup(Fixture.city)
        #expect(after.ruralPopulation == before.ruralPopulation + 500)
        #expect(after.poorVillages == before.poorVillages + 1)
        #expect(after.villages == before.villages && after.households == before.households)
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }

    @Test func movingAVillageMovesEverythingCountedInIt() {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household("h-1", in: Fixture.taiping, people: 4)))
        b.must(.addTask(Fixture.task("t-1", about: .village(Fixture.taiping))), by: Fixture.supervisor)
        var taiping = b.unit(Fixture.taiping)!
        taiping.parent = Fixture.xinglong  // into another county
        b.must(.addOrgUnit(taiping), by: Fixture.admin)
        #expect(b.children[Fixture.sandaohu]?.contains(Fixture.taiping) == false)
        #expect(b.children[Fixture.xinglong]?.contains(Fixture.taiping) == true)
        #expect(b.path(to: Fixture.taiping).map(\.code) == [Fixture.city, Fixture.fusong, Fixture.xinglong, Fixture.taiping])
        #expect(b.rollup(Fixture.jingyu).households == 0 && b.rollup(Fixture.jingyu).tasksOpen == 0)
        #expect(b.rollup(Fixture.fusong).households == 1 && b.rollup(Fixture.fusong).people == 4)
        #expect(b.rollup(Fixture.fusong).tasksOpen == 1 && b.rollup(Fixture.fusong).villages == 5)
        #expect(b.rollup(Fixture.city).households == 1)
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }

    @Test func movingATownshipMovesItsVillages() {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household("h-1", in: Fixture.taiping, people: 2)))
        var town = b.unit(Fixture.sandaohu)!
        town.parent = Fixture.fusong
        b.must(.addOrgUnit(town), by: Fixture.admin)
        #expect(b.isInside(Fixture.taiping, scope: Fixture.fusong))
        #expect(!b.isInside(Fixture.taiping, scope: Fixture.jingyu))
        #expect(b.villages(under: Fixture.fusong).contains(Fixture.taiping))
        #expect(b.rollup(Fixture.fusong).people == 2 && b.rollup(Fixture.jingyu).people == 0)
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }

    @Test func aUnitCannotBeMovedUnderItself() {
        var b = Fixture.board()
        var county = b.unit(Fixture.jingyu)!
        county.parent = Fixture.jingyu
        b.mustRefuse(.addOrgUnit(county), by: Fixture.head, .unknownParent(unit: Fixture.jingyu, parent: Fixture.jingyu))
        county.parent = Fixture.taiping
        b.mustRefuse(.addOrgUnit(county), by: Fixture.head, .unknownParent(unit: Fixture.jingyu, parent: Fixture.taiping))
        #expect(b.villages(under: Fixture.jingyu).count == 6)
    }

    // MARK: Users

    @Test func addAndUpdateUsers() {
        var b = Fixture.board()
        let u = User(id: UserID("new.cadre"), name: "新干部", role: .responsibleCadre, scope: Fixture.sandaohu)
        b.must(.addUser(u), by: Fixture.admin)
        #expect(b.user(u.id) == u)
        b.mustRefuse(.addUser(User(id: u.id, name: "重名", role: .admin, scope: Fixture.city)), by: Fixture.admin,
                     .duplicateUser(u.id))
        var disabled = u
        disabled.disabled = true
        disabled.scope = Fixture.jingyu
        b.must(.updateUser(from: u, to: disabled), by: Fixture.admin)
        #expect(b.user(u.id) == disabled)
        let stranger = User(id: UserID("nobody"), name: "?", role: .admin, scope: Fixture.city)
        b.mustRefuse(.updateUser(from: stranger, to: stranger), by: Fixture.admin, .unknownUser(stranger.id))
        #expect(b.user(stranger.id) == nil)
    }

    // MARK: Standards

    @Test func setStandardReplacesTheYear() {
        var b = Fixture.board()
        #expect(b.standard == .baishan2020)
        let revised = YearStandard(year: 2020, incomeLine: 4100, monitoringLine: 6000, dibaoStandard: 4000)
        b.must(.setStandard(revised), by: Fixture.admin)
        #expect(b.standard == revised && b.standards.count == 1)
        // A later year's standard does not apply to 2020.
        b.must(.setStandard(YearStandard(year: 2021, incomeLine: 1, monitoringLine: 1, dibaoStandard: 1)), by: Fixture.admin)
        #expect(b.standard == revised)
        b.year = 2022
        #expect(b.standard?.year == 2021)
        b.year = 2019
        #expect(b.standard == nil)
    }

    // MARK: Sequences

    @Test func anOperationIsAppliedOnlyOnce() {
        var b = Fixture.board()
        let first = b.operation(.registerHousehold(Fixture.household("h-1")))
        #expect(first.id.sequence == 1)
        #expect(throws: Never.self) { try b.apply(first) }
        #expect(b.nextSequence(for: Fixture.laptop) == 2)
        // The same operation again, and a fresh change under a used number, are both refused.
        b.mustRefuse(first, .alreadyApplied(first.id))
        var stale = b.operation(.registerHousehold(Fixture.household("h-2")))
        stale.id.sequence = 1
        b.mustRefuse(stale, .alreadyApplied(stale.id))
        // Numbers may skip; after a jump, anything at or below it is refused.
        var jump = b.operation(.registerHousehold(Fixture.household("h-3")))
        jump.id.sequence = 10
        #expect(throws: Never.self) { try b.apply(jump) }
        #expect(b.nextSequence(for: Fixture.laptop) == 11)
        var gap = b.operation(.registerHousehold(Fixture.household("h-4")))
        gap.id.sequence = 5
        b.mustRefuse(gap, .alreadyApplied(gap.id))
        // Another laptop numbers its own operations.
        let other = DeviceID("sandaohu-laptop")
        #expect(b.nextSequence(for: other) == 1)
        b.must(.registerHousehold(Fixture.household("h-5")), device: other)
        #expect(b.seen[other] == 1 && b.seen[Fixture.laptop] == 10)
    }

    @Test func alreadyAppliedIsCheckedBeforeTheChange() {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household("h-1")))
        // Even a change that would be refused anyway reports the sequence first.
        let op = Operation(id: OperationID(device: Fixture.laptop, sequence: 1), time: Timestamp(day: Fixture.today),
                           author: Fixture.secretary, change: .verifyTask(TaskID("none")))
        b.mustRefuse(op, .alreadyApplied(op.id))
    }

    @Test func validateChecksWithoutChanging() {
        var b = Fixture.board()
        let op = b.operation(.registerHousehold(Fixture.household("h-1")))
        let before = BoardState(b)
        #expect(throws: Never.self) { try b.validate(op) }
        #expect(BoardState(b) == before)
        let bad = b.operation(.addMember(HouseholdID("none"), Fixture.member(HouseholdID("none"), 1)))
        #expect(throws: BoardError.unknownHousehold(HouseholdID("none"))) { try b.validate(bad) }
        #expect(throws: Never.self) { try b.apply(op) }
    }

    @Test func operationIDsOrderByDeviceThenSequence() {
        let a1 = OperationID(device: DeviceID("a"), sequence: 1)
        let a2 = OperationID(device: DeviceID("a"), sequence: 2)
        let b1 = OperationID(device: DeviceID("b"), sequence: 1)
        #expect(a1 < a2 && a2 < b1 && !(b1 < a1))
        #expect(a2.description == "a#2")
    }

    @Test func deviceNamesMustBeFileNames() {
        for ok in ["laptop-1", "taiping_office.2", "A", String(repeating: "x", count: 64)] {
            #expect(DeviceID(ok).isValid, "\(ok)")
        }
        for bad in ["", ".hidden", "a/b", "太平", "a b", String(repeating: "x", count: 65), "..", "a\\b"] {
            #expect(!DeviceID(bad).isValid, "\(bad)")
        }
    }

    // MARK: Every kind

    /// A day's work that uses every kind of change, each one accepted and logged once with its author.
    @Test func everyKindOfChangeIsAppliedAndLogged() {
        var b = Fixture.board()
        let h = HouseholdID("h-1")
        let hh = Fixture.household(h.raw, checklist: Fixture.checklist(.met, except: [.housing: .notMet]))
        var village = b.unit(Fixture.taiping)!
        village.deadline = day("2020-12-31")
        let extra = User(id: UserID("extra"), name: "e", role: .admin, scope: Fixture.city)
        var extraDisabled = extra
        extraDisabled.disabled = true
        let m4 = Fixture.member(h, 4)
        var m4b = m4
        m4b.name = "x"
        let changes: [(Change, UserID)] = [
            (.addOrgUnit(village), Fixture.head),
            (.registerHousehold(hh), Fixture.secretary),
            (.setCheck(h, .housing, from: hh.checklist[.housing], to: ItemCheck(state: .met)), Fixture.secretary),
            (.setIncome(h, from: hh.income, to: Income(wages: 20_000)), Fixture.secretary),
            (.setEnrolments(h, from: Enrolments(), to: Enrolments(dibao: true)), Fixture.secretary),
            (.setCauses(h, from: CauseSet(main: nil), to: CauseSet(main: .disability)), Fixture.secretary),
            (.setPlan(h, from: Plan(), to: Plan(needs: "n")), Fixture.secretary),
            (.assignCadre(h, from: nil, to: Fixture.secretary, reason: ""), Fixture.head),
            (.addMember(h, m4), Fixture.secretary),
            (.updateMember(h, from: m4, to: m4b), Fixture.secretary),
            (.removeMember(h, m4b), Fixture.secretary),
            (.addVisit(h, Visit(day: Fixture.today, by: Fixture.secretary)), Fixture.secretary),
            (.setStatus(h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), Fixture.head),
            (.addTask(Fixture.task("t-1", about: .household(h))), Fixture.supervisor),
            (.markTaskDone(TaskID("t-1"), note: ""), Fixture.secretary),
            (.sendBackTask(TaskID("t-1"), reason: "r"), Fixture.supervisor),
            (.markTaskDone(TaskID("t-1"), note: ""), Fixture.secretary),
            (.verifyTask(TaskID("t-1")), Fixture.supervisor),
            (.reopenTask(TaskID("t-1"), reason: "r"), Fixture.supervisor),
            (.addUser(extra), Fixture.admin),
            (.updateUser(from: extra, to: extraDisabled), Fixture.admin),
            (.setStandard(YearStandard(year: 2021, incomeLine: 4100, monitoringLine: 6000, dibaoStandard: 4000)), Fixture.admin),
        ]
        let start = b.log.count
        for (change, author) in changes { b.must(change, by: author) }
        let logged = Array(b.log[start...])
        #expect(logged.map(\.change) == changes.map(\.0))
        #expect(logged.map(\.author) == changes.map(\.1))
        #expect(logged.map(\.id.sequence) == Array(1...changes.count))
        let kinds: Set<String> = [
            "addOrgUnit", "registerHousehold", "setStatus", "setCheck", "setIncome", "setEnrolments", "setCauses",
            "setPlan", "assignCadre", "addMember", "updateMember", "removeMember", "addVisit", "addTask",
            "markTaskDone", "verifyTask", "sendBackTask", "reopenTask", "addUser", "updateUser", "setStandard",
        ]
        #expect(Set(logged.map(\.change.kind.rawValue)) == kinds)
        #expect(b.unit(Fixture.taiping)?.deadline == day("2020-12-31"))
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
        #expect(b.householdMarks == b.households.map(\.mark))
    }

    @Test func changesNameTheirHouseholdAndTask() {
        let h = HouseholdID("h"), t = TaskID("t")
        #expect(Change.setIncome(h, from: Income(), to: Income()).household == h)
        #expect(Change.addTask(Fixture.task("t", about: .household(h))).household == h)
        #expect(Change.addTask(Fixture.task("t", about: .village(Fixture.taiping))).household == nil)
        #expect(Change.addTask(Fixture.task("t", about: .household(h))).task == t)
        #expect(Change.reopenTask(t, reason: "").task == t)
        #expect(Change.reopenTask(t, reason: "").household == nil)
        #expect(Change.setStandard(.baishan2020).household == nil && Change.setStandard(.baishan2020).task == nil)
    }
}
