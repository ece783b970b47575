import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// When a household's item or a village's target is saved met, the screen offers to mark the open tasks linked to it
/// done: `y` marks them in one write, any other key declines and does nothing else.
@Suite struct LinkedTaskOfferTests {
    static let linked = TaskID("T-0009")

    /// The 张 household with an open 危房改造 task linked to 住房, and the household screen on top.
    static func household(_ language: Language = .zh) -> (HouseholdFixture, HouseholdDriver) {
        var f = HouseholdFixture()
        var task = WorkTask(id: linked, subject: .household(HouseholdFixture.zhang), title: "危房改造",
                            owner: HouseholdFixture.secretary, due: Day(year: 2020, month: 9, day: 30)!,
                            createdBy: HouseholdFixture.secretary, createdOn: HouseholdFixture.today)
        task.item = .housing
        f.apply(.addTask(task), on: HouseholdFixture.today)
        return (f, f.driver(language))
    }

    static func housingMet(_ f: HouseholdFixture) -> Change {
        let from = f.board.household(HouseholdFixture.zhang)?.checklist[.housing] ?? ItemCheck()
        return .setCheck(HouseholdFixture.zhang, .housing, from: from,
                         to: ItemCheck(state: .met, note: "新房已入住", checkedBy: HouseholdFixture.secretary, checkedOn: HouseholdFixture.today))
    }

    @Test func yMarksTheLinkedTaskDone() {
        var (f, d) = Self.household()
        d.commit([.save(Self.housingMet(f))], fixture: &f)
        #expect(d.screen?.offer?.tasks == [Self.linked])
        let effects = d.press(.char("y"))
        #expect(effects == [.saveTogether([.markTaskDone(Self.linked, note: Catalog(.zh)("taskflow.offer.note", Catalog(.zh).name(.housing)))])])
        #expect(d.screen?.offer == nil)
    }

    @Test(arguments: [Key.char("x"), .enter, .char("q"), .escape, .tab])
    func anyOtherKeyDeclinesAndDoesNothingElse(key: Key) {
        var (f, d) = Self.household()
        d.commit([.save(Self.housingMet(f))], fixture: &f)
        let depth = d.app.stack.count
        #expect(d.press(key).isEmpty)
        #expect(d.screen?.offer == nil)
        #expect(d.app.stack.count == depth, "the key only answered the offer")
        #expect(d.app.prompt == nil)
    }

    /// No offer when nothing open is linked, or the item was already met.
    @Test func noOfferWithoutOpenLinkedTasks() {
        var f = HouseholdFixture()
        var d = f.driver()
        d.commit([.save(Self.housingMet(f))], fixture: &f)
        #expect(d.screen?.offer == nil)
    }

    @Test(arguments: Language.allCases)
    func snapshot(language: Language) {
        var (f, d) = Self.household(language)
        d.commit([.save(Self.housingMet(f))], fixture: &f)
        SnapshotAssertion.check(d.frame().lines, screen: "TaskFlow", name: "\(language)-household-offer")
    }

    /// 太平村's secretary sets collective income met: the demo's open village task linked to it is offered.
    @Test(arguments: Language.allCases)
    func villageTargetOffer(language: Language) throws {
        var app = VillageTargetsScreenTests.pane(language)
        let code = VillageTargetsScreenTests.taiping
        let board = app.ctx.board
        let open = board.openTasks(in: code, linkedTo: .collectiveIncome)
        try #require(!open.isEmpty)
        let from = try #require(board.unit(code)?.target(.collectiveIncome))
        var to = from
        to.state = .met
        to.evidence = "集体经济收入 5.2 万元"
        let change = Change.setVillageTarget(code, .collectiveIncome, from: from, to: to)
        let after = ListsFixture.applying(change, by: "taiping-sec", to: board)
        app.ctx.live.replace(with: after)
        let op = try #require(after.log.last)
        _ = app.receive(.saved(op, message: StatusMessage("saved")))
        let size = Size(width: 80, height: 24)
        SnapshotAssertion.check(ListsFixture.lines(app, size: size), screen: "TaskFlow", name: "\(language)-target-offer")
        let effects = app.handle(.char("y"))
        #expect(effects == [.saveTogether(open.map { .markTaskDone($0.id, note: Catalog(language)("taskflow.offer.note", Catalog(language).name(.collectiveIncome))) })])
    }
}
