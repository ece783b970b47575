import Testing
@testable import VillageBoardCore

extension Fixture {
    /// The village's proposal after its review (2020-05-20) and a seven-day notice, to `target` (out by default).
    static func proposal(from: HouseholdMark, to target: HouseholdMark = HouseholdMark(.out)) -> ExitProposal {
        ExitProposal(from: from, target: target, reviewedOn: day("2020-05-20"), reviewResult: "同意 36 人",
                     noticeFrom: day("2020-05-21"), noticeUntil: day("2020-05-27"))
    }
}

/// The staged procedure of DOMAIN.md through `Board.apply`: 民主评议/公示 → 乡镇审核 → 县级审定 → 销号 / 风险消除, each
/// stage in turn, the gate at the proposal and again at the decision, nobody approving their own proposal, send-backs
/// and roll-backs with reasons, and pending exits counted as their own state.
@Suite struct ExitProcedureTests {
    static let h = HouseholdID("220622101201-0001")
    static let edge = HouseholdID("220622101201-0002")

    static func board() -> Board {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household(h.raw)), by: Fixture.admin)
        b.must(.registerHousehold(Fixture.household(edge.raw, status: .edge, registered: false, perCapita: 7000)), by: Fixture.admin)
        return b
    }

    @Test func anExitGoesThroughEveryStage() throws {
        var b = Self.board()
        let from = HouseholdMark(.notOut)
        b.must(.proposeExit(Self.h, Fixture.proposal(from: from)), by: Fixture.secretary)
        #expect(b.household(Self.h)?.exitCase?.stage == .proposed)
        #expect(b.rollup(Fixture.sandaohu).exitsProposed == 1)
        // The county cannot decide before the township has reviewed.
        b.mustRefuse(.decideExit(Self.h, from: from, to: HouseholdMark(.out), approve: true, note: ""), by: Fixture.head,
                     .wrongExitStage(Self.h, expected: .reviewed, actual: .proposed))
        b.must(.reviewExit(Self.h, approve: true, note: "材料齐全"), by: Fixture.supervisor)
        #expect(b.rollup(Fixture.jingyu).exitsProposed == 0 && b.rollup(Fixture.jingyu).exitsReviewed == 1)
        b.mustRefuse(.reviewExit(Self.h, approve: true, note: ""), by: Fixture.supervisor,
                     .wrongExitStage(Self.h, expected: .proposed, actual: .reviewed))
        b.must(.decideExit(Self.h, from: from, to: HouseholdMark(.out), approve: true, note: "审定"), by: Fixture.head)
        let done = try #require(b.household(Self.h))
        #expect(done.mark == HouseholdMark(.out) && done.exitCase == nil)
        #expect(b.rollup(Fixture.jingyu).exitsPending == 0)
        #expect(b.history(ofHousehold: Self.h).map(\.change.kind).suffix(3) == [.proposeExit, .reviewExit, .decideExit])
    }

    @Test func theGateRefusesAtProposalNamingTheItem() throws {
        var b = Self.board()
        let hh = try #require(b.household(Self.h))
        b.must(.setCheck(Self.h, .housing, from: hh.checklist[.housing], to: ItemCheck(state: .notMet, note: "C级")),
               by: Fixture.secretary)
        b.mustRefuse(.proposeExit(Self.h, Fixture.proposal(from: hh.mark)), by: Fixture.secretary,
                     .exitBlocked(Self.h, unmet: [.housing], incomeShort: false))
        // Only exit and risk-elimination moves can be proposed, from where the household stands.
        b.mustRefuse(.proposeExit(Self.h, Fixture.proposal(from: hh.mark, to: HouseholdMark(.sudden))), by: Fixture.secretary,
                     .transitionNotAllowed(Self.h, from: hh.mark, to: HouseholdMark(.sudden)))
    }

    @Test func theGateIsCheckedAgainAtTheDecision() throws {
        var b = Self.board()
        b.must(.proposeExit(Self.h, Fixture.proposal(from: HouseholdMark(.notOut))), by: Fixture.secretary)
        b.must(.reviewExit(Self.h, approve: true, note: ""), by: Fixture.supervisor)
        let hh = try #require(b.household(Self.h))
        b.must(.setCheck(Self.h, .water, from: hh.checklist[.water], to: ItemCheck(state: .notMet, note: "断水")), by: Fixture.secretary)
        b.mustRefuse(.decideExit(Self.h, from: hh.mark, to: HouseholdMark(.out), approve: true, note: ""), by: Fixture.head,
                     .exitBlocked(Self.h, unmet: [.water], incomeShort: false))
        // Sending back needs a reason, and ends the case: the village proposes again once it has answered.
        b.mustRefuse(.decideExit(Self.h, from: hh.mark, to: HouseholdMark(.out), approve: false, note: " "), by: Fixture.head,
                     .reasonRequired)
        b.must(.decideExit(Self.h, from: hh.mark, to: HouseholdMark(.out), approve: false, note: "饮水不达标"), by: Fixture.head)
        #expect(b.household(Self.h)?.exitCase == nil && b.household(Self.h)?.mark == hh.mark)
    }

    /// Nobody approves what they proposed or reviewed, not even an admin, who may take every stage elsewhere.
    @Test func nobodyApprovesTheirOwnProposal() {
        var b = Self.board()
        b.must(.proposeExit(Self.h, Fixture.proposal(from: HouseholdMark(.notOut))), by: Fixture.admin)
        b.mustRefuse(.reviewExit(Self.h, approve: true, note: ""), by: Fixture.admin, .ownExitProposal(Self.h, Fixture.admin))
        b.must(.reviewExit(Self.h, approve: true, note: ""), by: Fixture.supervisor)
        b.mustRefuse(.decideExit(Self.h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), approve: true, note: ""),
                     by: Fixture.admin, .ownExitProposal(Self.h, Fixture.admin))
        // Sending back one's own proposal is allowed: it only withdraws it.
        b.must(.decideExit(Self.h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), approve: false, note: "撤回"),
               by: Fixture.admin)
    }

    @Test func oneCaseAtATimeAndDatesInOrder() {
        var b = Self.board()
        var p = Fixture.proposal(from: HouseholdMark(.notOut))
        p.noticeUntil = day("2020-05-01")
        b.mustRefuse(.proposeExit(Self.h, p), by: Fixture.secretary, .exitDatesOutOfOrder(Self.h))
        b.must(.proposeExit(Self.h, Fixture.proposal(from: HouseholdMark(.notOut))), by: Fixture.secretary)
        b.mustRefuse(.proposeExit(Self.h, Fixture.proposal(from: HouseholdMark(.notOut))), by: Fixture.secretary,
                     .exitAlreadyPending(Self.h))
        b.mustRefuse(.reviewExit(Self.edge, approve: true, note: ""), by: Fixture.supervisor, .noExitPending(Self.edge))
        b.mustRefuse(.reviewExit(Self.h, approve: false, note: ""), by: Fixture.supervisor, .reasonRequired)
        b.must(.reviewExit(Self.h, approve: false, note: "公示期不足"), by: Fixture.supervisor)
        #expect(b.household(Self.h)?.exitCase == nil)
    }

    @Test func aRiskEliminationThenARollBack() throws {
        var b = Self.board()
        let at = HouseholdMark(.edge), cleared = HouseholdMark(.edge, riskEliminated: true)
        #expect(b.household(Self.edge)?.exitTargets == [cleared])
        b.must(.proposeExit(Self.edge, Fixture.proposal(from: at, to: cleared)), by: Fixture.secretary)
        b.must(.reviewExit(Self.edge, approve: true, note: ""), by: Fixture.supervisor)
        b.must(.decideExit(Self.edge, from: at, to: cleared, approve: true, note: ""), by: Fixture.head)
        #expect(b.household(Self.edge)?.isUnresolved == false)
        // 风险回退: a reason and the new risk; the risk joins the household's risk types.
        b.mustRefuse(.rollBackStatus(Self.edge, from: cleared, to: at, risk: .accident, reason: ""), by: Fixture.secretary,
                     .reasonRequired)
        b.mustRefuse(.rollBackStatus(Self.edge, from: cleared, to: HouseholdMark(.out), risk: .accident, reason: "车祸"),
                     by: Fixture.secretary, .transitionNotAllowed(Self.edge, from: cleared, to: HouseholdMark(.out)))
        b.must(.rollBackStatus(Self.edge, from: cleared, to: at, risk: .accident, reason: "车祸"), by: Fixture.secretary)
        let back = try #require(b.household(Self.edge))
        #expect(back.mark == at && back.riskTypes.contains(.accident) && back.isUnresolved)
    }

    @Test func exitStepsAreNotUndoneButAnsweredByTheWorkflow() {
        let b = Self.board()
        for change in [Change.proposeExit(Self.h, Fixture.proposal(from: HouseholdMark(.notOut))),
                       .reviewExit(Self.h, approve: true, note: ""),
                       .decideExit(Self.h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), approve: true, note: ""),
                       .rollBackStatus(Self.h, from: HouseholdMark(.out), to: HouseholdMark(.notOut), risk: .illness, reason: "x")] {
            #expect(Undo.inverse(of: change, on: b) == nil)
        }
    }
}
