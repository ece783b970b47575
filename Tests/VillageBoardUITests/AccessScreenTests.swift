import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI

/// The login screen, the log (key 5, and a task's history with H), undo, and what the household screen offers and
/// shows each role: the UI asks the same permission table the board enforces.
@Suite struct AccessScreenTests {
    static let taiping = ListsFixture.code("220622101201")
    static let size = Size(width: 120, height: 40)

    /// An app on the login screen of the demo, no one logged in.
    func loginApp(preselected: String? = nil) -> AppModel {
        let ctx = ListsFixture.ctx(user: nil)
        let screen = LoginScreen(ctx: ctx, preselected: preselected.map { UserID($0) }, demoHint: "PIN 1234")
        return AppModel(ctx: ctx, home: HomeScreenSet.make(), first: screen, size: Self.size)
    }

    func login(_ app: AppModel) -> LoginScreen? { app.top as? LoginScreen }

    // MARK: Login

    @Test func aRememberedUserIsSelectedEnterGoesToThePinWhichIsMaskedAndHandedOverOnEnter() {
        var app = loginApp(preselected: "taiping-sec")
        #expect(login(app)?.focus == .user, "focus starts on the user list, so a typed name filters it")
        #expect(login(app)?.selectedUser == UserID("taiping-sec"))
        _ = app.handle(.enter)
        #expect(login(app)?.focus == .pin)
        for c in "1234" { #expect(app.handle(.char(c)).isEmpty) }
        let frame = DemoScreens.frame(app, size: Self.size).joined(separator: "\n")
        #expect(frame.contains("****") && !frame.contains("1234 ") || frame.contains("PIN 1234"))
        #expect(!frame.contains("PIN： 1234"))
        let effects = app.handle(.enter)
        #expect(effects == [.login(UserID("taiping-sec"), pin: "1234")])
        #expect(login(app)?.pin.text == "", "the PIN is not kept")
    }

    @Test func globalKeysDoNothingBeforeLogin() {
        var app = loginApp()
        for key in ["1", "2", "3", "4", "5", ":", "/", "u", "q", "?"] { _ = DemoScreens.press(&app, key) }
        #expect(app.top is LoginScreen)
        #expect(!app.wantsQuit)
        if case .some = app.overlay { Issue.record("an overlay opened") }
        // They were typed into the user filter instead.
        #expect(login(app)?.filter.text == "12345:/uq?")
        #expect(!app.bindings.contains { $0.action == .goChart })
    }

    @Test func typingFiltersTheUsersAndEscQuitsFromAnEmptyField() {
        var app = loginApp()
        for c in "taiping" { _ = app.handle(.char(c)) }
        #expect(login(app)?.shown == [UserID("taiping-sec")])
        _ = app.handle(.enter)
        #expect(login(app)?.focus == .pin)
        #expect(app.handle(.enter).isEmpty, "no PIN typed")
        #expect(app.status?.isError == true)
        _ = app.handle(.tab)
        _ = app.handle(.escape)  // clears the filter
        #expect(login(app)?.filter.text == "")
        _ = app.handle(.escape)  // quits
        #expect(app.wantsQuit)
    }

    @Test func typingANameFirstFiltersEvenWithARememberedUser() {
        var app = loginApp(preselected: "taiping-sec")
        for c in "sandaohu-sup" { _ = app.handle(.char(c)) }
        #expect(login(app)?.pin.text == "", "the name did not go into the PIN")
        #expect(login(app)?.selectedUser == UserID("sandaohu-sup"))
    }

    @Test func escClearingTheFilterKeepsTheChosenUserInsteadOfJumpingToAdmin() {
        var app = loginApp()
        for c in "taiping" { _ = app.handle(.char(c)) }
        #expect(login(app)?.selectedUser == UserID("taiping-sec"))
        _ = app.handle(.escape)
        #expect(login(app)?.filter.text == "")
        #expect(login(app)?.shown.count ?? 0 > 1)
        #expect(login(app)?.selectedUser == UserID("taiping-sec"))
    }

    @Test func disabledUsersAreNotOffered() {
        var board = ListsFixture.demo
        let sec = board.user(UserID("taiping-sec"))!
        var off = sec
        off.disabled = true
        board = ListsFixture.applying(.updateUser(from: sec, to: off), to: board)
        let screen = LoginScreen(ctx: ListsFixture.ctx(user: nil, board: board))
        #expect(!screen.shown.contains(sec.id))
        #expect(screen.shown.contains(UserID("sandaohu-sup")))
    }

    @Test func loggingInStartsOnTheUsersChart() {
        var app = loginApp(preselected: "taiping-sec")
        _ = app.receive(.loggedIn(ListsFixture.user("taiping-sec")!))
        #expect(app.ctx.user?.id == UserID("taiping-sec"))
        #expect(app.top is VillageBoardScreen, "a village cadre starts on their village's board")
        #expect(app.status?.text.contains("李") == true || app.status?.text.contains("欢迎") == true)
        #expect(app.bindings.contains { $0.action == .goLog })
    }

    // MARK: The log

    /// The demo after the first secretary marks two tasks done and the supervisor verifies one and sends one back.
    func worked() -> (Board, [TaskID]) {
        var board = ListsFixture.demo
        let open = board.taskIndices(inVillage: Self.taiping).map { board.tasks[$0] }
            .filter { $0.state == .open && $0.owner == UserID("taiping-sec") }.prefix(2).map(\.id)
        for id in open { board = ListsFixture.applying(.markTaskDone(id, note: "已完成"), by: "taiping-sec", to: board) }
        board = ListsFixture.applying(.verifyTask(open[0]), by: "sandaohu-sup", to: board)
        board = ListsFixture.applying(.sendBackTask(open[1], reason: "照片不清楚"), by: "sandaohu-sup", to: board)
        return (board, open)
    }

    @Test func keyFiveOpensTheLogOfTheScopeNewestFirst() throws {
        let (board, tasks) = worked()
        var app = ListsFixture.app("5", ListsFixture.ctx(user: "taiping-sec", board: board), size: Self.size)
        let log = try #require(app.top as? LogScreen)
        #expect(log.rows.map(\.change.kind) == [.sendBackTask, .verifyTask, .markTaskDone, .markTaskDone])
        #expect(log.rows.first?.author == UserID("sandaohu-sup"))
        let frame = DemoScreens.frame(app, size: Self.size).joined(separator: "\n")
        #expect(frame.contains("照片不清楚"))
        #expect(frame.contains("lists-test#"))
        // Filter by who: w, a name, Enter.
        _ = DemoScreens.press(&app, "w")
        for c in "taiping-sec" { _ = app.handle(.char(c)) }
        _ = app.handle(.enter)
        #expect((app.top as? LogScreen)?.rows.count == 2)
        _ = DemoScreens.press(&app, "x")
        #expect((app.top as? LogScreen)?.rows.count == 4)
        _ = DemoScreens.press(&app, "m")
        #expect((app.top as? LogScreen)?.rows.allSatisfy { $0.author == UserID("taiping-sec") } == true)
        _ = DemoScreens.press(&app, "x")
        // Dates: the demo's changes are on 2020-06-30 (its fixed clock).
        _ = DemoScreens.press(&app, "f")
        for c in "2020-07-01" { _ = app.handle(.char(c)) }
        _ = app.handle(.enter)
        #expect((app.top as? LogScreen)?.rows.isEmpty == true)
        _ = DemoScreens.press(&app, "f")
        for _ in 0..<10 { _ = app.handle(.backspace) }
        for c in "2020-06-30" { _ = app.handle(.char(c)) }
        _ = app.handle(.enter)
        #expect((app.top as? LogScreen)?.rows.count == 4)
        _ = DemoScreens.press(&app, "t")
        for c in "not a date" { _ = app.handle(.char(c)) }
        _ = app.handle(.enter)
        #expect(app.status?.isError == true)
        _ = tasks
    }

    @Test func theLogShowsOnlyTheScope() throws {
        var (board, _) = worked()
        // A visit in 抚松县, by the admin: outside the secretary's scope.
        let fusong = try #require(board.householdIndices(under: ListsFixture.code("220621000000")).first)
        let h = board.households[fusong].id
        board = ListsFixture.applying(.addVisit(h, Visit(day: board.today, by: UserID("admin"), found: "走访")), to: board)
        let mine = LogScreen(ctx: ListsFixture.ctx(user: "taiping-sec", board: board))
        let admin = LogScreen(ctx: ListsFixture.ctx(user: "admin", board: board))
        #expect(mine.rows.count == 4)
        #expect(!mine.rows.contains { $0.change.household == h })
        #expect(admin.rows.count == 5)
        #expect(admin.rows.first?.change.household == h)
    }

    @Test func aTasksHistoryFromTheTaskBoard() throws {
        let (board, tasks) = worked()
        var app = ListsFixture.app("3", ListsFixture.ctx(user: "taiping-sec", board: board), size: Self.size)
        // The sent-back task is open again, with its reason.
        guard let screen = app.top as? TaskBoardScreen,
              let row = screen.taskIndices(.open).firstIndex(where: { board.tasks[$0].id == tasks[1] }) else {
            Issue.record("sent-back task not on the open pane")
            return
        }
        for _ in 0..<row { _ = DemoScreens.press(&app, "j") }
        _ = DemoScreens.press(&app, "H")
        let log = try #require(app.top as? LogScreen)
        #expect(log.task == tasks[1])
        #expect(log.rows.map(\.change.kind) == [.sendBackTask, .markTaskDone])
        let frame = DemoScreens.frame(app, size: Self.size).joined(separator: "\n")
        #expect(frame.contains("任务历史"))
        #expect(frame.contains("照片不清楚"))
    }

    // MARK: Undo

    @Test func uAsksToUndoEverywhereButTheLoginScreen() {
        var app = ListsFixture.app("3", ListsFixture.ctx(user: "taiping-sec"), size: Self.size)
        #expect(DemoScreens.press(&app, "u") == [.undoLast])
        var log = ListsFixture.app("5", ListsFixture.ctx(user: "taiping-sec"), size: Self.size)
        #expect(DemoScreens.press(&log, "u") == [.undoLast])
        var login = loginApp()
        #expect(DemoScreens.press(&login, "u").isEmpty)
        var readOnly = ListsFixture.app("3", ListsFixture.ctx(user: "taiping-sec", readOnly: true), size: Self.size)
        #expect(DemoScreens.press(&readOnly, "u").isEmpty)
    }

    // MARK: The household screen asks the table

    func household(_ user: String, board: Board = ListsFixture.demo) -> (HouseholdScreen, ScreenContext)? {
        let ctx = ListsFixture.ctx(user: user, board: board)
        guard let i = board.householdsByVillage[Self.taiping]?.first(where: { board.households[$0].members.contains { $0.health != .healthy } })
        else { return nil }
        return (HouseholdScreen(household: board.households[i].id, ctx: ctx), ctx)
    }

    @Test func editsAreOfferedOnlyInsideTheScope() throws {
        let (inside, ctx) = try #require(household("taiping-sec"))
        #expect(inside.bindings(ctx).first { $0.action == .markMet }?.disabledReason == nil)
        // 板石村's first secretary (抚松县) looking at a 太平村 household: outside their scope.
        let banshi = ListsFixture.demo.users.values.first { $0.role == .villageCadre && $0.scope.description.hasPrefix("220621") }!
        let (outside, octx) = try #require(household(banshi.id.raw))
        let reason = outside.bindings(octx).first { $0.action == .markMet }?.disabledReason
        #expect(reason == "access.denied.outsideScope")
        #expect(octx.text(reason!) == "不在你的负责范围内")
    }

    @Test func healthIsHiddenFromSupervisorsAndIDNumbersRevealOnlyForThoseWhoMay() throws {
        let (secretary, sctx) = try #require(household("taiping-sec"))
        var s = secretary
        while s.pane != .members { _ = s.update(.nextPane, sctx) }
        var canvas = Canvas(size: Self.size)
        s.render(sctx, into: &canvas, area: Rect(x: 0, y: 0, width: 120, height: 37))
        var text = canvas.lines().joined(separator: "\n")
        #expect(text.contains("**********"), "masked by default")
        #expect(!text.contains("（已隐藏）"))
        #expect(s.bindings(sctx).first { $0.action == .revealIDs }?.disabledReason == nil)
        _ = s.update(.revealIDs, sctx)
        canvas = Canvas(size: Self.size)
        s.render(sctx, into: &canvas, area: Rect(x: 0, y: 0, width: 120, height: 37))
        text = canvas.lines().joined(separator: "\n")
        #expect(!text.contains("**********"), "revealed for the village's own cadre")

        let (supervisor, vctx) = try #require(household("sandaohu-sup"))
        var v = supervisor
        while v.pane != .members { _ = v.update(.nextPane, vctx) }
        #expect(v.bindings(vctx).first { $0.action == .revealIDs }?.disabledReason == "access.denied.roleNotAllowed")
        if case .message(let m) = v.update(.revealIDs, vctx) { #expect(m.isError) } else { Issue.record("no refusal") }
        canvas = Canvas(size: Self.size)
        v.render(vctx, into: &canvas, area: Rect(x: 0, y: 0, width: 120, height: 37))
        text = canvas.lines().joined(separator: "\n")
        #expect(text.contains("（已隐藏）"))
        #expect(text.contains("**********"))
    }
}
