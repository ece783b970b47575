import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// `Store.saveTogether`: changes about different tasks in one write, each checked first; nothing written when any
/// is refused or two are about the same task.
@Suite("Saving a batch")
struct StoreBatchSaveTests {
    typealias F = StoreFixtures

    @Test func aBatchIsOneRunOfChainedLinesThatReopensToTheSameBoard() throws {
        let store = try F.store()
        let path = store.path
        let ops = try store.saveTogether([.markTaskDone(TaskID("T1"), note: "好了"), .markTaskDone(TaskID("T2"), note: "")],
                                         author: F.cadre, at: F.now)
        #expect(ops.map(\.id.sequence) == [1, 2])
        #expect(store.board.task(TaskID("T1"))?.state == .done && store.board.task(TaskID("T2"))?.state == .done)
        // A single save after the batch goes on from where the batch ended, in number and in chain.
        let third = try store.save(.markTaskDone(TaskID("T3"), note: ""), author: F.cadre, at: F.now)
        #expect(third.id.sequence == 3)
        let board = store.board
        store.close()
        let reopened = try Store.open(at: path, device: F.device, today: F.today)
        defer { reopened.close() }
        #expect(reopened.notices.isEmpty, "the chain is whole: \(reopened.notices)")
        #expect(reopened.board.tasks == board.tasks)
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).isEmpty)
    }

    @Test func oneRefusalOrTwoChangesToOneTaskWriteNothing() throws {
        let store = try F.store()
        defer { store.close() }
        let before = F.contents(of: store.path)
        // T1 is open: verifying it is refused, so T2's good change is not saved either.
        #expect(throws: StoreError.self) {
            try store.saveTogether([.markTaskDone(TaskID("T2"), note: ""), .verifyTask(TaskID("T1"))], author: F.cadre, at: F.now)
        }
        let overlap = #expect(throws: StoreError.self) {
            try store.saveTogether([.markTaskDone(TaskID("T2"), note: ""), .markTaskDone(TaskID("T2"), note: "")],
                                   author: F.cadre, at: F.now)
        }
        guard case .overlappingBatch = overlap else { Issue.record("expected overlappingBatch, got \(String(describing: overlap))"); return }
        #expect(F.contents(of: store.path) == before)
        #expect(store.board.task(TaskID("T2"))?.state == .open)
        #expect(store.refusal(of: .verifyTask(TaskID("T1")), author: F.supervisor, at: F.now) != nil)
        #expect(store.refusal(of: .markTaskDone(TaskID("T1"), note: ""), author: F.cadre, at: F.now) == nil)
    }
}
