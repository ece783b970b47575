import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// A store opened for one task's sake (`Store.open(…, focus:)`, what `village-board task done` uses) reads only
/// that task's household, yet saves exactly what a whole open would have saved.
@Suite("Store opened for some tasks")
struct StoreFocusTests {
    typealias F = StoreFixtures

    @Test func readsOnlyTheTasksHouseholdAndEverythingElseWhole() throws {
        let store = try F.store(households: 30)
        let path = store.path
        store.close()
        let focused = try Store.open(at: path, device: F.device, today: F.today, focus: [TaskID("T7")])
        #expect(focused.focus == [TaskID("T7")])
        #expect(focused.board.households.map(\.id) == [HouseholdID("220622103201-0007")])
        #expect(focused.board.tasks.count == 30)
        #expect(focused.board.users.count == 3)
        #expect(focused.board.units.count == 4)
        #expect(throws: StoreError.self) { try focused.compact() }
    }

    @Test func aChangeSavedThroughAFocusedOpenIsTheSameAsThroughAWholeOne() throws {
        let store = try F.store(households: 30)
        let path = store.path
        // Work on other households first, so the journal holds operations the focused board cannot apply.
        for i in [2, 9, 17] {
            let h = try #require(store.board.household(HouseholdID("220622103201-\(String(format: "%04d", i))")))
            let to = ItemCheck(state: .met, note: "改造完成", checkedBy: F.cadre, checkedOn: F.today)
            try store.save(.setCheck(h.id, .housing, from: h.checklist[.housing], to: to), author: F.cadre,
                           at: Timestamp(day: F.today, hour: 10 + i))
        }
        let frontier = store.board.frontier
        store.close()

        let focused = try Store.open(at: path, device: F.device, today: F.today, focus: [TaskID("T5")])
        #expect(focused.board.households.count == 1)
        #expect(focused.notices.isEmpty)
        // Operations passed over still count: the next sequence and the merge order are the whole board's.
        #expect(focused.board.nextSequence(for: F.device) == 4)
        #expect(focused.board.frontier == frontier)
        let op = try focused.save(.markTaskDone(TaskID("T5"), note: "已完成"), author: F.cadre, at: F.now)
        #expect(op.id.sequence == 4)
        let before = try #require(frontier)
        #expect(op.time > before.time)
        // A task of a household it did not read cannot be changed through it.
        #expect(throws: StoreError.self) {
            try focused.save(.markTaskDone(TaskID("T6"), note: ""), author: F.cadre, at: F.now)
        }
        focused.close()

        let whole = try Store.open(at: path, device: F.device, today: F.today)
        #expect(whole.notices.isEmpty)
        #expect(whole.board.households.count == 30)
        #expect(whole.board.task(TaskID("T5"))?.state == .done)
        #expect(whole.board.conflicts.isEmpty)
        #expect(whole.board.rollups == whole.board.recountedRollups())
        whole.close()
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).isEmpty)
    }

    @Test func aTaskAddedSinceTheSnapshotIsReadWithTheWholeBoard() throws {
        let store = try F.store(households: 10)
        let path = store.path
        let task = WorkTask(id: TaskID("T-new"), subject: .household(HouseholdID("220622103201-0003")), title: "补办医保",
                            owner: F.cadre, due: F.today.adding(days: 5), createdBy: F.admin, createdOn: F.today)
        try store.save(.addTask(task), author: F.admin, at: F.now)
        store.close()
        let focused = try Store.open(at: path, device: F.device, today: F.today, focus: [TaskID("T-new")])
        #expect(focused.focus == nil)
        #expect(focused.board.households.count == 10)
        try focused.save(.markTaskDone(TaskID("T-new"), note: "办好了"), author: F.cadre, at: F.now)
    }
}
