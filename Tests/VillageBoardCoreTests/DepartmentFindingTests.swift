import Testing
@testable import VillageBoardCore

/// Department cross-check findings (issue 14): recorded on a household, counted by the radar until someone looks
/// at one with a note; a look needs a note, is the author's own, and is not taken twice.
@Suite struct DepartmentFindingTests {
    static let finding = DepartmentFinding(department: .insurance, says: "医保名单中没有：王秀兰", foundOn: Fixture.today)

    @Test func aFindingCountsUntilSomeoneLooksWithANote() throws {
        var b = Fixture.board()
        let h = HouseholdID("220622103201-0079")
        b.must(.registerHousehold(Fixture.household(h.raw)))
        b.must(.recordFinding(h, Self.finding))
        #expect(b.household(h)?.findings.first?.item == .medical, "a 医保 finding speaks to the medical item")
        let i = try #require(b.index(of: h))
        #expect(Radar(board: b, scope: nil).positions(.departmentMismatch).contains(i))

        b.mustRefuse(.lookAtFinding(h, finding: 0, look: FindingLook(by: Fixture.secretary, on: Fixture.today, note: " ")),
                     .reasonRequired)
        b.mustRefuse(.lookAtFinding(h, finding: 1, look: FindingLook(by: Fixture.secretary, on: Fixture.today, note: "已核实")),
                     .unknownFinding(h, 1))
        b.mustRefuse(.lookAtFinding(h, finding: 0, look: FindingLook(by: Fixture.supervisor, on: Fixture.today, note: "已核实")),
                     .malformedFinding(h))
        let look = FindingLook(by: Fixture.secretary, on: Fixture.today, note: "已在县医保局补录")
        b.must(.lookAtFinding(h, finding: 0, look: look))
        #expect(b.household(h)?.findings.first?.look == look)
        #expect(!Radar(board: b, scope: nil).positions(.departmentMismatch).contains(i))
        b.mustRefuse(.lookAtFinding(h, finding: 0, look: look), .findingAlreadyLookedAt(h, 0))
        #expect(Undo.inverse(of: .lookAtFinding(h, finding: 0, look: look), on: b) == nil, "a look stays; a new one is a note")
    }

    @Test func aFindingMustSaySomethingAndStartOpen() {
        var b = Fixture.board()
        let h = HouseholdID("220622103201-0080")
        b.must(.registerHousehold(Fixture.household(h.raw)))
        b.mustRefuse(.recordFinding(h, DepartmentFinding(department: .school, says: "  ", foundOn: Fixture.today)),
                     .malformedFinding(h))
        var looked = Self.finding
        looked.look = FindingLook(by: Fixture.secretary, on: Fixture.today, note: "x")
        b.mustRefuse(.recordFinding(h, looked), .malformedFinding(h))
    }
}
