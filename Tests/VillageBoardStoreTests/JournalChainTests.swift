import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// The journals' hash chain: every saved line carries the chain value of the line before it and its own hash, so a
/// line edited, removed or reordered by hand is found by `check` (line and laptop) and told when the store opens.
@Suite("Journal hash chain")
struct JournalChainTests {
    typealias F = StoreFixtures

    /// A store with `count` saved visits on laptop-a; returns it (closed) and its journal's path.
    func storeWithVisits(_ count: Int, name: String = #function) throws -> (path: String, journal: String) {
        let store = try F.store(households: 2, name: name)
        let h = HouseholdID("220622103201-0001")
        for i in 1...count {
            try store.save(.addVisit(h, Visit(day: F.today, by: F.cadre, found: "第\(i)次走访")), author: F.cadre, at: F.now)
        }
        store.close()
        return (store.path, store.path + "/journal/laptop-a.jsonl")
    }

    func lines(_ path: String) -> [String] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    func write(_ lines: [String], to path: String) throws {
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test func savedLinesAreChainedAndVerify() throws {
        let (path, journal) = try storeWithVisits(5)
        let all = lines(journal)
        #expect(all.count == 5)
        // prev and hash come last; the first line's prev is SHA-256 of nothing.
        #expect(all[0].hasSuffix("\"}") && all[0].contains(#","prev":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","hash":""#))
        let bytes = Array((try Data(contentsOf: URL(fileURLWithPath: journal))))
        let v = JournalChain.verify(bytes)
        #expect(v.firstBreak == nil && v.lines == 5 && v.unchainedLines == 0)
        // Each line's prev is the hash of the one before.
        for i in 1..<all.count {
            let prevHash = all[i - 1].suffix(66).prefix(64)
            #expect(all[i].contains(#""prev":"\#(prevHash)""#))
        }
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).isEmpty)
    }

    @Test func reopeningContinuesTheChain() throws {
        let (path, journal) = try storeWithVisits(2)
        let store = try Store.open(at: path, device: F.device, today: F.today)
        try store.save(.addVisit(HouseholdID("220622103201-0002"), Visit(day: F.today, by: F.cadre)), author: F.cadre, at: F.now)
        store.close()
        let bytes = Array((try Data(contentsOf: URL(fileURLWithPath: journal))))
        #expect(JournalChain.verify(bytes).firstBreak == nil)
        #expect(JournalChain.verify(bytes).lines == 3)
    }

    @Test func anEditedLineIsFoundAtThatLine() throws {
        let (path, journal) = try storeWithVisits(6)
        var all = lines(journal)
        all[3] = all[3].replacingOccurrences(of: "第4次走访", with: "第4次走访（改）")
        try write(all, to: journal)
        let problems = StoreCheck.run(path: path, device: F.device, today: F.today)
        #expect(problems.map(\.description) == [
            "journal/laptop-a.jsonl line 4: hash chain broken (edited line: its content does not match its hash) — laptop laptop-a",
        ])
        // Opening still works and says so.
        let store = try Store.open(at: path, device: DeviceID("laptop-b"), readOnly: true, today: F.today)
        #expect(store.notices.contains(.chainBroken(file: "journal/laptop-a.jsonl", line: 4, problem: .edited)))
        store.close()
    }

    /// What the operations at and after the break changed is known, so the screens can mark it: here the edited 4th
    /// visit and the two after it (laptop-a, line 4), not the three before.
    @Test func theOperationsFromTheBreakOnAreUnverified() throws {
        let (path, journal) = try storeWithVisits(6)
        var all = lines(journal)
        all[3] = all[3].replacingOccurrences(of: "第4次走访", with: "第4次走访（改）")
        try write(all, to: journal)
        let store = try Store.open(at: path, device: DeviceID("laptop-b"), readOnly: true, today: F.today)
        defer { store.close() }
        #expect(store.unverified.breaks == [UnverifiedChanges.Break(laptop: "laptop-a", line: 4)])
        #expect(store.unverified.operations.map(\.sequence).sorted() == [4, 5, 6])
        #expect(store.unverified.households == [HouseholdID("220622103201-0001")])
        let clean = try Store.open(at: try storeWithVisits(2, name: "clean").path, device: F.device, today: F.today)
        defer { clean.close() }
        #expect(clean.unverified.isEmpty && clean.unverified.operations.isEmpty)
    }

    @Test func editingTheLastLineIsFoundToo() throws {
        let (path, journal) = try storeWithVisits(3)
        var all = lines(journal)
        all[2] = all[2].replacingOccurrences(of: "第3次走访", with: "第三次走访")
        try write(all, to: journal)
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).map(\.line) == [3])
    }

    @Test func aRemovedLineIsFoundWhereTheGapIs() throws {
        let (path, journal) = try storeWithVisits(6)
        var all = lines(journal)
        all.remove(at: 2)  // line 3
        try write(all, to: journal)
        let bytes = Array((try Data(contentsOf: URL(fileURLWithPath: journal))))
        #expect(JournalChain.verify(bytes).firstBreak == JournalChain.Break(line: 3, problem: .broken))
        let problems = StoreCheck.run(path: path, device: F.device, today: F.today)
        #expect(problems.contains { $0.line == 3 && $0.message.hasPrefix("hash chain broken (removed or reordered line") })
        // Renumbering the sequences to hide the gap edits those lines: the chain says so at the same line.
        all = lines(journal)
        for i in 2..<all.count {
            all[i] = all[i].replacingOccurrences(of: "\"seq\":\(i + 2),", with: "\"seq\":\(i + 1),")
        }
        try write(all, to: journal)
        let renumbered = Array((try Data(contentsOf: URL(fileURLWithPath: journal))))
        #expect(JournalChain.verify(renumbered).firstBreak == JournalChain.Break(line: 3, problem: .edited))
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).map(\.line) == [3])
    }

    @Test func removingTheFirstLineIsFound() throws {
        let (_, journal) = try storeWithVisits(3)
        let all = lines(journal)
        try write(Array(all.dropFirst()), to: journal)
        let bytes = Array((try Data(contentsOf: URL(fileURLWithPath: journal))))
        #expect(JournalChain.verify(bytes).firstBreak == JournalChain.Break(line: 1, problem: .broken))
    }

    @Test func reorderedLinesAreFound() throws {
        let (path, journal) = try storeWithVisits(5)
        var all = lines(journal)
        all.swapAt(1, 2)
        try write(all, to: journal)
        let bytes = Array((try Data(contentsOf: URL(fileURLWithPath: journal))))
        #expect(JournalChain.verify(bytes).firstBreak == JournalChain.Break(line: 2, problem: .broken))
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).contains { $0.line == 2 })
    }

    @Test func aHandWrittenLineWithoutHashAfterChainedLinesIsFound() throws {
        let (_, journal) = try storeWithVisits(2)
        var all = lines(journal)
        // The same operation with its chain fields cut off, added at the end.
        let third = all[1].replacingOccurrences(of: "\"seq\":2,", with: "\"seq\":3,")
        all.append(String(third.prefix(upTo: third.range(of: ",\"prev\":")!.lowerBound)) + "}")
        try write(all, to: journal)
        let bytes = Array((try Data(contentsOf: URL(fileURLWithPath: journal))))
        #expect(JournalChain.verify(bytes).firstBreak == JournalChain.Break(line: 3, problem: .unchained))
    }

    @Test func oldUnchainedLinesAreReadAndNotedAndTheChainStartsAfterThem() throws {
        let store = try F.store(households: 2)
        let path = store.path
        store.close()
        // A journal written before the chain: plain operation lines.
        var w = JSONWriter()
        for seq in 1...2 {
            w.write(Operation(id: OperationID(device: F.device, sequence: seq), time: F.now, author: F.cadre,
                              change: .addVisit(HouseholdID("220622103201-0001"), Visit(day: F.today, by: F.cadre, found: "旧\(seq)"))))
            w.newline()
        }
        _ = try FileIO.createFolder(path + "/journal")
        try FileIO.replaceAtomically(path + "/journal/laptop-a.jsonl", with: w.bytes)
        let reopened = try Store.open(at: path, device: F.device, today: F.today)
        #expect(reopened.board.household(HouseholdID("220622103201-0001"))?.visits.count == 2)
        #expect(!reopened.notices.contains { if case .chainBroken = $0 { true } else { false } })
        try reopened.save(.addVisit(HouseholdID("220622103201-0002"), Visit(day: F.today, by: F.cadre)), author: F.cadre, at: F.now)
        reopened.close()
        let bytes = try FileIO.readWholeFile(path + "/journal/laptop-a.jsonl")
        let v = JournalChain.verify(bytes)
        #expect(v.firstBreak == nil && v.unchainedLines == 2 && v.lines == 3)
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).isEmpty)
        #expect(StoreCheck.unchainedNotes(path: path).map(\.description) == [
            "journal/laptop-a.jsonl: unchained: 2 of 3 lines carry no hash (written before the chain), so edits to them "
                + "cannot be detected — laptop laptop-a",
        ])
    }

    @Test func aTornTailIsNotAChainBreakAndTheNextSaveChainsToTheLastWholeLine() throws {
        let (path, journal) = try storeWithVisits(3)
        F.append(#"{"dev":"laptop-a","seq":4,"ti"#, to: journal)
        let store = try Store.open(at: path, device: F.device, today: F.today)
        #expect(!store.notices.contains { if case .chainBroken = $0 { true } else { false } })
        try store.save(.addVisit(HouseholdID("220622103201-0002"), Visit(day: F.today, by: F.cadre)), author: F.cadre, at: F.now)
        store.close()
        let bytes = try FileIO.readWholeFile(journal)
        #expect(JournalChain.verify(bytes).firstBreak == nil)
        #expect(JournalChain.verify(bytes).lines == 4)
    }

    /// A chain of 10,000 saved-size lines verifies whole, and a change in its middle is found at its line. (What
    /// verifying costs is the bench's to measure, not a unit test's.)
    @Test func tenThousandLinesVerifyAndABreakIsFoundWhereItIs() {
        var bytes: [UInt8] = []
        var tip = JournalChain.genesis
        var middle = 0
        for seq in 1...10_000 {
            let op = Operation(id: OperationID(device: F.device, sequence: seq), time: F.now, author: F.cadre,
                               change: .setCheck(HouseholdID("220622103201-0001"), .housing,
                                                 from: ItemCheck(state: .notMet, note: "C级危房"),
                                                 to: ItemCheck(state: .met, note: "改造完成，已验收入住", checkedBy: F.cadre, checkedOn: F.today)))
            let line = JournalChain.line(for: op, after: tip)
            if seq == 5_000 { middle = bytes.count }
            bytes += line.bytes
            tip = line.hash
        }
        let result = JournalChain.verify(bytes)
        #expect(result.firstBreak == nil && result.lines == 10_000 && result.tip == tip)
        // "C级危房" → "D级危房" in line 5,000.
        let needle = Array("C级".utf8)
        guard let c = (middle..<bytes.count).first(where: { bytes[$0..<min(bytes.count, $0 + needle.count)].elementsEqual(needle) })
        else { Issue.record("no C级 in line 5000"); return }
        bytes[c] = UInt8(ascii: "D")
        #expect(JournalChain.verify(bytes).firstBreak?.line == 5_000)
    }
}
