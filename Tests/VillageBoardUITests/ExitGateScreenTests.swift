import Testing
import TerminalKit
import VillageBoardCore
import VillageBoardText
@testable import VillageBoardUI

/// The exit gate screen (`X` on a household) and the list of exits under way (`X` on the chart), as text snapshots at
/// 80×24 in both languages, and the keys that take a household through the stages: the gate refuses at propose and
/// names the items, the form proposes, the township and the county approve or send back with a note.
@Suite struct ExitGateScreenTests {
    typealias F = HouseholdFixture
    static let ready = HouseholdID("220622101201-0003")
    static let small = Size(width: 80, height: 24)

    /// The fixture with a third household of 太平村 that passes the gate (every item met, income above the line).
    static func fixture(stage: Int = 0) -> HouseholdFixture {
        var f = HouseholdFixture()
        let may = Day(year: 2020, month: 6, day: 2)!
        let met = ItemCheck(state: .met, note: "达标", checkedBy: F.secretary, checkedOn: may)
        f.apply(.registerHousehold(Household(
            id: ready, village: F.village, registered: true, mark: HouseholdMark(.notOut),
            members: [Member(id: MemberID(ready.raw + "-1"), name: "孙立国", relation: .head, birthYear: 1970),
                      Member(id: MemberID(ready.raw + "-2"), name: "吴淑芬", relation: .spouse, birthYear: 1972)],
            income: Income(wages: 14_000),
            checklist: Checklist(Dictionary(uniqueKeysWithValues: ChecklistItem.allCases.map { ($0, met) })))),
                by: F.office, device: F.officeLaptop)
        let proposal = ExitProposal(from: HouseholdMark(.notOut), target: HouseholdMark(.out),
                                    reviewedOn: Day(year: 2020, month: 6, day: 10)!, reviewResult: "32 人参加，同意 31",
                                    noticeFrom: Day(year: 2020, month: 6, day: 11)!, noticeUntil: Day(year: 2020, month: 6, day: 17)!)
        if stage >= 1 { f.apply(.proposeExit(ready, proposal)) }
        if stage >= 2 { f.apply(.reviewExit(ready, approve: true, note: "材料齐全"), by: F.supervisor) }
        if stage >= 3 {
            f.apply(.decideExit(ready, from: HouseholdMark(.notOut), to: HouseholdMark(.out), approve: true, note: "同意退出"),
                    by: F.office)
        }
        return f
    }

    static func frame(_ d: HouseholdDriver) -> [String] {
        let frame = d.frame(small)
        var lines = frame.lines
        if let cursor = frame.cursor { lines.append("── cursor at column \(cursor.x), row \(cursor.y)") }
        #expect(!lines.joined().contains("⟨"), "a catalogue key is missing")
        return lines
    }

    @Test(arguments: Language.allCases) func theGateNamesWhatStandsInTheWay(_ language: Language) {
        var d = HouseholdFixture().driver(language)
        _ = d.press(.char("X"))
        HouseholdSnapshot.check(Self.frame(d), named: "exit-gate-blocked-\(language.rawValue)-80x24")
        // Propose is refused, the status line naming the unmet items.
        _ = d.press(.char("p"))
        let text = d.frame(Self.small).lines.joined(separator: "\n")
        let medical = Catalog(language).name(ChecklistItem.medical)
        #expect(text.contains(medical) && text.contains(Catalog(language)("exit.reason.blocked", "").trimmingCharacters(in: .whitespaces)))
        #expect(d.app.top is ExitGateScreen)
    }

    @Test(arguments: Language.allCases) func theVillageProposesThroughTheForm(_ language: Language) throws {
        var f = Self.fixture()
        var d = f.driver(language, household: Self.ready)
        _ = d.press(.char("X"), .char("p"), .tab, .tab)
        _ = d.type("32 人参加，同意 31")
        HouseholdSnapshot.check(Self.frame(d), named: "exit-propose-form-\(language.rawValue)-80x24")
        let effects = d.press(.ctrl("s"))
        guard case .save(.proposeExit(let id, let p))? = effects.first else {
            Issue.record("no proposal saved: \(effects)")
            return
        }
        #expect(id == Self.ready && p.target == HouseholdMark(.out) && p.reviewResult == "32 人参加，同意 31")
        d.commit(effects, fixture: &f)
        #expect(f.board.household(Self.ready)?.exitCase?.stage == .proposed)
        // The proposer cannot approve it; `v` says why.
        #expect(d.app.top.bindings(d.app.ctx).first { $0.action == .approveExit }?.disabledReason != nil)
    }

    @Test(arguments: Language.allCases) func theTownshipReviewsAndTheCountyDecides(_ language: Language) throws {
        var f = Self.fixture(stage: 1)
        var township = f.driver(language, household: Self.ready, user: F.supervisor)
        _ = township.press(.char("X"), .char("v"))
        _ = township.type("材料齐全")
        var effects = township.press(.enter)
        let review = try #require(effects.first)
        #expect(review == .save(.reviewExit(Self.ready, approve: true, note: "材料齐全")))
        // Saved as the supervisor (the driver's `commit` saves as the secretary).
        f.apply(.reviewExit(Self.ready, approve: true, note: "材料齐全"), by: F.supervisor)
        var county = f.driver(language, household: Self.ready, user: F.office)
        _ = county.press(.char("X"))
        HouseholdSnapshot.check(Self.frame(county), named: "exit-gate-reviewed-\(language.rawValue)-80x24")
        _ = county.press(.char("v"))
        effects = county.press(.enter)
        #expect(effects.first == .save(.decideExit(Self.ready, from: HouseholdMark(.notOut), to: HouseholdMark(.out),
                                                   approve: true, note: "")))
        if case .save(let change)? = effects.first { f.apply(change, by: F.office) }
        #expect(f.board.household(Self.ready)?.mark == HouseholdMark(.out))
    }

    @Test func sendingBackAsksForAReason() {
        var d = Self.fixture(stage: 1).driver(.zh, household: Self.ready, user: F.supervisor)
        _ = d.press(.char("X"), .char("r"))
        #expect(d.press(.enter).isEmpty, "an empty reason is refused")
        _ = d.type("公示期不足七天")
        #expect(d.press(.enter).first == .save(.reviewExit(Self.ready, approve: false, note: "公示期不足七天")))
    }

    @Test(arguments: Language.allCases) func historyShowsEveryStage(_ language: Language) {
        var d = Self.fixture(stage: 3).driver(language, household: Self.ready)
        _ = d.press(.tab, .tab, .tab, .tab, .tab)
        HouseholdSnapshot.check(Self.frame(d), named: "exit-history-\(language.rawValue)-80x24")
    }

    @Test(arguments: Language.allCases) func theChartListsWhatAwaits(_ language: Language) {
        let f = Self.fixture(stage: 2)
        let ctx = f.ctx(language, user: F.office)
        var app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: BattleChartScreen(scope: F.county, ctx: ctx), size: Self.small)
        var canvas = Canvas(size: Self.small)
        app.render(into: &canvas)
        HouseholdSnapshot.check(canvas.lines().map(HouseholdSnapshot.trimmed), named: "exit-chart-\(language.rawValue)-80x24")
        _ = app.handle(.char("X"))
        canvas = Canvas(size: Self.small)
        app.render(into: &canvas)
        HouseholdSnapshot.check(canvas.lines().map(HouseholdSnapshot.trimmed), named: "exit-list-\(language.rawValue)-80x24")
        _ = app.handle(.enter)
        #expect(app.top is ExitGateScreen)
    }
}

/// Removing a member on screen (`D` on the members pane): a confirmation naming the person, then one `removeMember`.
@Suite struct RemoveMemberScreenTests {
    @Test func removingAMemberAsksFirst() throws {
        var d = HouseholdFixture().driver(.zh)
        _ = d.press(.backTab, .char("j"), .char("j"), .char("j"), .char("D"))
        #expect(d.frame().lines.contains { $0.contains("移除成员 张欣（") }, "\(d.frame().lines.joined(separator: "\n"))")
        let effects = d.press(.enter)
        let hh = try #require(HouseholdFixture().board.household(HouseholdFixture.zhang))
        #expect(effects.first == .save(.removeMember(HouseholdFixture.zhang, hh.members[3])))
        // Esc removes nobody; on another pane `D` says why it cannot.
        var other = HouseholdFixture().driver(.zh)
        _ = other.press(.backTab, .char("D"))
        #expect(other.press(.escape).isEmpty)
        _ = other.press(.tab, .char("D"))
        #expect(other.frame().lines.contains { $0.contains(Catalog(.zh)("reg.reason.membersPane")) })
    }
}
