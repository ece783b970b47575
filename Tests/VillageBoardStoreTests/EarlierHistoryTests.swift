import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// Histories reach back past a compaction: the operations folded into the snapshot are read from the journals when
/// a history asks, in the merge order, and never twice with the board's own log.
@Suite("History before the last compaction")
struct EarlierHistoryTests {
    typealias F = StoreFixtures

    @Test func aCompactedOperationIsStillInItsTasksAndHouseholdsHistory() throws {
        let store = try F.store()
        let path = store.path
        #expect(store.earlier.isEmpty)
        let done = try store.save(.markTaskDone(TaskID("T1"), note: "已办"), author: F.cadre, at: F.now)
        let check = try store.save(.setCheck(HouseholdID("220622103201-0001"), .housing,
                                             from: store.board.household(HouseholdID("220622103201-0001"))?.checklist[.housing] ?? ItemCheck(),
                                             to: ItemCheck(state: .met, note: "改造完成", checkedBy: F.cadre, checkedOn: F.today)),
                                   author: F.cadre, at: F.now)
        try store.compact()
        store.close()

        let reopened = try Store.open(at: path, device: F.device, today: F.today)
        #expect(reopened.board.log.isEmpty, "the snapshot holds both")
        #expect(!reopened.earlier.isEmpty)
        #expect(reopened.earlier.about(task: TaskID("T1")).map(\.id) == [done.id])
        #expect(reopened.earlier.about(household: HouseholdID("220622103201-0001")).map(\.id) == [check.id])
        #expect(reopened.earlier.about(task: TaskID("T2")).isEmpty)
        // A change after the reopen is the board's own, not an earlier one: nothing is listed twice.
        let verify = try reopened.save(.sendBackTask(TaskID("T1"), reason: "照片不清"), author: F.supervisor, at: F.now)
        #expect(reopened.earlier.all().map(\.id) == [done.id, check.id])
        #expect(reopened.board.history(ofTask: TaskID("T1")).map(\.id) == [verify.id])
        reopened.close()
    }
}
