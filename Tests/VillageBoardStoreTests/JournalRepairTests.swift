import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// `village-board repair`'s store half: a journal two writers appended to at once stops the store opening; repair
/// keeps every byte (the lines that continue the numbering and chain stay, the others move into quarantine/), the
/// store opens again, and the author enters their set-aside lines again, once.
@Suite("Repairing a journal")
struct JournalRepairTests {
    typealias F = StoreFixtures

    /// The lines of a journal file, each with its "\n".
    static func lines(_ path: String) -> [Data] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return data.split(separator: 0x0A, omittingEmptySubsequences: true).map { Data($0) + Data([0x0A]) }
    }

    /// Two copies of one store, each saving on the same laptop's journal: A marks T1 (and T4) done, B marks T2, T3.
    static func twoWriters(_ name: String = #function) throws -> (a: String, ownA: [Data], ownB: [Data]) {
        let store = try F.store(name: name)
        let a = store.path
        store.close()
        let b = a + "-copy"
        try FileManager.default.copyItem(atPath: a, toPath: b)
        let journal = "/journal/" + F.device.raw + ".jsonl"
        let sa = try Store.open(at: a, device: F.device, today: F.today)
        try sa.save(.markTaskDone(TaskID("T1"), note: "A"), author: F.cadre, at: F.now)
        try sa.save(.markTaskDone(TaskID("T4"), note: "A"), author: F.cadre, at: F.now)
        sa.close()
        let sb = try Store.open(at: b, device: F.device, today: F.today)
        try sb.save(.markTaskDone(TaskID("T2"), note: "B"), author: F.cadre, at: F.now)
        try sb.save(.markTaskDone(TaskID("T3"), note: "B"), author: F.cadre, at: F.now)
        sb.close()
        return (a, lines(a + journal), lines(b + journal))
    }

    @Test func linesOfASecondWriterMoveAsideWholeAndTheStoreOpensAgain() throws {
        let (path, ownA, ownB) = try Self.twoWriters()
        let journal = path + "/journal/" + F.device.raw + ".jsonl"
        // A1, B1, B2, A2: B's lines repeat A's numbers; A2 still follows A1 in number and chain.
        let mixed = ownA[0] + ownB[0] + ownB[1] + ownA[1]
        try mixed.write(to: URL(fileURLWithPath: journal))
        #expect(throws: StoreError.self) { try Store.open(at: path, device: F.device, today: F.today) }

        let dry = try JournalRepair.repair(inStore: path, dryRun: true, now: F.now)
        #expect(dry.mended.map(\.setAside) == [[2, 3]] && dry.mended.first?.movedTo == nil)
        #expect(FileManager.default.contents(atPath: journal) == mixed, "a dry run changes nothing")

        let done = try JournalRepair.repair(inStore: path, dryRun: false, now: F.now)
        let mended = try #require(done.mended.first)
        #expect(done.unmendable.isEmpty && mended.kept == 2 && mended.setAside == [2, 3])
        #expect(mended.operations.map(\.change) == [.markTaskDone(TaskID("T2"), note: "B"), .markTaskDone(TaskID("T3"), note: "B")])
        // Every byte kept: the journal holds A's lines in order, quarantine B's, each exactly as written.
        #expect(FileManager.default.contents(atPath: journal) == ownA[0] + ownA[1])
        let moved = try #require(mended.movedTo)
        #expect(FileManager.default.contents(atPath: path + "/" + moved) == ownB[0] + ownB[1])

        let store = try Store.open(at: path, device: F.device, today: F.today)
        defer { store.close() }
        #expect(store.board.task(TaskID("T1"))?.state == .done && store.board.task(TaskID("T4"))?.state == .done)
        #expect(store.board.task(TaskID("T2"))?.state == .open)
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).isEmpty)

        // The author enters the set-aside lines again: new operations of this laptop, and only once.
        let file = try #require(JournalRepair.locate(moved, inStore: path))
        let lines = try JournalRepair.setAside(file, for: F.cadre, in: store)
        #expect(lines.map(\.standing) == [.ready, .ready])
        let other = try JournalRepair.setAside(file, for: F.supervisor, in: store)
        #expect(other.map(\.standing) == [.otherAuthor(F.cadre), .otherAuthor(F.cadre)])
        for line in lines { try store.save(try #require(line.operation).change, author: F.cadre, at: F.now) }
        try JournalRepair.markReplayed(lines.map(\.line), of: file)
        #expect(try JournalRepair.setAside(file, for: F.cadre, in: store).map(\.standing) == [.replayed, .replayed])
        #expect(store.board.task(TaskID("T2"))?.state == .done && store.board.task(TaskID("T3"))?.state == .done)
        #expect(FileManager.default.contents(atPath: path + "/" + moved) == ownB[0] + ownB[1], "the set-aside file stays")
    }

    @Test func aStrayLineInTheMiddleThatIsNotJSONIsMovedToo() throws {
        let (path, ownA, _) = try Self.twoWriters()
        let journal = path + "/journal/" + F.device.raw + ".jsonl"
        let junk = Data("{\"dev\":\"laptop-a\",\"seq\":\n".utf8)
        try (ownA[0] + junk + ownA[1]).write(to: URL(fileURLWithPath: journal))
        let done = try JournalRepair.repair(inStore: path, dryRun: false, now: F.now)
        #expect(done.mended.first?.setAside == [2] && done.mended.first?.operations.isEmpty == true)
        #expect(FileManager.default.contents(atPath: journal) == ownA[0] + ownA[1])
        let store = try Store.open(at: path, device: F.device, today: F.today)
        store.close()
    }

    @Test func aWholeJournalNeedsNoRepairAndTheLockIsRespected() throws {
        let (path, _, _) = try Self.twoWriters()
        let nothing = try JournalRepair.repair(inStore: path, dryRun: false, now: F.now)
        #expect(nothing.mended.isEmpty && nothing.unmendable.isEmpty)
        let open = try Store.open(at: path, device: F.device, today: F.today)
        defer { open.close() }
        #expect(throws: StoreError.self) { try JournalRepair.repair(inStore: path, dryRun: false, now: F.now) }
    }
}
