import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// Undo through the store, as `u` does it: the inverse of the user's own last change, saved as a new operation
/// (chained like any other), through the same permission table; the history keeps both.
@Suite("Undo as a new operation")
struct UndoSaveTests {
    typealias F = StoreFixtures

    @Test func undoIsANewOperationAndTheHistoryKeepsBoth() throws {
        let store = try F.store(households: 2)
        defer { store.close() }
        let h = HouseholdID("220622103201-0001")
        let old = store.board.household(h)!.checklist[.housing]
        try store.save(.setCheck(h, .housing, from: old, to: ItemCheck(state: .met, note: "改造完成")), author: F.cadre, at: F.now)
        let undo = try #require(Undo.change(undoingLastOf: F.cadre, device: store.device, on: store.board))
        try store.save(undo, author: F.cadre, at: F.now)
        #expect(store.board.household(h)?.checklist[.housing] == old)
        #expect(store.board.history(ofHousehold: h).map(\.change.kind) == [.setCheck, .setCheck])
        // Only the user's own changes: the supervisor has nothing to undo.
        #expect(Undo.change(undoingLastOf: F.supervisor, device: store.device, on: store.board) == nil)
        let bytes = try FileIO.readWholeFile(store.path + "/journal/laptop-a.jsonl")
        #expect(JournalChain.verify(bytes).firstBreak == nil && JournalChain.verify(bytes).lines == 2)
    }

    @Test func anUndoGoesThroughThePermissionTableToo() throws {
        let store = try F.store(households: 1)
        defer { store.close() }
        let h = HouseholdID("220622103201-0001")
        try store.save(.addVisit(h, Visit(day: F.today, by: F.cadre)), author: F.cadre, at: F.now)
        let old = store.board.household(h)!.income
        try store.save(.setIncome(h, from: old, to: Income(wages: 9000)), author: F.cadre, at: F.now)
        // The cadre is disabled before undoing: the undo is refused like any change of theirs, and nothing is saved.
        let me = store.board.user(F.cadre)!
        var off = me
        off.disabled = true
        try store.save(.updateUser(from: me, to: off), author: F.admin, at: F.now)
        let undo = try #require(Undo.change(undoingLastOf: F.cadre, device: store.device, on: store.board))
        #expect(throws: StoreError.self) { try store.save(undo, author: F.cadre, at: F.now) }
        #expect(store.board.household(h)?.income == Income(wages: 9000))
    }
}
