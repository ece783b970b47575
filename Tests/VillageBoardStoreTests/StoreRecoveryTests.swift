import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

@Suite("Store: torn tails, malformed files, newer and older formats")
struct StoreRecoveryTests {
    typealias F = StoreFixtures

    /// A store with three saved operations, closed, ready to be damaged.
    func storeWithJournal(_ name: String = #function) throws -> String {
        let store = try F.store(name: name)
        let h = store.board.households[0]
        try store.save(.addVisit(h.id, Visit(day: F.today, by: F.cadre, found: "正常")), author: F.cadre, at: F.now)
        try store.save(.markTaskDone(TaskID("T1"), note: "完成"), author: F.cadre, at: F.now)
        try store.save(.verifyTask(TaskID("T1")), author: F.supervisor, at: F.now)
        store.close()
        return store.path
    }

    func journalPath(_ store: String) -> String { store + "/journal/laptop-a.jsonl" }

    func lines(_ file: String) throws -> [String] {
        try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func write(_ lines: [String], to file: String) throws {
        try lines.joined(separator: "\n").write(toFile: file, atomically: false, encoding: .utf8)
    }

    /// Opening fails with an error whose description contains every fragment, and no file changes.
    func expectRefusal(_ path: String, readOnly: Bool = false, _ fragments: [String],
                       sourceLocation: SourceLocation = #_sourceLocation) {
        let before = F.contents(of: path)
        do {
            let store = try Store.open(at: path, device: F.device, readOnly: readOnly, today: F.today)
            store.close()
            Issue.record("the store opened", sourceLocation: sourceLocation)
        } catch {
            let text = error.description
            for f in fragments { #expect(text.contains(f), "\(text) lacks \(f)", sourceLocation: sourceLocation) }
        }
        #expect(F.contents(of: path) == before, "a failed open changed a file", sourceLocation: sourceLocation)
    }

    @Test func aTornLastLineIsQuarantinedWithANotice() throws {
        let path = try storeWithJournal()
        F.append("{\"dev\":\"laptop-a\",\"seq\":4,\"time\":\"2020-06-30T09:00:00.000Z\",\"auth", to: journalPath(path))
        let store = try Store.open(at: path, device: F.device, today: F.today)
        let notice = store.notices.first { if case .tornTail = $0 { true } else { false } }
        guard case .tornTail(let file, let line, let moved?) = notice else {
            Issue.record("no torn-tail notice: \(store.notices)")
            return
        }
        #expect(file == "journal/laptop-a.jsonl")
        #expect(line == 4)
        let quarantined = try String(contentsOfFile: path + "/" + moved, encoding: .utf8)
        #expect(quarantined.hasPrefix("{\"dev\":\"laptop-a\",\"seq\":4"))
        #expect(try lines(journalPath(path)).filter { !$0.isEmpty }.count == 3)
        #expect(store.board.task(TaskID("T1"))?.state == .verified)
        // The next save continues cleanly after the cut.
        try store.save(.markTaskDone(TaskID("T2"), note: ""), author: F.cadre, at: F.now)
        store.close()
        let again = try Store.open(at: path, device: F.device, today: F.today)
        #expect(again.notices.isEmpty)
        #expect(again.board.task(TaskID("T2"))?.state == .done)
    }

    /// Three runs each setting aside a torn tail at the same line keep three files (the names used to share the
    /// board's midnight, so each overwrote the last).
    @Test func tornTailsAtTheSameLineAreNeverOverwritten() throws {
        let path = try storeWithJournal()
        var moved: [String] = []
        for i in 0..<3 {
            F.append("{\"dev\":\"laptop-a\",\"seq\":4,\"torn\":\(i)", to: journalPath(path))
            let store = try Store.open(at: path, device: F.device, today: F.today)
            for case .tornTail(_, 4, let to?) in store.notices { moved.append(to) }
            store.close()
        }
        #expect(Set(moved).count == 3)
        let kept = try moved.map { try String(contentsOfFile: path + "/" + $0, encoding: .utf8) }
        #expect(Set(kept).count == 3, "each file keeps its own tail")
    }

    @Test func aTornLineWithANewlineButBrokenJSONIsQuarantinedToo() throws {
        let path = try storeWithJournal()
        F.append("{\"dev\":\"laptop-a\",\"seq\":4,\"ti\n", to: journalPath(path))
        let store = try Store.open(at: path, device: F.device, today: F.today)
        #expect(store.notices.contains { if case .tornTail(_, 4, _?) = $0 { true } else { false } })
    }

    @Test func readOnlyOpenSkipsATornTailWithoutMovingIt() throws {
        let path = try storeWithJournal()
        F.append("{\"dev\":\"laptop-a\",\"se", to: journalPath(path))
        let before = F.contents(of: path)
        let store = try Store.open(at: path, device: F.device, readOnly: true, today: F.today)
        #expect(store.notices.contains(.tornTail(file: "journal/laptop-a.jsonl", line: 4, movedTo: nil)))
        store.close()
        #expect(F.contents(of: path) == before)
    }

    @Test func aBrokenLineInTheMiddleStopsTheOpen() throws {
        let path = try storeWithJournal()
        var l = try lines(journalPath(path))
        l[1] = String(l[1].prefix(30)) + "garbage"
        try write(l, to: journalPath(path))
        expectRefusal(path, ["journal/laptop-a.jsonl line 2", "The store was not changed"])
    }

    /// A kind this program does not know (a newer program's, or a typo) is named by file, line and field, and never
    /// read as another kind.
    @Test func anUnknownChangeKindNamesItsFieldAndTheNewerProgram() throws {
        let path = try storeWithJournal()
        var l = try lines(journalPath(path))
        l[1] = l[1].replacingOccurrences(of: "\"kind\":\"markTaskDone\"", with: "\"kind\":\"markTaskFinished\"")
        try write(l, to: journalPath(path))
        expectRefusal(path, ["journal/laptop-a.jsonl line 2", "field \"kind\"", "newer", "markTaskFinished"])
    }

    @Test func aMissingFieldIsNamed() throws {
        let path = try storeWithJournal()
        var l = try lines(journalPath(path))
        l[0] = l[0].replacingOccurrences(of: "\"author\":\"cadre\",", with: "")
        try write(l, to: journalPath(path))
        expectRefusal(path, ["journal/laptop-a.jsonl line 1", "author"])
    }

    @Test func aSequenceGapIsRefused() throws {
        let path = try storeWithJournal()
        var l = try lines(journalPath(path))
        l.remove(at: 1)
        try write(l, to: journalPath(path))
        expectRefusal(path, ["journal/laptop-a.jsonl line 2", "field \"seq\": expected 2, found 3"])
    }

    @Test func anotherLaptopsLineInAJournalIsRefused() throws {
        let path = try storeWithJournal()
        var l = try lines(journalPath(path))
        l[2] = l[2].replacingOccurrences(of: "\"dev\":\"laptop-a\"", with: "\"dev\":\"laptop-b\"")
        try write(l, to: journalPath(path))
        expectRefusal(path, ["journal/laptop-a.jsonl line 3", "field \"dev\": expected laptop-a, found laptop-b"])
    }

    @Test func aBrokenSnapshotLineIsNamed() throws {
        let path = try storeWithJournal()
        var l = try lines(path + "/snapshot.jsonl")
        let i = try #require(l.firstIndex { $0.contains("\"type\":\"household\"") })
        l[i] = l[i].replacingOccurrences(of: "\"status\":\"notOut\"", with: "\"status\":\"gone\"")
        try write(l, to: path + "/snapshot.jsonl")
        expectRefusal(path, ["snapshot.jsonl line \(i + 1)", "field \"status\"", "notOut"])
    }

    @Test func aWrongIDCheckDigitInTheSnapshotIsNamed() throws {
        let path = try storeWithJournal()
        var l = try lines(path + "/snapshot.jsonl")
        let i = try #require(l.firstIndex { $0.contains("\"idn\":\"") })
        let range = try #require(l[i].range(of: "\"idn\":\""))
        let digitsStart = l[i].index(range.upperBound, offsetBy: 17)
        let check = l[i][digitsStart]
        l[i].replaceSubrange(digitsStart...digitsStart, with: check == "0" ? "1" : "0")
        try write(l, to: path + "/snapshot.jsonl")
        expectRefusal(path, ["snapshot.jsonl line \(i + 1)", "idn", "check digit"])
    }

    @Test func aStoreFromANewerProgramIsRefused() throws {
        let path = try storeWithJournal()
        try "{\"format\":99,\"kind\":\"village-board-store\"}\n".write(toFile: path + "/store.json", atomically: false, encoding: .utf8)
        expectRefusal(path, ["format 99", "newer", "Upgrade the program"])
    }

    @Test func aFolderWithoutAStoreSaysHowToMakeOne() throws {
        let path = F.folder()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        expectRefusal(path, ["not a Village Board store", "village-board init"])
    }

    @Test func aFailedOpenAsReaderChangesNothingEither() throws {
        let path = try storeWithJournal()
        var l = try lines(journalPath(path))
        l[0] = "not json at all"
        try write(l, to: journalPath(path))
        expectRefusal(path, readOnly: true, ["journal/laptop-a.jsonl line 1"])
    }
}
