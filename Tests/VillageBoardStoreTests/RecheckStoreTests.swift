import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// 回头看 samples and re-checks survive the journal, a compaction and a reopen, and `check` reads them (issue 14).
@Suite struct RecheckStoreTests {
    typealias F = StoreFixtures

    @Test func samplesAndReChecksSurviveACompactionAndAReopen() throws {
        let store = try F.store(households: 8)
        let path = store.path
        // Eight households registered as out, so the sample has something to draw.
        let first = try #require(store.board.households.first)
        for i in 1...8 {
            var h = first
            h.id = HouseholdID(first.village.description + "-09\(i)")
            h.mark = HouseholdMark(.out)
            for item in ChecklistItem.allCases { h.checklist[item] = ItemCheck(state: .met, note: "核实", checkedBy: F.cadre) }
            try store.save(.registerHousehold(h), author: F.admin, at: F.now)
        }
        let sample = RecheckDraw.sample(id: "RC1", on: store.board, frame: RecheckFrame(scope: F.township, stratified: true),
                                        rule: .percent(50), seed: 7, by: F.supervisor, on: F.today)
        #expect(sample.households.count == 4)
        try store.save(.drawRecheckSample(sample), author: F.supervisor, at: F.now)
        let hh = try #require(store.board.household(sample.households[1]))
        var findings = RecheckRecord.blankFindings(for: hh)
        findings[2].agrees = false
        findings[2].note = "入户核实：饮水\"不稳定\""
        let record = RecheckRecord(sample: "RC1", household: hh.id, village: hh.village, markSeen: hh.mark, cadre: hh.cadre,
                                   findings: findings, satisfied: false, shouldMonitor: true, by: F.supervisor, on: F.today)
        try store.save(.recordRecheck(record), author: F.supervisor, at: F.now)
        let book = store.board.rechecks
        store.close()

        // From the journal.
        let reopened = try Store.open(at: path, device: F.device, today: F.today)
        #expect(reopened.board.rechecks == book)
        try reopened.compact()
        reopened.close()
        // From the snapshot, which `check` reads without complaint.
        let compacted = try Store.open(at: path, device: F.device, today: F.today)
        defer { compacted.close() }
        #expect(compacted.board.log.isEmpty)
        #expect(compacted.board.rechecks == book)
        #expect(compacted.board.rechecks.results(of: "RC1").overall.agreed == ChecklistItem.allCases.count - 1)
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).isEmpty)
    }

    @Test func aHostileSampleIsRefusedByField() {
        for bad in [#"{"id":"RC1","scope":"220622103000","rule":"p:101","seed":"7","households":[]}"#,
                    #"{"id":"RC1","scope":"220622103000","rule":"p:10","seed":"-1","households":[]}"#,
                    #"{"id":"RC1","scope":"220622103000","rule":"p:10","seed":"18446744073709551616","households":[]}"#,
                    #"{"id":"RC1","scope":"220622103000","rule":"p:10","seed":"7","from":"2020-06-30","to":"2020-01-01"}"#,
                    #"{"id":"RC1","scope":"220622103000","rule":"p:10","seed":"7","from":"2020-06-30"}"#,
                    #"{"scope":"220622103000","rule":"p:10","seed":"7"}"#] {
            #expect(throws: JSONError.self, "\(bad)") {
                try JSONScanner.decode(Array(bad.utf8)) { (s: inout JSONScanner) throws(JSONError) in try s.readRecheckSample() }
            }
        }
    }
}
