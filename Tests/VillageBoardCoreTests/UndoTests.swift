import Testing
@testable import VillageBoardCore

/// Undo is a new operation that puts back what the user's last change replaced.
@Suite struct UndoTests {
    let h = HouseholdID("h-1")

    func board() -> Board {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household(h.raw)))
        return b
    }

    @Test func undoingACheckPutsTheOldCheckBack() throws {
        var b = board()
        let old = b.household(h)!.checklist[.water]
        b.must(.setCheck(h, .water, from: old, to: ItemCheck(state: .notMet, note: "水质不达标")))
        let undo = try #require(Undo.change(undoingLastOf: Fixture.secretary, device: Fixture.laptop, on: b))
        b.must(undo)
        #expect(b.household(h)?.checklist[.water] == old)
        #expect(b.rollup(Fixture.taiping).itemsNotMet == 0)
        #expect(b.log.count == Fixture.board().log.count + 3, "the undo is logged, nothing is deleted")
        // Undoing the undo puts the change back.
        let redo = try #require(Undo.change(undoingLastOf: Fixture.secretary, device: Fixture.laptop, on: b))
        b.must(redo)
        #expect(b.household(h)?.checklist[.water].state == .notMet)
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }

    @Test func undoingAnAddedMemberRemovesIt() throws {
        var b = board()
        b.must(.addMember(h, Fixture.member(h, 4)))
        b.must(try #require(Undo.change(undoingLastOf: Fixture.secretary, device: Fixture.laptop, on: b)))
        #expect(b.household(h)?.size == 3)
        #expect(b.rollup(Fixture.city).people == 3)
    }

    @Test func undoingAnExitRollsItBackWithAReason() throws {
        var b = board()
        b.must(.setStatus(h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Fixture.supervisor)
        let undo = try #require(Undo.change(undoingLastOf: Fixture.supervisor, device: Fixture.laptop, on: b))
        b.must(undo, by: Fixture.supervisor)
        #expect(b.household(h)?.status == .notOut)
    }

    @Test func onlyTheUsersOwnChangesOnThisLaptop() {
        var b = board()
        b.must(.setIncome(h, from: b.household(h)!.income, to: Income(wages: 1)), by: Fixture.supervisor)
        b.must(.setIncome(h, from: Income(wages: 1), to: Income(wages: 2)), by: Fixture.secretary, device: DeviceID("other"))
        let undo = Undo.change(undoingLastOf: Fixture.supervisor, device: Fixture.laptop, on: b)
        #expect(undo == .setIncome(h, from: Income(wages: 1), to: Fixture.household(h.raw).income))
        #expect(Undo.change(undoingLastOf: Fixture.head, device: Fixture.laptop, on: b) == nil)
    }

    @Test func workflowStepsAndRegistrationsAreNotUndone() {
        var b = board()
        b.must(.addTask(Fixture.task("t", about: .household(h))))
        #expect(Undo.change(undoingLastOf: Fixture.secretary, device: Fixture.laptop, on: b) == nil)
        b.must(.markTaskDone(TaskID("t"), note: ""))
        #expect(Undo.change(undoingLastOf: Fixture.secretary, device: Fixture.laptop, on: b) == nil)
        #expect(Undo.inverse(of: .registerHousehold(Fixture.household("x")), on: b) == nil)
    }
}
