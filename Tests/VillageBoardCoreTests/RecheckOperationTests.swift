import Testing
@testable import VillageBoardCore

/// 回头看 on the board (issue 14): a sample is saved whole as one operation and a re-check is its own record, which
/// never changes the cadre's marks; the board refuses what the rules forbid, and the results read the latest record.
@Suite struct RecheckOperationTests {
    static func drawn(_ b: Board, id: String = "RC1", seed: UInt64 = 7) -> RecheckSample {
        RecheckDraw.sample(id: id, on: b, frame: RecheckFrame(scope: Fixture.sandaohu), rule: .percent(20), seed: seed,
                           by: Fixture.supervisor, on: Fixture.today)
    }

    static func record(_ hh: Household, sample: String = "RC1", disagreeOn item: ChecklistItem? = nil, note: String = "墙体开裂",
                       missed: Bool = false) -> RecheckRecord {
        var findings = RecheckRecord.blankFindings(for: hh)
        if let item, let i = findings.firstIndex(where: { $0.item == item }) {
            findings[i].agrees = false
            findings[i].note = note
        }
        return RecheckRecord(sample: sample, household: hh.id, village: hh.village, markSeen: hh.mark, cadre: hh.cadre,
                             findings: findings, satisfied: true, shouldMonitor: missed, addedAsMissed: missed,
                             by: Fixture.supervisor, on: Fixture.today)
    }

    @Test func aSampleIsSavedWholeAndAReCheckLeavesTheMarksAlone() throws {
        var b = RecheckTests.board()
        let sample = Self.drawn(b)
        #expect(sample.households.count == 6, "20 % of the 30 households out, rounded up")
        #expect(b.rechecks.nextSampleID == "RC1")
        b.must(.drawRecheckSample(sample), by: Fixture.supervisor)
        #expect(b.rechecks.samples == [sample])
        #expect(b.rechecks.nextSampleID == "RC2")
        // The same seed on the same board draws the same households: the county can show it was not picked by hand.
        #expect(Self.drawn(b, id: "RC2").households == sample.households)
        #expect(Self.drawn(b, id: "RC2", seed: 8).households != sample.households)

        let hh = try #require(b.household(sample.households[0]))
        let before = hh.checklist
        b.must(.recordRecheck(Self.record(hh, disagreeOn: .housing)), by: Fixture.supervisor)
        #expect(b.household(hh.id)?.checklist == before, "the cadre's marks stay as they were")
        #expect(b.rechecks.results(of: "RC1").overall.agreed == ChecklistItem.allCases.count - 1)
        // A second re-check of the same household replaces the first in the results; both stay on the board.
        b.must(.recordRecheck(Self.record(hh)), by: Fixture.supervisor)
        #expect(b.rechecks.records(of: "RC1").count == 2)
        #expect(b.rechecks.results(of: "RC1").overall.agreed == ChecklistItem.allCases.count)
        #expect(b.rechecks.latest(sample: "RC1", household: hh.id)?.disagrees == false)
        #expect(b.history(ofHousehold: hh.id).filter { $0.change.kind == .recordRecheck }.count == 2)
    }

    @Test func theBoardRefusesWhatTheRulesForbid() throws {
        var b = RecheckTests.board()
        let sample = Self.drawn(b)
        b.must(.drawRecheckSample(sample), by: Fixture.supervisor)
        b.mustRefuse(.drawRecheckSample(sample), by: Fixture.supervisor, .duplicateRecheckSample("RC1"))
        var twice = Self.drawn(b, id: "RC9")
        twice.households.append(twice.households[0])
        #expect(throws: BoardError.self) { try b.apply(b.operation(.drawRecheckSample(twice), by: Fixture.supervisor)) }
        var other = Self.drawn(b, id: "RC8")
        other.drawnBy = Fixture.head
        #expect(throws: BoardError.self) { try b.apply(b.operation(.drawRecheckSample(other), by: Fixture.supervisor)) }

        let hh = try #require(b.household(sample.households[0]))
        b.mustRefuse(.recordRecheck(Self.record(hh, disagreeOn: .water, note: "  ")), by: Fixture.supervisor,
                     .recheckRefused(hh.id, .disagreementWithoutNote(.water)))
        b.mustRefuse(.recordRecheck(Self.record(hh, sample: "RC7")), by: Fixture.supervisor, .unknownRecheckSample("RC7"))
        let outside = try #require(b.households.first { !sample.contains($0.id) })
        b.mustRefuse(.recordRecheck(Self.record(outside)), by: Fixture.supervisor, .notInRecheckSample("RC1", outside.id))
        // A household the register missed (漏评) may be added during the re-check, and counts in 漏评率.
        let notOut = try #require(b.households.first { !$0.mark.status.countsAsOut && !$0.mark.isMonitored })
        b.must(.recordRecheck(Self.record(notOut, missed: true)), by: Fixture.supervisor)
        #expect(b.rechecks.results(of: "RC1").missed.proportion.hits == 1)
        // A village cadre may not re-check; the supervisor of another township may not either.
        b.mustRefuse(.recordRecheck(Self.record(hh)), by: Fixture.secretary,
                     .notPermitted(Fixture.secretary, .recheck, .roleNotAllowed))
    }

    @Test func anIDFromAFileNeverOverflowsTheNextOne() {
        var book = RecheckBook()
        book.add(RecheckSample(id: "RC\(Int.max)", frame: RecheckFrame(scope: Fixture.sandaohu), rule: .count(1), seed: 1,
                               households: []))
        book.add(RecheckSample(id: "RCx", frame: RecheckFrame(scope: Fixture.sandaohu), rule: .count(1), seed: 1, households: []))
        #expect(book.nextSampleID == "RC2")
    }
}
