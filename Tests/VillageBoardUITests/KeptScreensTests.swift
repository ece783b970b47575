import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI

/// The four top-level views are kept between switches (their cursor, filters, sort and search survive a switch away
/// and back), and after saved changes the unresolved list and the task board update only the rows the operations
/// touched: the rows they end with are always those a screen built afresh on the new board would show.
@Suite struct KeptScreensTests {
    static let sandaohu = ListsFixture.code("220622101000")
    static let taiping = ListsFixture.code("220622101201")

    func unresolved(_ app: AppModel) -> UnresolvedScreen? { app.top as? UnresolvedScreen }
    func tasks(_ app: AppModel) -> TaskBoardScreen? { app.top as? TaskBoardScreen }

    func selectedHousehold(_ app: AppModel) -> Int? { unresolved(app)?.selectedRow?.household }

    static func press(_ keys: [Key], _ app: inout AppModel) {
        for key in keys { _ = app.handle(key) }
    }

    // MARK: Kept between switches

    @Test func switchingAwayAndBackKeepsTheListsState() {
        var app = ListsFixture.app("2", ListsFixture.ctx(user: "admin"))
        // Sort by status, only overdue households, a search, the cursor three rows down.
        Self.press([.char("s"), .char("o"), .char("j"), .char("j"), .char("j")], &app)
        _ = app.handle(.char("/"))
        _ = ListsFixture.type("王", into: &app)
        guard let before = unresolved(app) else {
            Issue.record("not on the unresolved list")
            return
        }
        #expect(before.sortColumn == .status && before.filters.overdueOnly)
        let chosen = selectedHousehold(app)
        #expect(chosen != nil)

        // The task board keeps its pane and cursor too.
        Self.press([.char("3"), .tab, .char("j")], &app)
        let pane = tasks(app)?.pane, taskCursor = tasks(app)?.cursor.selected
        Self.press([.char("1"), .char("4"), .char("2")], &app)

        guard let after = unresolved(app) else {
            Issue.record("2 did not bring the list back")
            return
        }
        #expect(after.sortColumn == .status)
        #expect(after.filters == before.filters)
        #expect(after.rows == before.rows)
        #expect(after.cursor == before.cursor)
        #expect(selectedHousehold(app) == chosen)
        #expect(after.finder.query == "王")
        #expect(after.finder.matches == before.finder.matches)

        _ = app.handle(.char("3"))
        #expect(tasks(app)?.pane == pane)
        #expect(tasks(app)?.cursor.selected == taskCursor)
        #expect(app.stack.count == 1)
    }

    @Test func aNumberKeyClosesTheScreensAboveItsViewAndKeepsTheView() {
        var app = ListsFixture.app("2", ListsFixture.ctx())
        Self.press([.char("j"), .char("j")], &app)
        let chosen = selectedHousehold(app)
        _ = app.handle(.enter)
        #expect(app.top is HouseholdScreen)
        // The same view's key goes back to it, as it was.
        _ = app.handle(.char("2"))
        #expect(app.stack.count == 1)
        #expect(selectedHousehold(app) == chosen)
        // Another view's key closes the household and keeps the list for later.
        _ = app.handle(.enter)
        _ = app.handle(.char("3"))
        #expect(app.stack.count == 1 && tasks(app) != nil)
        _ = app.handle(.char("2"))
        #expect(selectedHousehold(app) == chosen)
    }

    @Test func changesSavedWhileAwayAreShownOnReturn() {
        var app = ListsFixture.app("2", ListsFixture.ctx())
        _ = app.handle(.char("G"))
        let chosen = selectedHousehold(app)
        let count = unresolved(app)?.rows.count ?? 0
        _ = app.handle(.char("3"))
        var board = app.ctx.board
        board = ListsFixture.applying(.registerHousehold(Self.newHousehold("220622101201-9101", status: .notOut)), to: board)
        board = ListsFixture.applying(.registerHousehold(Self.newHousehold("220622101201-9102", status: .edge)), to: board)
        app.follow(board)
        #expect(tasks(app) != nil)
        _ = app.handle(.char("2"))
        #expect(unresolved(app)?.rows.count == count + 2)
        #expect(selectedHousehold(app) == chosen)
        #expect(unresolved(app)?.stamp == BoardStamp(board))
    }

    @Test func whenTheSelectedHouseholdLeavesTheListTheCursorStaysWhereItWas() {
        let id = HouseholdID("220622101201-9103")
        let board = ListsFixture.applying(.registerHousehold(Self.newHousehold(id.raw, status: .edge)), to: ListsFixture.demo)
        var app = ListsFixture.app("2", ListsFixture.ctx(board: board))
        _ = app.handle(.char("/"))
        _ = ListsFixture.type("单志远", into: &app)
        guard let row = unresolved(app)?.cursor.selected, row > 0,
              unresolved(app)?.selectedRow.map({ board.households[$0.household].id }) == id else {
            Issue.record("the new household is not selected")
            return
        }
        let out = ListsFixture.applying(.setStatus(id, from: HouseholdMark(.edge), to: HouseholdMark(.edge, riskEliminated: true),
                                                   reason: ""), to: board)
        app.follow(out)
        #expect(unresolved(app)?.base.contains { $0.household == board.index(of: id) } == false)
        #expect(unresolved(app)?.cursor.selected == row, "the next household takes its place under the cursor")
    }

    @Test func theScanAsksTheDomainsRuleOfTheMarkAlone() {
        for status in HouseholdStatus.allCases {
            for risk in [false, true] {
                let mark = HouseholdMark(status, riskEliminated: risk)
                let h = Household(id: HouseholdID("x"), village: Self.taiping, mark: mark)
                #expect(mark.isUnresolved == h.isUnresolved, "\(mark)")
            }
        }
        let demo = ListsFixture.demo
        #expect(demo.households.indices.allSatisfy { demo.householdMarks[$0].isUnresolved == demo.households[$0].isUnresolved })
    }

    @Test func anotherUserLoggingInStartsAfresh() {
        var app = ListsFixture.app("2", ListsFixture.ctx(user: "admin"))
        _ = app.handle(.char("o"))
        #expect(unresolved(app)?.filters.overdueOnly == true)
        guard let user = ListsFixture.user("sandaohu-sup") else { return }
        #expect(app.receive(.loggedIn(user)).isEmpty)
        #expect(app.ctx.user?.id == user.id, "the one place that says who is working")
        _ = app.handle(.char("2"))
        #expect(unresolved(app)?.filters.isEmpty == true)
        #expect(unresolved(app)?.scope == Self.sandaohu)
    }

    // MARK: One board, changed in place

    @Test func aSaveChangesTheBoardTheScreensReadInPlace() {
        // Every view built and kept, a household open on top: none of them may keep the board's storage alive, or a
        // save would copy every household (copy on write) instead of changing the one board in place. Nothing is
        // handed back and forth: the store and the screens share one `LiveBoard`.
        guard let id = ListsFixture.demo.households.first(where: \.isUnresolved)?.id else { return }
        // A board of its own (the demo's arrays are shared with the other tests), held by nothing but the live board.
        let live = LiveBoard(ListsFixture.applying(.addVisit(id, Visit(day: ListsFixture.demo.today, by: UserID("admin"))),
                                                   to: ListsFixture.demo))
        let base = ListsFixture.ctx(user: "admin")
        var app = ListsFixture.app("2", ScreenContext(live: live, text: base.text, glyphs: base.glyphs, user: base.user,
                                                      readOnly: false))
        Self.press([.char("3"), .char("4"), .char("1"), .char("2"), .char("i"), .char("2"), .enter], &app)
        _ = app.handle(.char("/"))
        _ = ListsFixture.type("王", into: &app)
        _ = app.handle(.enter)
        #expect(app.top is HouseholdScreen)
        let before = live.board.households.withUnsafeBufferPointer { $0.baseAddress }
        let marks = live.board.householdMarks.withUnsafeBufferPointer { $0.baseAddress }
        let device = DeviceID("kept-test")
        let op = Operation(id: OperationID(device: device, sequence: live.board.nextSequence(for: device)),
                           time: Timestamp(day: live.board.today, hour: 9), author: UserID("admin"),
                           change: .addVisit(id, Visit(day: live.board.today, by: UserID("admin"), found: "入户")))
        do { try live.apply(op) } catch { Issue.record("refused: \(error)") }
        #expect(live.board.households.withUnsafeBufferPointer { $0.baseAddress } == before,
                "the households array was copied: something still holds the board")
        #expect(live.board.householdMarks.withUnsafeBufferPointer { $0.baseAddress } == marks)
        _ = app.receive(.saved(op, message: StatusMessage("已保存")))
        #expect(app.ctx.board.log.last?.id == op.id)
        #expect(app.status?.text == "已保存")
    }

    @Test func aSavedChangeUpdatesTheListInPlace() {
        // The app changes the screens on its stack in place: a copy of the screen would make the first changed row
        // copy the whole list (tens of thousands of rows for a province).
        var app = ListsFixture.app("2", ListsFixture.ctx())
        guard let household = unresolved(app)?.base.first?.household else { return }
        let before = unresolved(app)?.base.withUnsafeBufferPointer { $0.baseAddress }
        let id = app.ctx.board.households[household].id
        let board = ListsFixture.applying(.addVisit(id, Visit(day: app.ctx.board.today, by: UserID("admin"))), to: app.ctx.board)
        app.follow(board)
        #expect(unresolved(app)?.base.first?.lastVisit == board.today)
        #expect(unresolved(app)?.base.withUnsafeBufferPointer { $0.baseAddress } == before)
    }

    // MARK: Following changes gives what a fresh build gives

    /// Keys that set a sort, a filter and a search on the unresolved list, each tried with the changes below.
    static let listSettings: [[Key]] = [
        [],
        [.char("S")],
        [.char("s")],
        [.char("s"), .char("s"), .char("s"), .char("s")],
        [.char("s"), .char("s"), .char("s"), .char("s"), .char("s")],
        [.char("s"), .char("s"), .char("s"), .char("s"), .char("s"), .char("s"), .char("s"), .char("S")],
        [.char("s"), .char("s"), .char("s"), .char("s"), .char("s"), .char("s"), .char("s"), .char("s")],
        [.char("o")],
        [.char("m"), .char("s")],
        [.char("i"), .char("2")],
        [.char("/"), .char("w"), .enter],
    ]

    @Test(arguments: listSettings.indices)
    func theUnresolvedListFollowsChangesAsAFreshBuildWould(_ setting: Int) {
        Self.followChanges(on: "2", keys: Self.listSettings[setting]) { app, fresh, board in
            guard let followed = unresolved(app), let built = unresolved(fresh) else {
                Issue.record("not on the unresolved list")
                return
            }
            let after = board.log.last?.change.kind.rawValue ?? ""
            #expect(followed.stamp == BoardStamp(board))
            // Only a new user (whose name a cadre column may show) makes the list start again.
            let rebuilt = board.log.last.map { if case .addUser = $0.change { true } else { false } } ?? false
            #expect(followed.builds == (rebuilt ? 2 : 1), "followed, not rebuilt, after \(after)")
            #expect(followed.base.map(\.household) == built.base.map(\.household), "rows after \(after)")
            #expect(Self.shown(followed, board) == Self.shown(built, board), "shown after \(after)")
            #expect(followed.finder.matches == built.finder.matches)
        }
    }

    @Test(arguments: [[Key](), [.tab], [.tab, .tab], [.char("/"), .char("h"), .enter]])
    func theTaskBoardFollowsChangesAsAFreshBuildWould(_ keys: [Key]) {
        Self.followChanges(on: "3", keys: keys) { app, fresh, board in
            guard let followed = tasks(app), let built = tasks(fresh) else {
                Issue.record("not on the task board")
                return
            }
            for state in TaskState.allCases {
                #expect(followed.taskIndices(state) == built.taskIndices(state), "\(state) after \(board.log.last?.change.kind.rawValue ?? "")")
            }
            #expect(followed.builds == 1, "followed, not rebuilt")
            #expect(followed.tasks.overdue == built.tasks.overdue)
            #expect(followed.tasks.all == built.tasks.all)
            #expect(followed.finder.matches == built.finder.matches)
        }
    }

    /// Opens the view of `view` and presses `keys`; then, batch by batch, saves the changes below, tells the app and
    /// hands `check` the app, an app opened afresh on the new board with the same keys, and the board.
    static func followChanges(on view: Character, keys: [Key], check: (AppModel, AppModel, Board) -> Void) {
        var app = ListsFixture.app(view, ListsFixture.ctx())
        press(keys, &app)
        var board = app.ctx.board
        for batch in changes(on: board) {
            for change in batch(board) { board = ListsFixture.applying(change.0, by: change.1, to: board) }
            app.follow(board)
            var fresh = ListsFixture.app(view, ListsFixture.ctx(board: board))
            press(keys, &fresh)
            check(app, fresh, board)
        }
    }

    // MARK: Fixtures

    /// What a list shows, row by row, with every field filled in.
    static func shown(_ screen: UnresolvedScreen, _ board: Board) -> [String] {
        screen.rows.map { i in
            let r = screen.base[i].detailed(board)
            return "\(r.household) \(r.head) \(r.mark) \(r.monitored) \(String(describing: r.cause)) \(r.unmet) \(r.unchecked) "
                + "\(r.cadre?.raw ?? "-") \(r.cadreName) \(r.openTasks) \(r.overdueTasks) \(r.lastVisit?.iso ?? "-")"
        }
    }

    /// A household in 太平村 with every item met and a good income, so it may leave.
    static func newHousehold(_ id: String, status: HouseholdStatus) -> Household {
        let checks = Dictionary(uniqueKeysWithValues: ChecklistItem.allCases.map { ($0, ItemCheck(state: .met)) })
        // An edge household is never registered; the others here are.
        return Household(id: HouseholdID(id), village: taiping, registered: status.fits(registered: true),
                         mark: HouseholdMark(status), mainCause: .illness,
                         members: [Member(id: MemberID(id + "-1"), name: "单志远", relation: .head, birthYear: 1970)],
                         income: Income(wages: 100_000), checklist: Checklist(checks))
    }

    typealias Batch = (Board) -> [(Change, String)]

    /// Changes of every kind the screens follow (and some they rebuild for), one batch per board change; a batch
    /// of several tests following more than one operation at once.
    static func changes(on demo: Board) -> [Batch] {
        let admin = UserID("admin")
        let inScope = demo.householdIndices(under: sandaohu)
        let target = inScope.first { demo.households[$0].isUnresolved && !demo.taskIndices(forHousehold: demo.households[$0].id).isEmpty }
            .map { demo.households[$0].id } ?? HouseholdID("?")
        let out = inScope.first { demo.households[$0].status == .out }.map { demo.households[$0].id } ?? HouseholdID("?")
        let today = demo.today
        let task = WorkTask(id: TaskID("kept-1"), subject: .household(target), title: "回访核实", owner: admin,
                            due: today.adding(days: -3), createdBy: admin, createdOn: today)
        let villageTask = WorkTask(id: TaskID("kept-2"), subject: .village(taiping), title: "整村排查", owner: admin,
                                   due: today.adding(days: 5), createdBy: admin, createdOn: today)
        let cadre = demo.users.values.filter { $0.role == .responsibleCadre }.map(\.id).sorted().first
        func check(_ b: Board, _ item: ChecklistItem) -> ItemCheck { b.household(target)?.checklist[item] ?? ItemCheck() }
        return [
            { _ in [(.addVisit(target, Visit(day: today, by: admin, found: "入户走访")), "admin")] },
            { b in [(.setCheck(target, .housing, from: check(b, .housing), to: ItemCheck(state: .notMet)), "admin")] },
            { b in [(.setCheck(target, .housing, from: check(b, .housing), to: ItemCheck(state: .met)), "admin")] },
            { _ in [(.addTask(task), "admin")] },
            { _ in [(.addTask(villageTask), "admin")] },
            { _ in [(.markTaskDone(task.id, note: "已核实"), "admin")] },
            { _ in [(.verifyTask(task.id), "sandaohu-sup")] },
            { _ in [(.reopenTask(task.id, reason: "复核"), "sandaohu-sup")] },
            { b in [(.assignCadre(target, from: b.household(target)?.cadre, to: cadre, reason: "调整"), "admin")] },
            { _ in [(.addMember(target, Member(id: MemberID(target.raw + "-9"), name: "王小花", relation: .other, birthYear: 2001)), "admin")] },
            { _ in [(.registerHousehold(newHousehold("220622101201-9201", status: .edge)), "admin")] },
            { _ in [(.setStatus(HouseholdID("220622101201-9201"), from: HouseholdMark(.edge),
                                to: HouseholdMark(.edge, riskEliminated: true), reason: ""), "admin")] },
            { b in [(.setStatus(out, from: b.household(out)?.mark ?? HouseholdMark(.out), to: HouseholdMark(.notOut),
                                reason: "返贫"), "admin")] },
            { _ in [
                (.registerHousehold(newHousehold("220622101201-9202", status: .notOut)), "admin"),
                (.addVisit(target, Visit(day: today, by: admin, found: "再访")), "admin"),
                (.markTaskDone(villageTask.id, note: ""), "admin"),
            ] },
            { _ in [(.addUser(User(id: UserID("kept-user"), name: "新干部", role: .responsibleCadre, scope: taiping)), "admin")] },
        ]
    }
}
