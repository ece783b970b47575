import Testing
@testable import VillageBoardCore

@Suite struct BoardQueryTests {
    @Test func villagesUnderAUnitInCodeOrder() {
        let b = Fixture.board()
        #expect(b.villages(under: Fixture.city) == Fixture.villages.sorted())
        #expect(b.villages(under: Fixture.jingyu) == Fixture.villages.filter { $0.value / 1_000_000 == 220622 }.sorted())
        #expect(b.villages(under: Fixture.sandaohu) == [Fixture.taiping, code("220622101202")])
        #expect(b.villages(under: Fixture.taiping) == [Fixture.taiping])
        #expect(b.villages(under: code("220699000000")).isEmpty)
    }

    @Test func villagesUnderSkipsEmptyTownships() {
        var b = Fixture.board()
        let empty = code("220621199000")
        b.must(.addOrgUnit(OrgUnit(code: empty, name: "空镇", level: .township, parent: Fixture.fusong)), by: Fixture.admin)
        #expect(b.villages(under: empty).isEmpty)
        #expect(b.villages(under: Fixture.fusong).count == 4)
    }

    @Test func householdIndicesUnderAUnit() {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household("a", in: Fixture.taiping)))
        b.must(.registerHousehold(Fixture.household("b", in: Fixture.banshi)), by: Fixture.admin)
        b.must(.registerHousehold(Fixture.household("c", in: Fixture.taiping)))
        b.must(.registerHousehold(Fixture.household("d", in: Fixture.yongsheng)), by: Fixture.admin)
        func ids(_ c: DivisionCode) -> Set<String> { Set(b.householdIndices(under: c).map { b.households[$0].id.raw }) }
        #expect(ids(Fixture.city) == ["a", "b", "c", "d"])
        #expect(ids(Fixture.jingyu) == ["a", "c", "d"])
        #expect(ids(Fixture.sandaohu) == ["a", "c"])
        #expect(ids(Fixture.fusong) == ["b"])
        #expect(ids(Fixture.taiping) == ["a", "c"])
        #expect(b.householdIndices(under: Fixture.taiping) == [0, 2], "registration order within a village")
        #expect(ids(Fixture.naerhong).isEmpty)
        #expect(b.householdIndices(under: Fixture.city).count == 4, "each household once")
    }

    @Test func pathRunsFromTheTopDown() {
        let b = Fixture.board()
        #expect(b.path(to: Fixture.taiping).map(\.code) == [Fixture.city, Fixture.jingyu, Fixture.sandaohu, Fixture.taiping])
        #expect(b.path(to: Fixture.taiping).map(\.level) == [.city, .county, .township, .village])
        #expect(b.path(to: Fixture.fusong).map(\.code) == [Fixture.city, Fixture.fusong])
        #expect(b.path(to: Fixture.city).map(\.code) == [Fixture.city])
        #expect(b.path(to: code("220699000000")).isEmpty)
    }

    @Test func isInsideFollowsTheBoardsParents() {
        let b = Fixture.board()
        #expect(b.isInside(Fixture.taiping, scope: Fixture.taiping))
        #expect(b.isInside(Fixture.taiping, scope: Fixture.sandaohu))
        #expect(b.isInside(Fixture.taiping, scope: Fixture.jingyu))
        #expect(b.isInside(Fixture.taiping, scope: Fixture.city))
        #expect(!b.isInside(Fixture.taiping, scope: Fixture.fusong))
        #expect(!b.isInside(Fixture.taiping, scope: Fixture.jingyuTown))
        #expect(!b.isInside(Fixture.jingyu, scope: Fixture.taiping))
        #expect(!b.isInside(code("220622101299"), scope: Fixture.city), "not on the board")
    }

    @Test func householdHistoryIsItsOwnOperationsOldestFirst() {
        var b = Fixture.board()
        let a = HouseholdID("a"), other = HouseholdID("b")
        b.must(.registerHousehold(Fixture.household(a.raw)))
        b.must(.registerHousehold(Fixture.household(other.raw)))
        b.must(.setCheck(a, .food, from: .unchecked, to: ItemCheck(state: .met)))
        b.must(.setCheck(other, .food, from: .unchecked, to: ItemCheck(state: .met)))
        b.must(.addTask(Fixture.task("t-a", about: .household(a))), by: Fixture.supervisor)
        b.must(.addTask(Fixture.task("t-v", about: .village(Fixture.taiping))), by: Fixture.supervisor)
        b.must(.markTaskDone(TaskID("t-a"), note: ""))
        b.must(.addVisit(a, Visit(day: Fixture.today, by: Fixture.secretary)))
        // A refused change is not history.
        b.mustRefuse(.removeMember(a, Fixture.member(a, 9)), .unknownMember(a, MemberID("a-9")))
        let history = b.history(ofHousehold: a)
        #expect(history.map(\.change.kind.rawValue) == ["registerHousehold", "setCheck", "addTask", "addVisit"])
        #expect(history.map(\.id.sequence) == history.map(\.id.sequence).sorted())
        #expect(history.allSatisfy { $0.change.household == a })
        #expect(b.history(ofHousehold: other).map(\.change.kind.rawValue) == ["registerHousehold", "setCheck"])
        #expect(b.history(ofHousehold: HouseholdID("none")).isEmpty)
        b.clearLog()
        #expect(b.history(ofHousehold: a).isEmpty && b.log.isEmpty)
        #expect(b.household(a) != nil, "forgetting the log keeps the board")
        b.must(.addVisit(a, Visit(day: Fixture.today, by: Fixture.secretary)))
        #expect(b.history(ofHousehold: a).map(\.change.kind.rawValue) == ["addVisit"])
    }

    @Test func nextSequenceFollowsEachLaptop() {
        var b = Board(today: Fixture.today)
        #expect(b.nextSequence(for: Fixture.laptop) == 1)
        b.must(.addUser(User(id: Fixture.head, name: "h", role: .admin, scope: Fixture.city)), by: Fixture.head)
        b.must(.setStandard(.baishan2020), by: Fixture.head)
        #expect(b.nextSequence(for: Fixture.laptop) == 3)
        #expect(b.nextSequence(for: DeviceID("other")) == 1)
        b.restoreSeen(DeviceID("other"), sequence: 41)
        #expect(b.nextSequence(for: DeviceID("other")) == 42)
        b.restoreSeen(DeviceID("other"), sequence: 7)
        #expect(b.nextSequence(for: DeviceID("other")) == 42, "restoring never moves a laptop back")
    }

    @Test func boardYearDefaultsToToday() {
        #expect(Board(today: day("2021-03-04")).year == 2021)
        #expect(Board(today: day("2021-03-04"), year: 2020).year == 2020)
    }

    @Test func restoringGivesTheSameBoardAsApplying() {
        var live = Fixture.board()
        live.must(.registerHousehold(Fixture.household("a", in: Fixture.taiping, checklist: Fixture.checklist(.met, except: [.water: .notMet]))))
        live.must(.registerHousehold(Fixture.household("b", in: Fixture.banshi, status: .edge, registered: false)), by: Fixture.admin)
        live.must(.addTask(Fixture.task("t-1", about: .household(HouseholdID("a")), due: day("2020-05-01"))), by: Fixture.supervisor)
        live.must(.addTask(Fixture.task("t-2", about: .village(Fixture.banshi))), by: Fixture.admin)
        live.must(.markTaskDone(TaskID("t-2"), note: ""))

        var restored = Board(today: live.today, year: live.year)
        // Parents first, as a snapshot stores them.
        for u in live.units.values.sorted(by: { $0.level < $1.level }) { restored.restore(u) }
        for h in live.households { restored.restore(h) }
        for t in live.tasks { restored.restore(t) }
        for u in live.users.values { restored.restore(u) }
        for s in live.standards.values { restored.restore(s) }
        for (d, s) in live.seen { restored.restoreSeen(d, sequence: s) }
        #expect(restored.rollups == live.rollups)
        #expect(rollupDifference(restored.rollups, restored.recountedRollups()) == nil)
        #expect(restored.children == live.children)
        #expect(restored.households == live.households && restored.tasks == live.tasks)
        #expect(restored.log.isEmpty)
        #expect(restored.nextSequence(for: Fixture.laptop) == live.nextSequence(for: Fixture.laptop))
        #expect(restored.taskIndices(forHousehold: HouseholdID("a")) == [0])
    }
}
