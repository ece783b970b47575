import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// The village pane (村级目标, `T` on the village board): 太平村's first secretary sets the road met with evidence (one
/// change, stamped with who and when, its old value kept); evidence is required for met; a figure must be a whole
/// number; a responsible cadre is refused by the permission table; snapshots at 80×24 in both languages, and small
/// windows hold.
@Suite struct VillageTargetsScreenTests {
    static let taiping = ListsFixture.code("220622101201")

    /// 太平村's board (the secretary's home) with the pane open.
    static func pane(_ language: Language = .zh, user: String = "taiping-sec", size: Size = Size(width: 80, height: 24)) -> AppModel {
        var app = AppModel(ctx: ListsFixture.ctx(language, user: user), home: HomeScreenSet.make(),
                           first: VillageBoardScreen(village: taiping, ctx: ListsFixture.ctx(language, user: user)), size: size)
        _ = app.handle(.char("T"))
        return app
    }

    @Test func theSecretarySetsTheRoadMetWithEvidence() throws {
        var app = Self.pane()
        let screen = try #require(app.top as? VillageTargetsScreen)
        #expect(screen.selected == .road)
        let before = try #require(app.ctx.board.unit(Self.taiping)?.target(.road))
        #expect(before.state == .notMet)
        _ = app.handle(.char("y"))
        #expect(app.prompt?.required == true)
        #expect(app.handle(.enter).isEmpty, "met needs evidence")
        let effects = ListsFixture.type("通屯路已硬化", into: &app)
        var to = before
        to.state = .met
        to.evidence = "通屯路已硬化"
        to.checkedBy = UserID("taiping-sec")
        to.checkedOn = app.ctx.board.today
        #expect(effects == [.save(.setVillageTarget(Self.taiping, .road, from: before, to: to))])
        let after = ListsFixture.applying(.setVillageTarget(Self.taiping, .road, from: before, to: to), by: "taiping-sec",
                                          to: app.ctx.board)
        #expect(after.rollup(Self.taiping).villageTargetsNotMet == app.ctx.board.rollup(Self.taiping).villageTargetsNotMet - 1)
    }

    @Test func aFigureIsAWholeNumberOrNothing() {
        var app = Self.pane(.en)
        _ = app.handle(.char("j"))
        _ = app.handle(.char("j"))
        _ = app.handle(.char("j"))
        _ = app.handle(.char("j"))
        _ = app.handle(.char("e"))
        #expect(app.prompt?.question == .targetFigure(Self.taiping, .collectiveIncome))
        for _ in 0..<10 { _ = app.handle(.backspace) }
        #expect(ListsFixture.type("3万", into: &app).isEmpty)
        #expect(app.status?.text == "'3万' is not a whole number of zero or more")
        _ = app.handle(.char("e"))
        for _ in 0..<10 { _ = app.handle(.backspace) }
        guard case .save(.setVillageTarget(_, .collectiveIncome, _, let to))? = ListsFixture.type("31000", into: &app).first else {
            Issue.record("no figure saved")
            return
        }
        #expect(to.figure == 31_000 && to.state == .notMet)
    }

    @Test func aResponsibleCadreIsRefused() {
        let board = ListsFixture.demo
        guard let cadre = board.users.values.first(where: { $0.role == .responsibleCadre }) else { return }
        var app = Self.pane(user: cadre.id.raw)
        #expect(app.bindings.first { $0.action == .markMet }?.disabledReason != nil)
        #expect(app.handle(.char("y")).isEmpty)
        #expect(app.prompt == nil)
        #expect(app.status?.isError == true)
    }

    @Test(arguments: Language.allCases)
    func snapshot(language: Language) {
        let size = Size(width: 80, height: 24)
        let app = Self.pane(language, size: size)
        SnapshotAssertion.check(ListsFixture.lines(app, size: size), screen: "VillageTargets", name: "\(language)-80x24")
    }

    @Test(arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 16, height: 4), Size(width: 40, height: 10)])
    func smallWindowsHold(size: Size) {
        DemoScreens.expectSmallWindowHolds(Self.pane(size: size), size: size)
    }
}
