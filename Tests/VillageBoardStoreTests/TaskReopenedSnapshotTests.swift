import Testing
import VillageBoardCore
@testable import VillageBoardStore

/// A reopened task stays told as reopened (not "sent back") across a compaction: the snapshot keeps `reopened`.
@Suite struct TaskReopenedSnapshotTests {
    typealias F = StoreFixtures

    @Test func aReopenedTaskIsStillReopenedAfterCompaction() throws {
        let store = try F.store(households: 1)
        let h = HouseholdID("220622103201-0001")
        let id = TaskID("reopen-1")
        try store.save(.addTask(WorkTask(id: id, subject: .household(h), title: "危房改造", owner: F.cadre, due: F.today,
                                         createdBy: F.admin, createdOn: F.today)), author: F.admin, at: F.now)
        try store.save(.markTaskDone(id, note: ""), author: F.cadre, at: F.now)
        try store.save(.verifyTask(id), author: F.admin, at: F.now)
        try store.save(.reopenTask(id, reason: "回头看：墙体开裂"), author: F.admin, at: F.now)
        try store.compact()
        let path = store.path
        store.close()
        let reopened = try Store.open(at: path, device: F.device, today: F.today)
        defer { reopened.close() }
        #expect(reopened.board.task(id)?.reopened == true)
        #expect(reopened.board.task(id)?.returnReason == "回头看：墙体开裂")
    }
}
