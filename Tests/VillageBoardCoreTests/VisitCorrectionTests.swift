import Testing
@testable import VillageBoardCore

/// Visits (帮扶记录, issue 13): recorded for a past day, never a future one nor one before the household was
/// registered; corrected or voided as a new operation with a reason, so nothing is deleted; a voided visit is
/// no longer the household's last visit, and undoing the void makes it count again.
@Suite struct VisitCorrectionTests {
    static let id = HouseholdID("220622103201-0077")
    static let registered = Fixture.today.adding(days: -60)

    /// A board with one household registered 60 days before today.
    static func board() -> Board {
        var b = Fixture.board()
        var op = b.operation(.registerHousehold(Fixture.household(id.raw)))
        op.time = Timestamp(day: registered, hour: 9)
        try? b.apply(op)
        return b
    }

    @Test func theRulesSayWhichDayIsWrong() {
        let today = Fixture.today
        #expect(VisitRules.problem(day: today, recordedOn: today, registeredOn: Self.registered) == nil)
        #expect(VisitRules.problem(day: today.adding(days: -10), recordedOn: today, registeredOn: Self.registered) == nil)
        #expect(VisitRules.problem(day: today.adding(days: 1), recordedOn: today, registeredOn: Self.registered)
                == .future(today.adding(days: 1)))
        #expect(VisitRules.problem(day: Self.registered.adding(days: -1), recordedOn: today, registeredOn: Self.registered)
                == .beforeRegistration(Self.registered.adding(days: -1), registered: Self.registered))
        // A compacted store no longer knows the registration: only the future is refused.
        #expect(VisitRules.problem(day: Day(daysSinceEpoch: 0), recordedOn: today, registeredOn: nil) == nil)
        #expect(Self.board().registeredOn(Self.id) == Self.registered)
    }

    @Test func aPastVisitIsCorrectedThenVoidedAndUndoneWithNothingDeleted() throws {
        var b = Self.board()
        let tenDaysAgo = Fixture.today.adding(days: -10)
        let visit = Visit(day: tenDaysAgo, by: Fixture.secretary, found: "房屋漏雨", done: "联系危改")
        b.must(.addVisit(Self.id, visit))
        #expect(b.household(Self.id)?.lastVisit == tenDaysAgo)

        var corrected = visit
        corrected.day = Fixture.today.adding(days: -12)
        corrected.done = "已报危房改造"
        b.must(.correctVisit(Self.id, visit: 0, from: visit, to: corrected, reason: "日期录错"))
        #expect(b.household(Self.id)?.visits == [corrected])
        #expect(b.household(Self.id)?.lastVisit == corrected.day)

        var voided = corrected
        voided.voided = true
        b.must(.correctVisit(Self.id, visit: 0, from: corrected, to: voided, reason: "录错户"))
        #expect(b.household(Self.id)?.visits.count == 1, "a voided visit stays on record")
        #expect(b.household(Self.id)?.visits.first?.voided == true)
        #expect(b.household(Self.id)?.lastVisit == nil, "a voided visit is not the last visit")
        #expect(Radar(board: b, scope: nil).positions(.notVisited).contains(try #require(b.index(of: Self.id))))
        #expect(b.history(ofHousehold: Self.id).map(\.change.kind) == [.registerHousehold, .addVisit, .correctVisit, .correctVisit])

        let undo = try #require(Undo.change(undoingLastOf: Fixture.secretary, device: Fixture.laptop, on: b))
        #expect(undo == .correctVisit(Self.id, visit: 0, from: voided, to: corrected, reason: "undo"))
        b.must(undo)
        #expect(b.household(Self.id)?.lastVisit == corrected.day, "undoing the void makes the visit count again")
    }

    @Test func refusalsSayWhyAndChangeNothing() {
        var b = Self.board()
        let visit = Visit(day: Fixture.today.adding(days: -5), by: Fixture.secretary, found: "走访")
        b.must(.addVisit(Self.id, visit))
        var to = visit
        to.found = "入户走访"
        b.mustRefuse(.correctVisit(Self.id, visit: 0, from: visit, to: to, reason: "  "), .reasonRequired)
        b.mustRefuse(.correctVisit(Self.id, visit: 3, from: visit, to: to, reason: "录错"), .unknownVisit(Self.id, 3))
        var stale = visit
        stale.found = "别的"
        b.mustRefuse(.correctVisit(Self.id, visit: 0, from: stale, to: to, reason: "录错"), .visitChanged(Self.id, 0))
        var future = visit
        future.day = Fixture.today.adding(days: 3)
        b.mustRefuse(.correctVisit(Self.id, visit: 0, from: visit, to: future, reason: "录错"),
                     .visitDate(Self.id, .future(future.day)))
        var early = visit
        early.day = Self.registered.adding(days: -1)
        b.mustRefuse(.correctVisit(Self.id, visit: 0, from: visit, to: early, reason: "录错"),
                     .visitDate(Self.id, .beforeRegistration(early.day, registered: Self.registered)))
        var someoneElse = visit
        someoneElse.by = Fixture.supervisor
        b.mustRefuse(.correctVisit(Self.id, visit: 0, from: visit, to: someoneElse, reason: "录错"), .visitChanged(Self.id, 0))
        #expect(b.household(Self.id)?.visits == [visit])
    }
}

/// "Not visited for N days": never visited or a voided visit only is not visited; the `w` key's steps.
@Suite struct NotVisitedFilterTests {
    @Test func neverVisitedAndVoidedOnlyCountAsNotVisited() {
        let today = Fixture.today
        var h = Fixture.household("220622103201-0078")
        #expect(h.notVisited(for: 30, on: today), "never visited")
        h.visits = [Visit(day: today.adding(days: -10), by: Fixture.secretary, found: "走访")]
        #expect(!h.notVisited(for: 30, on: today))
        #expect(h.notVisited(for: 10, on: today), "exactly N days ago counts as not visited for N days")
        h.visits[0].voided = true
        #expect(h.notVisited(for: 30, on: today), "a voided visit is none")
    }

    @Test func theKeyStepsThirtySixtyNinetyThenOff() {
        #expect(NotVisitedSteps.next(after: nil) == 30)
        #expect(NotVisitedSteps.next(after: 30) == 60)
        #expect(NotVisitedSteps.next(after: 60) == 90)
        #expect(NotVisitedSteps.next(after: 90) == nil)
        #expect(NotVisitedSteps.next(after: 45) == 30)
    }
}
