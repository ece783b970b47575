import Testing
import TerminalKit
import VillageBoardCore
import VillageBoardText
@testable import VillageBoardUI

/// Whole-screen snapshots of the login screen, the log (key 5) and the conflicts screen (key 6), in both languages
/// at 80×24: the smallest common terminal, where clipping shows first.
@Suite struct AccessSnapshotTests {
    static let size = Size(width: 80, height: 24)

    /// The login screen with no one remembered: the user list, the PIN field, the demo's hint.
    @Test(arguments: Language.allCases)
    func login(language: Language) {
        let ctx = ListsFixture.ctx(language, user: nil)
        let app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: LoginScreen(ctx: ctx, demoHint: "PIN 1234"),
                           size: Self.size)
        SnapshotAssertion.check(DemoScreens.frame(app, size: Self.size), screen: "Login", name: "\(language)-80x24")
    }

    /// 太平村's first secretary's log after two tasks were marked done, one verified and one sent back.
    @Test(arguments: Language.allCases)
    func log(language: Language) {
        let (board, _) = AccessScreenTests().worked()
        let app = ListsFixture.app("5", ListsFixture.ctx(language, user: "taiping-sec", board: board), size: Self.size)
        #expect(app.top is LogScreen)
        SnapshotAssertion.check(DemoScreens.frame(app, size: Self.size), screen: "Log", name: "\(language)-80x24")
    }

    /// One conflict: two laptops set a 太平村 household's water check differently.
    @Test(arguments: Language.allCases)
    func conflicts(language: Language) throws {
        let (board, _, _, _) = try ConflictScreenTests.board()
        let app = ListsFixture.app("6", ListsFixture.ctx(language, user: "taiping-sec", board: board), size: Self.size)
        #expect(app.top is ConflictsScreen)
        SnapshotAssertion.check(DemoScreens.frame(app, size: Self.size), screen: "Conflicts", name: "\(language)-80x24")
    }
}
