import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// Issue 13 on screen: tasks from a measure for the households the unresolved list shows (the preview counts what
/// the list counts), batch verify with one note, the verify prompt's text kept as the note, and stray keys.
@Suite struct TaskBatchScreenTests {
    static let sandaohu = ListsFixture.code("220622101000")

    func tasks(_ app: AppModel) -> TaskBoardScreen? { app.top as? TaskBoardScreen }
    func newTasks(_ app: AppModel) -> NewTasksScreen? { app.top as? NewTasksScreen }

    /// For every place of the demo and every item: the batch has exactly the rows the unresolved list shows with that
    /// place and item as filters, in the same order.
    @Test func aBatchIsForTheHouseholdsTheUnresolvedListShows() {
        let board = ListsFixture.demo
        let author = UserID("admin")
        let day = board.today
        for root in board.roots {
            let rows = UnresolvedRows.build(board: board, scope: root)
            for place in NewTasksScreen.units(under: root, board) {
                for item in ChecklistItem.guarantees {
                    var filters = UnresolvedFilters()
                    filters.item = item
                    let listed = rows.filter { filters.accepts($0) && board.isInside($0.village, scope: place) }
                    let batch = TaskBatch(title: "危房改造", scope: place, item: item, due: day, board: board, author: author)
                    #expect(batch.households == listed.map { board.households[$0.household].id },
                            "\(place) \(item)")
                    #expect(batch.owners == batch.households.map { board.household($0)?.cadre ?? author })
                }
            }
        }
    }

    /// From the unresolved list filtered to 住房 unmet: `a` asks for the measure, then the due date; the preview lists as
    /// many households as the list; Enter creates them all in one effect and closes the screen.
    @Test func fromTheUnresolvedListThePreviewCountsWhatTheListShows() {
        var app = ListsFixture.app("2", ListsFixture.ctx())
        _ = app.handle(.char("i"))
        guard let menu = (app.top as? UnresolvedScreen)?.menu,
              let housing = menu.options.firstIndex(where: { $0.choice == .item(.housing) }) else {
            Issue.record("no housing entry in the item menu")
            return
        }
        _ = app.handle(.char(Character(String(housing + 1))))
        let listed = (app.top as? UnresolvedScreen)?.rows.count ?? -1
        #expect(listed > 0)
        _ = app.handle(.char("a"))
        #expect(newTasks(app)?.step == .measure)
        #expect(newTasks(app)?.item == .housing)
        #expect(newTasks(app)?.place == Self.sandaohu)
        #expect(app.handle(.enter).isEmpty)
        #expect(app.prompt?.question == .batchDue)
        for _ in 0..<12 { _ = app.handle(.backspace) }
        #expect(ListsFixture.type("2020-09-30", into: &app).isEmpty)
        guard let batch = newTasks(app)?.batch else {
            Issue.record("no preview")
            return
        }
        #expect(newTasks(app)?.step == .preview)
        #expect(batch.count == listed)
        #expect(batch.title == "危房改造" && batch.due == Day(iso: "2020-09-30"))
        #expect(app.handle(.enter) == [.createTasks(batch)])
        #expect(app.top is UnresolvedScreen, "the screen closes once the batch is handed over")
    }

    /// From the task board: `a` starts at the place, `b` steps back, a bad date is refused and the preview not made.
    @Test func fromTheTaskBoardEveryStepIsChosenAndABadDateRefused() {
        var app = ListsFixture.app("3", ListsFixture.ctx(.en))
        _ = app.handle(.char("a"))
        #expect(newTasks(app)?.step == .item, "the supervisor's scope is the place until another is chosen")
        _ = app.handle(.char("b"))
        #expect(newTasks(app)?.step == .place)
        _ = app.handle(.enter)
        #expect(newTasks(app)?.step == .item)
        _ = app.handle(.enter)
        #expect(newTasks(app)?.item == .food)
        #expect(newTasks(app)?.step == .measure)
        _ = app.handle(.enter)
        for _ in 0..<12 { _ = app.handle(.backspace) }
        _ = ListsFixture.type("2020-13-01", into: &app)
        #expect(newTasks(app)?.batch == nil)
        #expect(app.status?.text == "'2020-13-01' is not a date (YYYY-MM-DD)")
    }

    /// A first secretary may create tasks for their village only; a responsible cadre (no role row) is refused.
    @Test func whoMayCreateFollowsThePermissionTable() {
        var sec = ListsFixture.app("3", ListsFixture.ctx(user: "taiping-sec"))
        #expect(sec.bindings.first { $0.action == .newTasks }?.disabledReason == nil)
        _ = sec.handle(.char("a"))
        #expect(newTasks(sec)?.place == ListsFixture.code("220622101201"))
        let board = ListsFixture.demo
        guard let cadre = board.users.values.first(where: { $0.role == .responsibleCadre }) else { return }
        let app = ListsFixture.app("3", ListsFixture.ctx(user: cadre.id.raw))
        #expect(app.bindings.first { $0.action == .newTasks }?.disabledReason != nil)
    }

    /// Space marks tasks awaiting verification; `v` asks once, and the typed note goes on every verification, in
    /// one write. Once saved the marks are gone.
    @Test func batchVerifyWithOneNote() {
        var app = ListsFixture.app("3", ListsFixture.ctx())
        _ = app.handle(.tab)
        guard let s = tasks(app), s.taskIndices(.done).count >= 3 else {
            Issue.record("too few tasks awaiting verification")
            return
        }
        let board = app.ctx.board
        let first = board.tasks[s.taskIndices(.done)[0]].id, second = board.tasks[s.taskIndices(.done)[2]].id
        _ = app.handle(.char(" "))
        _ = app.handle(.char("j"))
        _ = app.handle(.char("j"))
        _ = app.handle(.char(" "))
        #expect(tasks(app)?.marked == [first, second])
        #expect(app.status?.text == "已标记 2 件")
        _ = app.handle(.char("v"))
        #expect(app.prompt?.question == .verifyMarked([first, second]))
        let effects = ListsFixture.type("实地核查无误", into: &app)
        #expect(effects == [.saveTogether([.verifyTask(first, note: "实地核查无误"), .verifyTask(second, note: "实地核查无误")])])
        var after = ListsFixture.applying(.verifyTask(first, note: "实地核查无误"), by: "sandaohu-sup", to: board)
        after = ListsFixture.applying(.verifyTask(second, note: "实地核查无误"), by: "sandaohu-sup", to: after)
        app.follow(after)
        #expect(tasks(app)?.marked.isEmpty == true)
        #expect(after.task(first)?.verifyNote == "实地核查无误")
    }

    /// Space again unmarks; marks are offered only on the awaiting pane.
    @Test func spaceUnmarksAndMarksOnlyAwaitingTasks() {
        var app = ListsFixture.app("3", ListsFixture.ctx())
        _ = app.handle(.char(" "))
        #expect(tasks(app)?.marked.isEmpty == true)
        #expect(app.bindings.first { $0.action == .toggleMark }?.disabledReason == "tasks.denied.markPane")
        _ = app.handle(.tab)
        _ = app.handle(.char(" "))
        _ = app.handle(.char(" "))
        #expect(tasks(app)?.marked.isEmpty == true)
    }

    /// What is typed at the verify prompt is the verification's note (it used to be dropped).
    @Test func theVerifyPromptKeepsItsNote() {
        var app = ListsFixture.app("3", ListsFixture.ctx())
        _ = app.handle(.tab)
        guard let done = tasks(app)?.selectedTask(app.ctx) else { return }
        _ = app.handle(.char("v"))
        #expect(ListsFixture.type("照片齐全", into: &app) == [.save(.verifyTask(done.id, note: "照片齐全"))])
    }

    /// After a verify, each key a hurried hand might press next, on its own: nothing is saved, and the task under the
    /// cursor is still awaiting verification.
    @Test func aStrayKeyAfterAVerifyChangesNothing() {
        var app = ListsFixture.app("3", ListsFixture.ctx())
        _ = app.handle(.tab)
        guard let done = tasks(app)?.selectedTask(app.ctx) else { return }
        _ = app.handle(.char("v"))
        _ = app.handle(.enter)
        app.follow(ListsFixture.applying(.verifyTask(done.id), by: "sandaohu-sup", to: app.ctx.board))
        guard let next = tasks(app)?.selectedTask(app.ctx) else { return }
        let board = app.ctx.board
        let strays: [Key] = [.char("v"), .enter, .char("r"), .char("o"), .char("d"), .char(" "), .char("x"), .char("y")]
        for key in strays {
            #expect(app.handle(key).isEmpty, "\(key)")
            // Whatever the key opened (a prompt, the household) is closed again without answering.
            _ = app.handle(.escape)
            if !(app.top is TaskBoardScreen) { _ = app.handle(.escape) }
        }
        #expect(app.ctx.board.task(next.id)?.state == .done)
        #expect(app.ctx.board.log.count == board.log.count)
    }
}

/// The new-tasks screen as text, at 80×24 in both languages: the measure step and the preview.
@Suite struct NewTasksSnapshotTests {
    @Test(arguments: Language.allCases)
    func measureAndPreview(language: Language) {
        let size = Size(width: 80, height: 24)
        var app = ListsFixture.app("3", ListsFixture.ctx(language), size: size)
        _ = app.handle(.char("a"))
        for _ in 0..<4 { _ = app.handle(.char("j")) }
        _ = app.handle(.enter)
        SnapshotAssertion.check(ListsFixture.lines(app, size: size), screen: "NewTasks", name: "\(language)-measure-80x24")
        _ = app.handle(.enter)
        for _ in 0..<12 { _ = app.handle(.backspace) }
        _ = ListsFixture.type("2020-09-30", into: &app)
        SnapshotAssertion.check(ListsFixture.lines(app, size: size), screen: "NewTasks", name: "\(language)-preview-80x24")
    }
}
