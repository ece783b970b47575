import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore
import VillageBoardDemo

@Suite("Store: create, save, reopen, compact")
struct StoreOpenSaveTests {
    typealias F = StoreFixtures

    @Test func createdStoreReopensWithTheSameBoard() throws {
        let store = try F.store()
        let path = store.path
        store.close()
        let reopened = try Store.open(at: path, device: F.device, today: F.today)
        let original = F.board()
        #expect(reopened.board.households == original.households)
        #expect(reopened.board.tasks == original.tasks)
        #expect(reopened.board.rollups == original.rollups)
        #expect(reopened.board.users == original.users)
        #expect(reopened.access == .writer)
        #expect(reopened.notices.isEmpty)
    }

    @Test func aSavedChangeIsInTheJournalAndSurvivesReopening() throws {
        let store = try F.store()
        let id = store.board.households[0].id
        let old = store.board.households[0].checklist[.housing]
        let new = ItemCheck(state: .met, note: "改造完成", checkedBy: F.cadre, checkedOn: F.today)
        let op = try store.save(.setCheck(id, .housing, from: old, to: new), author: F.cadre, at: F.now)
        #expect(op.id == OperationID(device: F.device, sequence: 1))
        #expect(store.board.household(id)?.checklist[.housing] == new)
        let path = store.path
        store.close()
        let journal = try String(contentsOfFile: path + "/journal/laptop-a.jsonl", encoding: .utf8)
        #expect(journal.split(separator: "\n").count == 1)
        #expect(journal.contains("\"kind\":\"setCheck\""))
        let reopened = try Store.open(at: path, device: F.device, today: F.today)
        #expect(reopened.board.household(id)?.checklist[.housing] == new)
        #expect(reopened.board.nextSequence(for: F.device) == 2)
    }

    @Test func aSaveChangesTheOneBoardInPlace() throws {
        // The screens read `store.live`, the very board a save changes: no second copy exists to make the save copy
        // the households (copy on write), and nobody hands the board over before saving.
        let store = try F.store()
        let live = store.live
        let households = live.board.households.withUnsafeBufferPointer { $0.baseAddress }
        let marks = live.board.householdMarks.withUnsafeBufferPointer { $0.baseAddress }
        let id = live.board.households[0].id
        let old = live.board.households[0].checklist[.water]
        let new = ItemCheck(state: .notMet, note: "水质待检", checkedBy: F.cadre, checkedOn: F.today)
        try store.save(.setCheck(id, .water, from: old, to: new), author: F.cadre, at: F.now)
        #expect(live.board.households.withUnsafeBufferPointer { $0.baseAddress } == households)
        #expect(live.board.householdMarks.withUnsafeBufferPointer { $0.baseAddress } == marks)
        #expect(live.board.household(id)?.checklist[.water] == new)
        #expect(store.live === live)
    }

    @Test func aRefusedChangeWritesNothing() throws {
        let store = try F.store()
        #expect(throws: StoreError.self) {
            try store.save(.verifyTask(TaskID("T1")), author: F.supervisor, at: F.now)   // still open
        }
        #expect(!FileManager.default.fileExists(atPath: store.path + "/journal/laptop-a.jsonl"))
        #expect(store.board.nextSequence(for: F.device) == 1)
    }

    @Test func replayingTheJournalGivesTheLiveBoard() throws {
        let store = try F.store(households: 20)
        var rng = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let i = Int.random(in: 0..<store.board.households.count, using: &rng)
            let h = store.board.households[i]
            let item = ChecklistItem.allCases.randomElement(using: &rng) ?? .food
            // Not applicable only where the year's rule allows it (education with no child of school age).
            let states = ItemState.allCases.filter { $0 != .notApplicable || item == .education }
            var state = states.randomElement(using: &rng) ?? .met
            if state == .notApplicable, let s = store.board.standard,
               !s.notApplicableRule(item).allows(members: h.members, year: store.board.year, standard: s) { state = .met }
            let to = ItemCheck(state: state, note: "第\(round)次", checkedBy: F.cadre, checkedOn: F.today)
            try store.save(.setCheck(h.id, item, from: h.checklist[item], to: to), author: F.cadre, at: F.now)
            if round % 10 == 0 {
                let task = TaskID("T\(i + 1)")
                if store.board.task(task)?.state == .open {
                    try store.save(.markTaskDone(task, note: "完成"), author: F.cadre, at: F.now)
                } else if store.board.task(task)?.state == .done {
                    try store.save(.verifyTask(task), author: F.supervisor, at: F.now)
                }
            }
        }
        let live = store.board
        let path = store.path
        store.close()
        let replayed = try Store.open(at: path, device: F.device, today: F.today).board
        #expect(replayed.households == live.households)
        #expect(replayed.tasks == live.tasks)
        #expect(replayed.rollups == live.rollups)
        #expect(replayed.rollups == replayed.recountedRollups())
        #expect(replayed.seen == live.seen)
    }

    @Test func compactionKeepsJournalsAndTheBoard() throws {
        let store = try F.store()
        let h = store.board.households[1]
        try store.save(.addVisit(h.id, Visit(day: F.today, by: F.cadre, found: "住房漏雨", done: "联系维修")), author: F.cadre, at: F.now)
        try store.save(.markTaskDone(TaskID("T2"), note: "已完成"), author: F.cadre, at: F.now)
        let journalBefore = try Data(contentsOf: URL(fileURLWithPath: store.path + "/journal/laptop-a.jsonl"))
        try store.compact()
        let live = store.board
        let path = store.path
        store.close()
        let journalAfter = try Data(contentsOf: URL(fileURLWithPath: path + "/journal/laptop-a.jsonl"))
        #expect(journalAfter == journalBefore)
        let header = try String(contentsOfFile: path + "/snapshot.jsonl", encoding: .utf8).split(separator: "\n")[0]
        #expect(header.contains("\"laptop-a\":{\"seq\":2,\"bytes\":\(journalBefore.count)}"))
        let reopened = try Store.open(at: path, device: F.device, today: F.today)
        #expect(reopened.board.households == live.households)
        #expect(reopened.board.tasks == live.tasks)
        #expect(reopened.board.nextSequence(for: F.device) == 3)
        // Saving after compaction continues the same journal.
        try reopened.save(.verifyTask(TaskID("T2")), author: F.supervisor, at: F.now)
        reopened.close()
        let again = try Store.open(at: path, device: F.device, today: F.today)
        #expect(again.board.task(TaskID("T2"))?.state == .verified)
    }

    @Test func filesAreOwnerOnly() throws {
        let old = umask(0)
        defer { umask(old) }
        let store = try F.store()
        try store.save(.markTaskDone(TaskID("T1"), note: ""), author: F.cadre, at: F.now)
        for (rel, mode) in [("", 0o700), ("journal", 0o700), ("store.json", 0o600), ("snapshot.jsonl", 0o600),
                            ("journal/laptop-a.jsonl", 0o600), ("lock", 0o600)] {
            let attributes = try FileManager.default.attributesOfItem(atPath: store.path + (rel.isEmpty ? "" : "/" + rel))
            let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
            #expect(permissions == mode, "\(rel) is \(String(permissions, radix: 8))")
        }
    }

    @Test func aSecondOpenIsReadOnlyAndSaysSo() throws {
        let first = try F.store()
        let second = try Store.open(at: first.path, device: F.device, today: F.today)
        #expect(second.access == .readOnly)
        #expect(second.notices.contains(.lockedByAnotherProcess))
        #expect(throws: StoreError.self) {
            try second.save(.markTaskDone(TaskID("T1"), note: ""), author: F.cadre, at: F.now)
        }
        second.close()
        first.close()
        let third = try Store.open(at: first.path, device: F.device, today: F.today)
        #expect(third.access == .writer)
    }

    @Test func snapshotsAreDeterministic() {
        let demo = BaishanDemo.board()
        #expect(Snapshot.encode(demo, covers: [:]) == Snapshot.encode(BaishanDemo.board(), covers: [:]))
    }

    @Test func theDemoRoundTripsThroughASnapshot() throws {
        let demo = BaishanDemo.board()
        let loaded = try Snapshot.decode(Snapshot.encode(demo, covers: [:]), file: "snapshot.jsonl", today: demo.today)
        #expect(loaded.board.households == demo.households)
        #expect(loaded.board.tasks == demo.tasks)
        #expect(loaded.board.units == demo.units)
        #expect(loaded.board.users == demo.users)
        #expect(loaded.board.standards == demo.standards)
        #expect(loaded.board.rollups == demo.rollups)
    }
}
