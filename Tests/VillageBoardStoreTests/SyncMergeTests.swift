import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore
import VillageBoardDemo

@Suite("Sync: merging laptops' journals")
struct SyncMergeTests {
    typealias F = StoreFixtures
    typealias L = SyncLab

    /// The board every laptop must reach: the base plus every journal copied in directly, opened from scratch.
    static func reference(_ paths: [String], base: String, name: String = #function) throws -> String {
        let ref = F.folder(name + "-reference")
        try L.copyStore(base, to: ref)
        for p in paths {
            for file in (try FileManager.default.contentsOfDirectory(atPath: p + "/journal")) {
                try FileManager.default.copyItem(atPath: p + "/journal/" + file, toPath: ref + "/journal/" + file)
            }
        }
        return try L.look(ref).fingerprint
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func anyOrderGroupingAndRepetitionGivesTheSameBoard(seed: UInt64) throws {
        let laptops = 4
        let (base, edited) = try L.laptops(laptops, name: "perm\(seed)")
        var made = 0
        for (i, p) in edited.enumerated() { made += try L.edit(p, laptop: i, count: 25, seed: seed * 100 + UInt64(i)) }
        let expected = try Self.reference(edited, base: base, name: "perm\(seed)")
        var rng = SplitMix64(seed: seed)
        // Three schedules: each starts from fresh copies of the edited laptops and merges in a random order of
        // random pairs (some repeated, some through bundles), then a final round so everyone has everything.
        for schedule in 0..<3 {
            var copies: [String] = []
            for (i, p) in edited.enumerated() {
                let c = F.folder("perm\(seed)-s\(schedule)-l\(i)")
                try L.copyStore(p, to: c)
                copies.append(c)
            }
            for _ in 0..<8 {
                let a = Int(rng.next() % UInt64(laptops)), b = Int(rng.next() % UInt64(laptops))
                guard a != b else { continue }
                try L.sync(copies[a], from: copies[b], device: L.device(a), viaBundle: rng.next() % 2 == 0)
                if rng.next() % 3 == 0 {   // repetition: merging again changes nothing
                    let report = try L.sync(copies[a], from: copies[b], device: L.device(a))
                    #expect(report.total == 0)
                }
            }
            // Gather into a random hub, then spread from it, both in random orders.
            let order = (0..<laptops).shuffled(using: &rng)
            let hub = order[0]
            for i in order.dropFirst() { try L.sync(copies[hub], from: copies[i], device: L.device(hub)) }
            for i in order.dropFirst().shuffled(using: &rng) {
                try L.sync(copies[i], from: copies[hub], device: L.device(i), viaBundle: rng.next() % 2 == 0)
            }
            for (i, c) in copies.enumerated() {
                let (fingerprint, board) = try L.look(c)
                #expect(fingerprint == expected, "schedule \(schedule), laptop \(i)")
                // No operation lost: every line every laptop saved is in every journal folder and has been seen.
                #expect(L.lineCounts(c).values.reduce(0, +) == made)
                for j in 0..<laptops {
                    #expect(board.seen[L.device(j)] == L.lineCounts(edited[j])["laptop-\(j + 1).jsonl"])
                }
                #expect(board.rollups == board.recountedRollups())
            }
        }
    }

    @Test func mergingTwiceChangesNoFile() throws {
        let (_, paths) = try L.laptops(2)
        _ = try L.edit(paths[0], laptop: 0, count: 10, seed: 7)
        _ = try L.edit(paths[1], laptop: 1, count: 10, seed: 8)
        try L.sync(paths[0], from: paths[1], device: L.device(0))
        let before = F.contents(of: paths[0]).filter { $0.key != "lock" }
        let report = try L.sync(paths[0], from: paths[1], device: L.device(0), viaBundle: true)
        #expect(report.total == 0)
        #expect(F.contents(of: paths[0]).filter { $0.key != "lock" } == before)
    }

    @Test func journalsAreCopiedByteForByte() throws {
        let (_, paths) = try L.laptops(2)
        _ = try L.edit(paths[1], laptop: 1, count: 12, seed: 9)
        try L.sync(paths[0], from: paths[1], device: L.device(0), viaBundle: true)
        let theirs = FileManager.default.contents(atPath: paths[1] + "/journal/laptop-2.jsonl")
        #expect(theirs != nil)
        #expect(FileManager.default.contents(atPath: paths[0] + "/journal/laptop-2.jsonl") == theirs)
    }

    // MARK: Conflicts

    /// Two laptops set the same household's housing check differently, each without seeing the other.
    static func concurrentChecks() throws -> (a: String, b: String, household: HouseholdID) {
        let (_, paths) = try L.laptops(2, name: "concurrent")
        var household = HouseholdID("")
        for (i, p) in paths.enumerated() {
            let store = try Store.open(at: p, device: L.device(i), today: F.today)
            let h = store.board.households[0]
            household = h.id
            let to = ItemCheck(state: i == 0 ? .met : .notMet, note: i == 0 ? "改造完成" : "仍是C级", checkedBy: F.cadre, checkedOn: F.today)
            try store.save(.setCheck(h.id, .housing, from: h.checklist[.housing], to: to), author: F.cadre,
                           at: Timestamp(day: F.today, hour: 10 + i))
            store.close()
        }
        return (paths[0], paths[1], household)
    }

    @Test func concurrentEditsOfOneFieldKeepBothValuesAndShowTheLaterOne() throws {
        let (a, b, h) = try Self.concurrentChecks()
        try L.sync(a, from: b, device: L.device(0))
        try L.sync(b, from: a, device: L.device(1), viaBundle: true)
        let (fa, boardA) = try L.look(a)
        let (fb, _) = try L.look(b)
        #expect(fa == fb)
        let conflicts = boardA.conflictList
        #expect(conflicts.count == 1)
        let c = try #require(conflicts.first)
        #expect(c.field == .check(h, .housing))
        #expect(c.entries.count == 2)
        #expect(c.entries.map { $0.op?.id.device } == [L.device(0), L.device(1)])
        // The winner is the later one in the merge order (laptop-2 saved at 11:00, laptop-1 at 10:00).
        #expect(c.winner == 1)
        #expect(boardA.household(h)?.checklist[.housing].state == .notMet)
        if case .check(let kept)? = c.entries[0].value { #expect(kept.note == "改造完成") } else { Issue.record("no value") }
    }

    @Test func choosingASideIsANewOperationThatSettlesTheConflictEverywhere() throws {
        let (a, b, h) = try Self.concurrentChecks()
        try L.sync(a, from: b, device: L.device(0))
        let store = try Store.open(at: a, device: L.device(0), today: F.today)
        let conflict = try #require(store.board.conflictList.first)
        let change = try #require(store.board.resolution(of: conflict, choosing: 0, reason: "现场核实"))
        try store.save(change, author: F.cadre, at: Timestamp(day: F.today, hour: 9))
        #expect(store.board.conflictList.isEmpty)
        #expect(store.board.household(h)?.checklist[.housing].note == "改造完成")
        store.close()
        try L.sync(b, from: a, device: L.device(1))
        let (fa, boardA) = try L.look(a)
        let (fb, boardB) = try L.look(b)
        #expect(fa == fb)
        #expect(boardA.conflictList.isEmpty && boardB.conflictList.isEmpty)
        #expect(boardB.household(h)?.checklist[.housing].state == .met)
    }

    @Test func sameValueOnBothLaptopsIsNoConflict() throws {
        let (_, paths) = try L.laptops(2)
        for (i, p) in paths.enumerated() {
            let store = try Store.open(at: p, device: L.device(i), today: F.today)
            let h = store.board.households[1]
            let to = ItemCheck(state: .met, note: "同", checkedBy: F.cadre, checkedOn: F.today)
            try store.save(.setCheck(h.id, .water, from: h.checklist[.water], to: to), author: F.cadre, at: F.now)
            store.close()
        }
        try L.sync(paths[0], from: paths[1], device: L.device(0))
        #expect(try L.look(paths[0]).board.conflictList.isEmpty)
    }

    @Test func verifiedOnOneLaptopSentBackOnAnotherIsAStructuralConflict() throws {
        let (_, paths) = try L.laptops(2)
        // Both laptops see the task marked done (laptop-1 marks it, laptop-2 receives it).
        let first = try Store.open(at: paths[0], device: L.device(0), today: F.today)
        try first.save(.markTaskDone(TaskID("T1"), note: "完成"), author: F.cadre, at: Timestamp(day: F.today, hour: 8))
        first.close()
        try L.sync(paths[1], from: paths[0], device: L.device(1))
        // Then, without meeting: laptop-1's supervisor verifies at 10:00, laptop-2's sends back at 11:00.
        let one = try Store.open(at: paths[0], device: L.device(0), today: F.today)
        try one.save(.verifyTask(TaskID("T1")), author: F.supervisor, at: Timestamp(day: F.today, hour: 10))
        one.close()
        let two = try Store.open(at: paths[1], device: L.device(1), today: F.today)
        try two.save(.sendBackTask(TaskID("T1"), reason: "照片不清"), author: F.supervisor, at: Timestamp(day: F.today, hour: 11))
        two.close()
        try L.sync(paths[0], from: paths[1], device: L.device(0))
        try L.sync(paths[1], from: paths[0], device: L.device(1))
        let (fa, board) = try L.look(paths[0])
        #expect(try L.look(paths[1]).fingerprint == fa)
        // The earlier verification stands; the send-back is kept in its journal and listed, not applied.
        #expect(board.task(TaskID("T1"))?.state == .verified)
        let c = try #require(board.conflicts[.task(TaskID("T1"))])
        #expect(c.isStructural)
        #expect(c.entries.last?.applied == false)
        #expect(c.entries.last?.op?.change == .sendBackTask(TaskID("T1"), reason: "照片不清"))
        // Choosing the send-back reopens the task with its reason.
        #expect(board.resolution(of: c, choosing: c.entries.count - 1, reason: "")
                == .reopenTask(TaskID("T1"), reason: "照片不清"))
    }

    @Test func conflictsSurviveCompaction() throws {
        let (a, b, _) = try Self.concurrentChecks()
        try L.sync(a, from: b, device: L.device(0))
        let store = try Store.open(at: a, device: L.device(0), today: F.today)
        let before = store.board.conflictList
        try store.compact()
        store.close()
        let after = try L.look(a).board.conflictList
        #expect(after == before)
        #expect(after.count == 1)
    }

    @Test func aNewOperationSortsAfterEverythingItsLaptopHasSeen() throws {
        let (_, paths) = try L.laptops(2)
        let ahead = try Store.open(at: paths[1], device: L.device(1), today: F.today)
        let h = ahead.board.households[0]
        try ahead.save(.addVisit(h.id, Visit(day: F.today, by: F.cadre)), author: F.cadre, at: Timestamp(day: F.today, hour: 20))
        ahead.close()
        try L.sync(paths[0], from: paths[1], device: L.device(0))
        // laptop-1's clock is behind: its next operation is still stamped after what it has seen.
        let behind = try Store.open(at: paths[0], device: L.device(0), today: F.today)
        let op = try behind.save(.addVisit(h.id, Visit(day: F.today, by: F.cadre)), author: F.cadre, at: Timestamp(day: F.today, hour: 7))
        behind.close()
        #expect(op.time > Timestamp(day: F.today, hour: 20))
    }
}
