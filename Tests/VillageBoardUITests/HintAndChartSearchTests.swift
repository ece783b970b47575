import TerminalKit
import Testing
import VillageBoardCore
@testable import VillageBoardUI

/// The hint bar offers what this user can do where they are; `/` on the chart finds a village by name or pinyin.
@Suite struct HintAndChartSearchTests {
    static let size = Size(width: 120, height: 40)

    /// The hint bar: the frame's last line.
    func hints(_ app: AppModel) -> String { DemoScreens.frame(app, size: Self.size).last ?? "" }

    @Test func aFirstSecretaryIsNotOfferedVerifyOrSendBack() {
        let secretary = ListsFixture.app("3", ListsFixture.ctx(user: "taiping-sec"), size: Self.size)
        let bar = hints(secretary)
        #expect(bar.contains("完成"), "\(bar)")
        #expect(!bar.contains("v ") && !bar.contains("r "), "keys her role cannot use: \(bar)")
        // They stay under ? with the reason, for anyone who looks.
        #expect(secretary.bindings.contains { $0.action == .verifyTask && $0.disabledReason != nil })
        let supervisor = ListsFixture.app("3", ListsFixture.ctx(user: "sandaohu-sup"), size: Self.size)
        #expect(hints(supervisor).contains("v "), "\(hints(supervisor))")
    }

    @Test func slashIsOfferedOnlyWhereItFindsSomething() {
        for (key, offered) in [("1", true), ("2", true), ("3", true), ("5", false), ("6", false)] as [(Character, Bool)] {
            let app = ListsFixture.app(key, ListsFixture.ctx(user: "admin"), size: Self.size)
            #expect(hints(app).contains("/ ") == offered, "\(key): \(hints(app))")
        }
    }

    @Test(arguments: ["太平村", "太平", "tpc"])
    func slashOnTheChartMovesTheCursorToTheVillage(query: String) {
        var app = DemoScreens.app(.zh, size: Self.size)
        _ = app.handle(.char("/"))
        for c in query { _ = app.handle(.char(c)) }
        _ = app.handle(.enter)
        let chart = app.top as? BattleChartScreen
        let name = chart?.selected.flatMap { app.ctx.board.unit($0)?.name }
        #expect(name == "太平村", "\(query) → \(name ?? "nothing"); \(app.status?.text ?? "")")
        #expect(app.status?.isError == false)
    }

    @Test func slashOnTheChartSaysWhenNothingMatches() {
        var app = DemoScreens.app(.zh, size: Self.size)
        _ = app.handle(.char("/"))
        for c in "zzqx" { _ = app.handle(.char(c)) }
        _ = app.handle(.enter)
        #expect(app.status?.isError == true && app.status?.text.contains("没有找到") == true)
    }
}
