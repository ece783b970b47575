import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// The burn-down reaches back past a compaction (it used to restart from the new snapshot, so a laptop whose store
/// was compacted — by hand, or after a sync's rebuild — showed no history at all).
@Suite("Burn-down after a compaction")
struct BurnDownAfterCompactionTests {
    typealias F = StoreFixtures

    static func day(_ back: Int) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: F.now.millisecondsSinceEpoch - Int64(back) * 86_400_000)
    }

    @Test func theSeriesIsTheSameAfterACompactionAndAReopen() throws {
        let store = try F.store()
        let path = store.path
        let board = store.board
        let h = board.households[0]
        // Work spread over three weeks: two items met and a task done.
        try store.save(.setCheck(h.id, .housing, from: h.checklist[.housing],
                                 to: ItemCheck(state: .notMet, note: "危房", checkedBy: F.cadre, checkedOn: F.today)),
                       author: F.cadre, at: Self.day(20))
        try store.save(.setCheck(h.id, .housing, from: store.board.household(h.id)?.checklist[.housing] ?? ItemCheck(),
                                 to: ItemCheck(state: .met, note: "改造完成", checkedBy: F.cadre, checkedOn: F.today)),
                       author: F.cadre, at: Self.day(9))
        try store.save(.markTaskDone(TaskID("T1"), note: "已办"), author: F.cadre, at: Self.day(2))
        let scope = try #require(store.board.path(to: h.village).first?.code)
        let before = store.board.burnDown(of: scope)
        let village = store.board.burnDown(of: h.village)
        #expect(before.points.count > 2, "the work makes a series: \(before.points)")
        let fingerprint = Sync.fingerprint(store.board)
        try store.compact()
        store.close()

        let reopened = try Store.open(at: path, device: F.device, today: F.today)
        defer { reopened.close() }
        #expect(reopened.board.log.isEmpty, "the snapshot holds the work")
        #expect(reopened.board.burnDown(of: scope) == before)
        #expect(reopened.board.burnDown(of: h.village) == village)
        // The steps are kept for the burn-down only: two laptops with the same board share a fingerprint.
        #expect(Sync.fingerprint(reopened.board) == fingerprint)
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).isEmpty)
        // Work after the reopen adds to the kept steps.
        try reopened.save(.verifyTask(TaskID("T1")), author: F.supervisor, at: Self.day(1))
        #expect(reopened.board.burnDown(of: scope).countsFrom == before.countsFrom)
    }

    @Test func aHostileStepIsRefusedWithItsLine() throws {
        var w = JSONWriter(capacity: 64)
        let step = BurnDownStep(day: Day(daysSinceEpoch: 18_000), unit: F.village, change: BurnDownFigures(households: 1))
        w.write(burnDown: [step][...])
        let read = try JSONScanner.decode(w.bytes) { (s: inout JSONScanner) throws(JSONError) in try s.readBurnDown() }
        #expect(read == [step])
        for bad in [#"{"type":"burnDown","unit":"220622103201","steps":[["2020-05-05",-9223372036854775808,0,0]]}"#,
                    #"{"type":"burnDown","unit":"220622103201","steps":[["2020-05-05",1,2]]}"#,
                    #"{"type":"burnDown","steps":[]}"#] {
            #expect(throws: JSONError.self) {
                try JSONScanner.decode(Array(bad.utf8)) { (s: inout JSONScanner) throws(JSONError) in try s.readBurnDown() }
            }
        }
    }
}
