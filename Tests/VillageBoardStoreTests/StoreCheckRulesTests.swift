import Testing
import VillageBoardCore
@testable import VillageBoardStore

private typealias F = StoreFixtures

/// `check` reports a board that breaks the status rules — what a file or an old journal can bring in although no
/// status change could make it — and notes households that deserve a look.
@Suite struct StoreCheckRulesTests {
    /// The fixture's board (one household, not yet out, with a C-grade house) plus a copy of that household,
    /// edited, under a new id.
    static func board(_ edit: (inout Household) -> Void) -> (Board, HouseholdID) {
        var b = F.board(households: 1)
        var h = b.households[0]
        h.id = HouseholdID("220622103201-0099")
        h.members[0].id = MemberID(h.id.raw + "-1")
        h.members[0].idNumber = nil
        edit(&h)
        b.restore(h)
        return (b, h.id)
    }

    static func messages(_ b: Board) -> [String] { StoreCheck.consistency(of: b).map(\.message) }

    @Test func aCleanHouseholdBreaksNothing() {
        let (b, _) = Self.board { _ in }
        #expect(Self.messages(b).isEmpty)
    }

    @Test func importedOutWithAnUnmetItemIsReported() {
        // The fixture's household has a C-grade house (not met): imported as out.
        let (b, id) = Self.board { $0.mark = HouseholdMark(.out); $0.income = Income(wages: 9000) }
        // Every other item is not yet checked in the fixture, so every item stands in the way.
        #expect(Self.messages(b) == ["household \(id): out or risk eliminated with food, clothing, education, medical, "
                                     + "housing, water, income not met"])
    }

    @Test func aRegisteredFlagOnANeverRegisteredKindIsReported() {
        let (b, id) = Self.board { $0.mark = HouseholdMark(.edge); $0.registered = true }
        #expect(Self.messages(b).contains("household \(id): marked registered (建档立卡) but edge households never are"))
        let (b2, id2) = Self.board { $0.mark = HouseholdMark(.out); $0.registered = false }
        #expect(Self.messages(b2).contains { $0.hasPrefix("household \(id2): out but not registered") })
    }

    @Test func riskEliminatedOnTheSafetyNetWithoutLabourIsReported() {
        let (b, id) = Self.board { h in
            h.registered = false
            h.mark = HouseholdMark(.edge, riskEliminated: true)
            for item in ChecklistItem.allCases { h.checklist[item] = ItemCheck(state: .met) }
            h.income = Income(transfer: 8000)
            h.enrolments.dibao = true
            h.members[0].labour = .lost
        }
        #expect(Self.messages(b) == ["household \(id): risk eliminated, but without labour capacity and under safety-net "
                                     + "support it stays monitored"])
    }

    @Test func notApplicableWhereTheRuleForbidsItIsReported() {
        let (b, id) = Self.board { $0.checklist[.housing] = ItemCheck(state: .notApplicable, note: "D级危房") }
        #expect(Self.messages(b) == ["household \(id): housing marked not applicable where the year's rule does not allow it"])
    }

    @Test func anUnmonitoredHouseholdInTheMonitoringRangeIsANoteNotAProblem() {
        let (b, id) = Self.board { h in
            h.mark = HouseholdMark(.out)
            for item in ChecklistItem.allCases { h.checklist[item] = ItemCheck(state: .met) }
            h.income = Income(wages: 5000)
        }
        #expect(Self.messages(b).isEmpty)
        #expect(StoreCheck.warnings(on: b).map(\.message)
                    == ["household \(id): not monitored, but per-capita income 5000 is under the monitoring line 6000"])
    }
}
