import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// `check` reads the snapshot as opening does, on both cores, and hands that board to the open; only a snapshot
/// with a flaw is then read line by line. Whichever way it went, the findings must be the ones reading every line
/// on its own gives, in the same order and words.
@Suite("Check reads the snapshot once")
struct StoreCheckSnapshotReadTests {
    typealias F = StoreFixtures

    /// A compacted store with a few visits after the snapshot, its snapshot's lines edited by `edit`.
    func store(name: String = #function, _ edit: (inout [String]) -> Void = { _ in }) throws -> String {
        let store = try F.store(households: 8, name: name)
        let h = store.board.households[0].id
        for i in 0..<3 { try store.save(.addVisit(h, Visit(day: F.today, by: F.cadre, found: "第\(i)次")), author: F.cadre, at: F.now) }
        try store.compact()
        try store.save(.addVisit(h, Visit(day: F.today, by: F.cadre, found: "后")), author: F.cadre, at: F.now)
        store.close()
        let file = store.path + "/snapshot.jsonl"
        var lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        if lines.last == "" { lines.removeLast() }
        edit(&lines)
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: false, encoding: .utf8)
        return store.path
    }

    /// Findings and notes both ways: the snapshot read whole first, and only line by line.
    func bothWays(_ path: String) -> (whole: [String], lineByLine: [String]) {
        var notes: [StoreCheck.Problem] = [], lineNotes: [StoreCheck.Problem] = []
        let whole = StoreCheck.run(path: path, device: F.device, today: F.today, notes: &notes, readingWhole: true)
        let lines = StoreCheck.run(path: path, device: F.device, today: F.today, notes: &lineNotes, readingWhole: false)
        return ((whole + notes).map(\.description), (lines + lineNotes).map(\.description))
    }

    static func householdLine(_ lines: [String]) -> Int? {
        lines.firstIndex { $0.hasPrefix("{\"type\":\"household\"") }
    }

    @Test func aCleanStoreIsReadWholeAndChecksClean() throws {
        let path = try store()
        var facts = SnapshotFacts()
        let read = try #require(StoreCheck.readWhole(path: path, file: "snapshot.jsonl", today: F.today, facts: &facts))
        #expect(read.board.households.count == 8)
        #expect(facts.firstLine.count == 8)
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).isEmpty)
        let (whole, lines) = bothWays(path)
        #expect(whole == lines)
    }

    @Test func aRecordedAgainHouseholdAndAMissingVillageAreFoundReadingWhole() throws {
        let path = try store { lines in
            guard let i = Self.householdLine(lines) else { return }
            lines.insert(lines[i], at: i + 1)
            lines[i + 3] = lines[i + 3].replacingOccurrences(of: "\"village\":\"220622103201\"", with: "\"village\":\"220622103299\"")
            lines[i + 4] = lines[i + 4].replacingOccurrences(of: "\"village\":\"220622103201\"", with: "\"village\":\"220622103000\"")
        }
        var facts = SnapshotFacts()
        #expect(StoreCheck.readWhole(path: path, file: "snapshot.jsonl", today: F.today, facts: &facts) != nil)
        let (whole, lines) = bothWays(path)
        #expect(whole.count == 3)
        #expect(whole == lines)
    }

    @Test(arguments: [
        "{\"type\":\"household\",\"id\":\"x\"}",          // a household missing its fields
        "{\"type\":\"unit\",\"code\":\"220622103202\",\"name\":\"新村\",\"level\":\"village\",\"parent\":\"220622103999\"}",
        "{\"type\":\"household\" ,\"id\":\"x\"}",         // not the usual spelling: read among the other records
        "{\"type\":\"weather\"}",
        "",
        "{\"type\":\"task\",\"id\":\"T1\"",
    ])
    func aFlawedLineIsListedAsReadingLineByLineLists(line: String) throws {
        let path = try store { lines in
            if let i = Self.householdLine(lines) { lines.insert(line, at: i + 2) }
        }
        var facts = SnapshotFacts()
        #expect(StoreCheck.readWhole(path: path, file: "snapshot.jsonl", today: F.today, facts: &facts) == nil)
        let (whole, lines) = bothWays(path)
        #expect(!whole.isEmpty)
        #expect(whole == lines)
    }

    @Test func aHeaderEditAndACutLastLineAreListedAsLineByLine() throws {
        for edit in [{ (lines: inout [String]) in lines[0] = lines[0].replacingOccurrences(of: "\"seq\":3,", with: "\"seq\":9,") },
                     { (lines: inout [String]) in lines[0] = "" }] {
            let path = try store(edit)
            let (whole, lines) = bothWays(path)
            #expect(!whole.isEmpty)
            #expect(whole == lines)
        }
        let path = try store()
        let file = path + "/snapshot.jsonl"
        let bytes = try FileIO.readWholeFile(file)
        try Data(bytes.dropLast()).write(to: URL(fileURLWithPath: file))
        let (whole, lines) = bothWays(path)
        #expect(whole.contains { $0.contains("snapshot.jsonl line") })
        #expect(whole == lines)
    }

    @Test func aStoreWithoutASnapshotIsReadWholeFromItsBase() throws {
        let path = try store()
        try FileManager.default.removeItem(atPath: path + "/snapshot.jsonl")
        let (whole, lines) = bothWays(path)
        #expect(whole == lines)
    }
}
