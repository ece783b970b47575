import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI

/// Every key of the task board: panes, d/v/r/o with their prompts and saved changes, refusals per role and
/// for read-only stores, Enter, search, and rebuilding after a change.
@Suite struct TaskBoardUpdateTests {
    static let sandaohu = ListsFixture.code("220622101000")
    static let jingyu = ListsFixture.code("220622000000")

    func screen(_ app: AppModel) -> TaskBoardScreen? { app.top as? TaskBoardScreen }
    func selected(_ app: AppModel) -> WorkTask? { screen(app)?.selectedTask(app.ctx) }

    /// The reason text the binding of `action` gives now, nil when it is offered.
    func refusal(_ app: AppModel, _ action: Action) -> String? {
        app.bindings.first { $0.action == action }?.disabledReason.map { app.ctx.text($0) }
    }

    /// Moves the cursor to the first row of the current pane whose task passes `test`.
    func select(_ app: inout AppModel, where test: (WorkTask) -> Bool) -> WorkTask? {
        guard let s = screen(app), let row = s.taskIndices(s.pane).firstIndex(where: { test(app.ctx.board.tasks[$0]) }) else {
            return nil
        }
        _ = app.handle(.char("g"))
        for _ in 0..<row { _ = app.handle(.down) }
        return selected(app)
    }

    @Test func panesHoldTheScopeTasksByStateOverdueFirst() {
        var app = ListsFixture.app("3", ListsFixture.ctx())
        let board = app.ctx.board
        let expected = Set(board.taskIndices(under: Self.sandaohu))
        guard let s = screen(app) else { return }
        let shown = TaskState.allCases.flatMap { s.taskIndices($0) }
        #expect(Set(shown) == expected && shown.count == expected.count)
        for state in TaskState.allCases { #expect(s.taskIndices(state).allSatisfy { board.tasks[$0].state == state }) }
        let open = s.taskIndices(.open).map { board.tasks[$0] }
        #expect(open.map(\.due) == open.map(\.due).sorted())
        let overdue = open.map { $0.isOverdue(on: board.today) }
        #expect(overdue.first == true)
        #expect(overdue == overdue.sorted { $0 && !$1 }, "every overdue task comes before the others")
        // Tab and Shift-Tab go round the three panes.
        #expect(s.pane == .open)
        _ = app.handle(.tab)
        #expect(screen(app)?.pane == .done)
        _ = app.handle(.tab)
        #expect(screen(app)?.pane == .verified)
        _ = app.handle(.tab)
        #expect(screen(app)?.pane == .open)
        _ = app.handle(.backTab)
        #expect(screen(app)?.pane == .verified)
    }

    @Test func movementKeysMoveWithinThePaneAndEachPaneKeepsItsCursor() {
        var app = ListsFixture.app("3", ListsFixture.ctx())
        let count = screen(app)?.taskIndices(.open).count ?? 0
        _ = app.handle(.char("j"))
        _ = app.handle(.down)
        #expect(screen(app)?.cursor.selected == 2)
        _ = app.handle(.char("k"))
        #expect(screen(app)?.cursor.selected == 1)
        _ = app.handle(.pageDown)
        #expect(screen(app)?.cursor.selected == min(count - 1, 1 + 17), "a page is the table's height at 80×24")
        _ = app.handle(.pageUp)
        #expect(screen(app)?.cursor.selected == 1)
        _ = app.handle(.char("G"))
        #expect(screen(app)?.cursor.selected == count - 1)
        _ = app.handle(.tab)
        #expect(screen(app)?.cursor.selected == 0)
        _ = app.handle(.backTab)
        #expect(screen(app)?.cursor.selected == count - 1)
        _ = app.handle(.home)
        #expect(screen(app)?.cursor.selected == 0)
    }

    @Test func theSecretaryMarksATaskDoneWithANote() {
        var app = ListsFixture.app("3", ListsFixture.ctx(user: "taiping-sec"))
        guard let task = selected(app) else {
            Issue.record("no open task in 太平村")
            return
        }
        #expect(refusal(app, .markTaskDone) == nil)
        #expect(app.handle(.char("d")).isEmpty)
        #expect(app.prompt?.label == "完成情况（可不填）：")
        let effects = ListsFixture.type("  已入户核实 ", into: &app)
        #expect(effects == [.save(.markTaskDone(task.id, note: "已入户核实"))])
        #expect(app.prompt == nil)
        // The note may be left empty.
        _ = app.handle(.char("d"))
        #expect(app.handle(.enter) == [.save(.markTaskDone(task.id, note: ""))])
        // Esc abandons the prompt and saves nothing.
        _ = app.handle(.char("d"))
        #expect(app.handle(.escape).isEmpty)
        #expect(app.prompt == nil)
    }

    @Test func theSupervisorVerifiesSendsBackAndReopens() {
        var app = ListsFixture.app("3", ListsFixture.ctx(.en))
        _ = app.handle(.tab)
        guard let done = selected(app) else {
            Issue.record("no task awaiting verification in 三道湖镇")
            return
        }
        // Verify names the task and waits: Esc leaves it, only Enter strikes it off.
        #expect(app.handle(.char("v")).isEmpty)
        // ... and says how many evidence files back it (issue 21).
        #expect(app.prompt?.label == "Verify '\(done.title)' (\(TaskBoardText.subject(done, board: app.ctx.board)), no attachments)? "
                + "Note (optional), Enter strikes it off, Esc cancels:")
        #expect(app.handle(.escape).isEmpty)
        #expect(app.prompt == nil)
        _ = app.handle(.char("v"))
        #expect(app.handle(.enter) == [.save(.verifyTask(done.id))])

        // Sending back asks for a reason and refuses an empty one.
        #expect(app.handle(.char("r")).isEmpty)
        #expect(app.prompt?.required == true)
        #expect(app.handle(.enter).isEmpty)
        #expect(app.prompt != nil)
        #expect(app.status?.isError == true)
        #expect(ListsFixture.type("照片不清", into: &app) == [.save(.sendBackTask(done.id, reason: "照片不清"))])

        _ = app.handle(.tab)
        guard let verified = selected(app) else {
            Issue.record("no verified task in 三道湖镇")
            return
        }
        _ = app.handle(.char("o"))
        #expect(app.prompt?.label == "Reason for reopening '\(verified.title)' (\(TaskBoardText.subject(verified, board: app.ctx.board))) (required):")
        #expect(ListsFixture.type("回头看发现问题", into: &app) == [.save(.reopenTask(verified.id, reason: "回头看发现问题"))])
    }

    /// Expected refusals on the first row of each pane, per role. nil: offered.
    @Test func refusalsPerRole() {
        let board = ListsFixture.demo
        let office = board.users.values.first { $0.role == .countyOfficeHead && $0.scope == Self.jingyu }?.id.raw
        let cadre = board.users.values.filter { $0.role == .responsibleCadre && $0.scope == Self.sandaohu }.map(\.id.raw).min()
        typealias Row = (user: String?, pane: TaskState, d: String?, v: String?, r: String?, o: String?)
        let onlyOwner = "只有任务负责人或本村干部可以标记完成"
        let onlyVerifiers = "只有乡镇督导、县扶贫办或管理员可以验收"
        let onlyVerifiersSendBack = "只有乡镇督导、县扶贫办或管理员可以退回"
        let onlyVerifiersReopen = "只有乡镇督导、县扶贫办或管理员可以重新打开"
        let rows: [Row] = [
            ("taiping-sec", .open, nil, onlyVerifiers, onlyVerifiersSendBack, onlyVerifiersReopen),
            ("taiping-sec", .done, "只有待办任务可以标记完成", onlyVerifiers, onlyVerifiersSendBack, onlyVerifiersReopen),
            ("taiping-sec", .verified, "只有待办任务可以标记完成", onlyVerifiers, onlyVerifiersSendBack, onlyVerifiersReopen),
            ("sandaohu-sup", .open, onlyOwner, "只有待验收的任务可以验收", "只有待验收的任务可以退回", "只有已销号的任务可以重新打开"),
            ("sandaohu-sup", .done, onlyOwner, nil, nil, "只有已销号的任务可以重新打开"),
            ("sandaohu-sup", .verified, onlyOwner, "只有待验收的任务可以验收", "只有待验收的任务可以退回", nil),
            (office, .done, onlyOwner, nil, nil, "只有已销号的任务可以重新打开"),
            ("admin", .verified, onlyOwner, "只有待验收的任务可以验收", "只有待验收的任务可以退回", nil),
        ]
        for row in rows {
            var app = ListsFixture.app("3", ListsFixture.ctx(user: row.user))
            while screen(app)?.pane != row.pane { _ = app.handle(.tab) }
            let who = "\(row.user ?? "?") on \(row.pane)"
            #expect(refusal(app, .markTaskDone) == row.d, "d for \(who)")
            #expect(refusal(app, .verifyTask) == row.v, "v for \(who)")
            #expect(refusal(app, .sendBackTask) == row.r, "r for \(who)")
            #expect(refusal(app, .reopenTask) == row.o, "o for \(who)")
        }
        // A responsible cadre marks their own tasks done, and no one else's.
        guard let cadre else {
            Issue.record("no responsible cadre in 三道湖镇")
            return
        }
        var app = ListsFixture.app("3", ListsFixture.ctx(user: cadre))
        if select(&app, where: { $0.owner.raw == cadre }) != nil { #expect(refusal(app, .markTaskDone) == nil) }
        if select(&app, where: { $0.owner.raw != cadre }) != nil { #expect(refusal(app, .markTaskDone) == onlyOwner) }
    }

    @Test func pressingARefusedKeySaysWhyAndSavesNothing() {
        var app = ListsFixture.app("3", ListsFixture.ctx(user: "taiping-sec"))
        _ = app.handle(.tab)
        #expect(app.handle(.char("v")).isEmpty)
        #expect(app.status == StatusMessage("只有乡镇督导、县扶贫办或管理员可以验收", isError: true))
        #expect(app.prompt == nil)
        // The same through the palette's path and straight into the screen.
        #expect(app.perform(.sendBackTask).isEmpty)
        guard var s = screen(app) else { return }
        if case .message(let m) = s.update(.verifyTask, app.ctx) { #expect(m.isError) } else { Issue.record("no refusal") }
    }

    @Test func nobodyVerifiesWhatTheyMarkedDone() {
        var board = ListsFixture.demo
        guard let open = board.taskIndices(under: Self.sandaohu).map({ board.tasks[$0] }).first(where: { $0.state == .open }) else {
            Issue.record("no open task in 三道湖镇")
            return
        }
        // The supervisor's own task (only its owner or the village's cadre may mark a task done).
        var own = open
        own.id = TaskID(open.id.raw + "-own")
        own.owner = UserID("sandaohu-sup")
        board = ListsFixture.applying(.addTask(own), by: "sandaohu-sup", to: board)
        board = ListsFixture.applying(.markTaskDone(own.id, note: "自己做的"), by: "sandaohu-sup", to: board)
        var app = ListsFixture.app("3", ListsFixture.ctx(board: board))
        _ = app.handle(.tab)
        #expect(select(&app, where: { $0.id == own.id })?.id == own.id)
        #expect(refusal(app, .verifyTask) == "不能验收自己标记完成的任务")
        #expect(refusal(app, .sendBackTask) == nil)
        #expect(app.handle(.char("v")).isEmpty)
    }

    @Test func aReadOnlyStoreOrNoUserRefusesEveryAction() {
        for pane in 0..<3 {
            var app = ListsFixture.app("3", ListsFixture.ctx(readOnly: true))
            for _ in 0..<pane { _ = app.handle(.tab) }
            for action in [Action.markTaskDone, .verifyTask, .sendBackTask, .reopenTask] {
                #expect(refusal(app, action) == app.ctx.text("status.readOnlyRefused"))
            }
            #expect(app.handle(.char("v")).isEmpty)
            #expect(app.status?.text == app.ctx.text("status.readOnlyRefused"))
        }
        let app = ListsFixture.app("3", ListsFixture.ctx(.en, user: nil))
        #expect(refusal(app, .markTaskDone) == "No user chosen (use --as): tasks cannot be changed")
    }

    @Test func enterOpensAHouseholdTaskButNotAVillageTask() {
        var app = ListsFixture.app("3", ListsFixture.ctx())
        guard case .household(let id)? = select(&app, where: { if case .household = $0.subject { true } else { false } })?.subject else {
            Issue.record("no household task")
            return
        }
        _ = app.handle(.enter)
        #expect((app.top as? HouseholdScreen)?.household == id)
        _ = app.handle(.escape)
        #expect(screen(app) != nil)
        #expect(select(&app, where: { if case .village = $0.subject { true } else { false } }) != nil)
        _ = app.handle(.enter)
        #expect(screen(app) != nil)
        #expect(app.status?.text == "这是村级任务，不属于某一户")
    }

    @Test func aSavedChangeMovesTheTaskToItsNewPane() {
        var app = ListsFixture.app("3", ListsFixture.ctx())
        _ = app.handle(.tab)
        guard let done = selected(app), let before = screen(app)?.taskIndices(.done).count else { return }
        let board = ListsFixture.applying(.verifyTask(done.id), by: "sandaohu-sup", to: app.ctx.board)
        app.follow(board)
        #expect(screen(app)?.taskIndices(.done).count == before - 1)
        #expect(screen(app)?.taskIndices(.verified).contains { board.tasks[$0].id == done.id } == true)
        #expect(screen(app)?.pane == .done)
        #expect(selected(app) != nil)
        // A stray key after the verify strikes off nothing: `v` only asks about the task now under the cursor.
        #expect(app.handle(.char("v")).isEmpty)
        #expect(app.prompt?.question == .verifyConfirm(selected(app)?.id ?? TaskID("")))
        #expect(app.handle(.char("v")).isEmpty)
        #expect(app.handle(.escape).isEmpty)
        #expect(screen(app)?.taskIndices(.done).count == before - 1)
    }

    @Test func theOwnerSeesTheirTasksOutsideTheirScope() {
        let board = ListsFixture.demo
        guard let cadre = board.users.values.first(where: { $0.role == .responsibleCadre && $0.scope == Self.sandaohu }),
              let far = board.roots.first.flatMap({ board.villages(under: $0).first { !board.isInside($0, scope: Self.sandaohu) } }) else {
            Issue.record("demo lacks a cadre or a village elsewhere")
            return
        }
        let task = WorkTask(id: TaskID("lists-far"), subject: .village(far), title: "跨乡镇帮扶", owner: cadre.id,
                            due: board.today.adding(days: 10), createdBy: UserID("admin"), createdOn: board.today)
        let changed = ListsFixture.applying(.addTask(task), to: board)
        var app = ListsFixture.app("3", ListsFixture.ctx(user: cadre.id.raw, board: changed))
        #expect(select(&app, where: { $0.id == task.id })?.id == task.id)
        #expect(refusal(app, .markTaskDone) == nil)
    }

    @Test func searchFindsTitlesAndNamesAndStepsWithN() {
        var app = ListsFixture.app("3", ListsFixture.ctx())
        _ = app.handle(.char("/"))
        _ = ListsFixture.type("回头看", into: &app)
        guard let matches = screen(app)?.finder.matches, matches.count >= 2 else {
            Issue.record("expected several 回头看 tasks")
            return
        }
        #expect(selected(app)?.title.contains("回头看") == true)
        _ = app.handle(.char("n"))
        #expect(screen(app)?.cursor.selected == matches[1])
        // Matches follow the pane: the awaiting pane has its own.
        _ = app.handle(.tab)
        #expect(screen(app)?.finder.matches.allSatisfy { i in
            screen(app).map { s in app.ctx.board.tasks[s.taskIndices(.done)[i]].title.contains("回头看") } ?? false
        } == true)
        // Pinyin initials of the household head.
        _ = app.handle(.char("/"))
        guard let head = selected(app).flatMap({ t -> String? in
            if case .household(let id) = t.subject { return app.ctx.board.household(id)?.headName } else { return nil }
        }) else { return }
        let initials = String(head.compactMap { PinyinInitials.initials(of: $0).first })
        _ = app.handle(.char("g"))
        _ = app.handle(.char("/"))
        _ = ListsFixture.type(initials, into: &app)
        #expect(selected(app).map { TaskBoardText.subject($0, board: app.ctx.board) } == head, "\(initials) → \(head)")
    }
}
