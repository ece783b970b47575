import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The task board (任务看板) of the user's scope: open (待办, overdue first and marked), awaiting verification
/// (待验收) and verified (已销号) in three panes switched by Tab. Mark done, verify, send back and reopen are
/// offered as the domain's permission table allows, each saying why when it does not. The rows are built once when the
/// screen is made (the app keeps it between switches); a saved change moves only the tasks it names.
public struct TaskBoardScreen: Screen {
    public let scope: DivisionCode?
    public private(set) var pane: TaskState = .open
    var tasks = TaskRows()
    var cursors: [TaskState: ListCursor] = [:]
    /// The last `/` query and the rows of the current pane that match it.
    var finder = ListSearch()
    var stamp: BoardStamp?
    /// The tasks awaiting verification marked with Space, to be verified together with one note.
    public private(set) var marked: Set<TaskID> = []
    /// How many times the rows were built from the whole board (once, unless a change could not be followed).
    var builds = 0
    var size = Size(width: 80, height: 21)
    /// The filters on (village, owner, overdue, due this week); every pane shows only the tasks they accept.
    public private(set) var filters = TaskFilters()
    /// Per pane, the positions in `tasks.all` the filters accept (empty while no filter is on: the panes show all).
    var filtered: [TaskState: [Int]] = [:]
    /// The open chooser, and which it is.
    var menu: FilterMenu?
    var menuKind: TaskFilterMenus.Kind = .village

    public init(ctx: ScreenContext) {
        scope = ctx.scope
        rebuild(ctx)
    }

    public func title(_ ctx: ScreenContext) -> String {
        ctx.text("tasks.title", scope.flatMap { ctx.board.unit($0)?.name } ?? "")
    }

    /// The rows of a pane, as positions in `Board.tasks`.
    public func taskIndices(_ pane: TaskState) -> [Int] { rows(pane).map { tasks.all[$0] } }

    /// A pane's rows as shown: positions in `tasks.all`, the filters applied.
    func rows(_ pane: TaskState) -> [Int] { filters.isEmpty ? tasks.rows(pane) : filtered[pane] ?? [] }

    /// How many shown tasks are overdue (they lead the open pane).
    var overdueShown: Int { filters.isEmpty ? tasks.overdue : overdueCount }
    /// How many of the filtered open tasks are overdue (counted by `refilter`).
    var overdueCount = 0

    public var cursor: ListCursor { cursors[pane] ?? ListCursor() }

    /// The task under the cursor in the current pane.
    public func selectedTask(_ ctx: ScreenContext) -> WorkTask? {
        let r = rows(pane)
        return r.indices.contains(cursor.selected) ? ctx.board.tasks[tasks.all[r[cursor.selected]]] : nil
    }

    // MARK: Keys

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        if menu != nil { return FilterMenu.bindings }
        let task = selectedTask(ctx)
        func gated(_ key: Character, _ action: TaskAction) -> KeyBinding {
            let a = TaskActionGate.action(action)
            return KeyBinding([.char(key)], a, TaskActionGate.help(action), hint: TaskActionGate.roleMay(action, ctx: ctx),
                              disabled: TaskActionGate.reason(action, task: task, ctx: ctx))
        }
        var openReason: TextKey? = task == nil ? "tasks.denied.noTask" : nil
        if let task, case .village = task.subject { openReason = "tasks.denied.villageTask" }
        var verify = gated("v", .verify)
        if !marked.isEmpty {
            // With tasks marked, `v` verifies the marked ones (each checked when asked), not the one under the cursor.
            verify = KeyBinding([.char("v")], .verifyTask, "tasks.action.verifyMarked", hint: true)
        }
        let markReason: TextKey? = pane != .done ? "tasks.denied.markPane" : (task == nil ? "tasks.denied.noTask" : nil)
        return [KeyBinding([.tab], .nextPane, "action.nextPane", hint: true),
                KeyBinding([.backTab], .previousPane, "action.previousPane"),
                gated("d", .markDone), verify, gated("r", .sendBack), gated("o", .reopen),
                KeyBinding([.char(" ")], .toggleMark, "tasks.action.mark", hint: pane == .done && TaskActionGate.roleMay(.verify, ctx: ctx),
                           disabled: markReason),
                KeyBinding([.char("a")], .newTasks, "batch.action.new", hint: pane == .open && BatchGate.roleMay(ctx),
                           disabled: BatchGate.reason(ctx)),
                KeyBinding([.enter], .open, "tasks.action.open", disabled: openReason),
                KeyBinding([.char("H")], .showHistory, "tasks.action.history", disabled: task == nil ? "tasks.denied.noTask" : nil),
                KeyBinding([.char("f")], .showEvidence, "evidence.action.show", disabled: task == nil ? "tasks.denied.noTask" : nil)]
            + filterBindings + StandardBindings.movement
    }

    /// Table rows between the tabs and header above and the two detail lines below.
    var pageHeight: Int { max(1, size.height - 4) }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) {
        self.size = size
        scrollIntoView()
    }

    /// The choosers' and toggles' keys; while filters are on, the hint bar says so with the key that clears them.
    var filterBindings: [KeyBinding] {
        [KeyBinding([.char("x")], .clearFilter, "taskflow.action.clearFilters", hint: !filters.isEmpty,
                    disabled: filters.isEmpty ? "taskflow.denied.noFilter" : nil),
         KeyBinding([.char("V")], .filterVillage, "taskflow.action.filterVillage", hint: filters.isEmpty),
         KeyBinding([.char("p")], .filterCadre, "taskflow.action.filterOwner"),
         KeyBinding([.char("s")], .filterState, "taskflow.action.filterState"),
         KeyBinding([.char("O")], .filterOverdue, "taskflow.action.filterOverdue"),
         KeyBinding([.char("w")], .filterDueWeek, "taskflow.action.filterWeek")]
    }

    public mutating func input(_ key: Key, _ ctx: ScreenContext) -> Outcome? {
        guard var m = menu else { return nil }
        let result = m.handle(key)
        menu = m
        return finish(result, ctx)
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if var m = menu {
            let result = m.handle(action)
            menu = m
            return finish(result, ctx)
        }
        var c = cursor
        if c.handle(action, page: pageHeight) {
            cursors[pane] = c
            scrollIntoView()
            return .none
        }
        switch action {
        case .nextPane, .previousPane:
            let all = TaskState.allCases
            let i = all.firstIndex(of: pane) ?? 0
            pane = all[(i + (action == .nextPane ? 1 : all.count - 1)) % all.count]
            finder.refresh(shown: rows(pane), prepare: searchNames(ctx))
            return .none
        case .filterVillage: return openMenu(.village, ctx)
        case .filterCadre: return openMenu(.owner, ctx)
        case .filterState: return openMenu(.state, ctx)
        case .filterOverdue:
            filters.overdueOnly.toggle()
            return filtersChanged(ctx)
        case .filterDueWeek:
            filters.dueThisWeek.toggle()
            return filtersChanged(ctx)
        case .clearFilter:
            guard !filters.isEmpty else { return .none }
            filters = TaskFilters()
            return filtersChanged(ctx)
        case .open:
            guard let task = selectedTask(ctx), case .household(let id) = task.subject else { return .none }
            return .push(HouseholdScreen(household: id, ctx: ctx))
        case .showHistory:
            guard let task = selectedTask(ctx) else { return .none }
            return .push(LogScreen(ctx: ctx, task: task.id))
        case .showEvidence:
            guard let task = selectedTask(ctx) else { return .none }
            return .push(EvidenceScreen(.task(task.id), ctx: ctx))
        case .markTaskDone: return act(.markDone, ctx)
        case .verifyTask: return marked.isEmpty ? act(.verify, ctx) : verifyMarked(ctx)
        case .toggleMark:
            guard pane == .done, let task = selectedTask(ctx) else { return .none }
            if marked.remove(task.id) == nil { marked.insert(task.id) }
            return .message(StatusMessage(ctx.text("tasks.marked", marked.count)))
        case .newTasks:
            if let reason = BatchGate.reason(ctx) { return .message(StatusMessage(ctx.text(reason), isError: true)) }
            return .push(NewTasksScreen(ctx: ctx, scope: scope, item: nil))
        case .sendBackTask: return act(.sendBack, ctx)
        case .reopenTask: return act(.reopen, ctx)
        case .nextMatch, .previousMatch:
            guard let next = finder.step(from: cursor.selected, forward: action == .nextMatch) else {
                return ListSearch.noMatches(ctx)
            }
            select(next)
            return .none
        default:
            return .none
        }
    }

    /// Checks the action against the domain, then saves it (verify) or asks for the note or reason first.
    mutating func act(_ action: TaskAction, _ ctx: ScreenContext) -> Outcome {
        let task = selectedTask(ctx)
        if let reason = TaskActionGate.reason(action, task: task, ctx: ctx) {
            return .message(StatusMessage(ctx.text(reason), isError: true))
        }
        guard let task else { return .none }
        let id = task.id
        let t = ctx.text
        // Each prompt names the task it acts on, so the user sees what a confirmation would strike off or send back.
        let subject = TaskBoardText.subject(task, board: ctx.board)
        switch action {
        case .markDone:
            return .prompt(Prompt(label: t("tasks.prompt.note"), question: .doneNote(id)))
        case .verify:
            // What is typed is the verification's note (nothing typed: no note); Enter alone verifies. How many files
            // back the work is said, so nobody strikes off on a word alone (issue 21).
            let files = ctx.board.attachmentCount(ofTask: id)
            let evidence = files == 0 ? t("evidence.none") : t("evidence.count", files)
            return .prompt(Prompt(label: t("tasks.prompt.verifyTask", task.title, subject, evidence), question: .verifyConfirm(id)))
        case .sendBack:
            return .prompt(Prompt(label: t("tasks.prompt.sendBackTask", task.title, subject), required: true,
                                  question: .sendBackReason(id)))
        case .reopen:
            return .prompt(Prompt(label: t("tasks.prompt.reopenTask", task.title, subject), required: true,
                                  question: .reopenReason(id)))
        }
    }

    /// Asks once for the marked tasks: each is checked against the domain first, and any that may not be verified
    /// now (another verified it, or it is one's own work) is named instead of asking.
    mutating func verifyMarked(_ ctx: ScreenContext) -> Outcome {
        let board = ctx.board
        let ids = tasks.rows(.done).map { board.tasks[tasks.all[$0]].id }.filter { marked.contains($0) }
        for id in ids {
            guard let task = board.task(id) else { continue }
            if let reason = TaskActionGate.reason(.verify, task: task, ctx: ctx) {
                return .message(StatusMessage(ctx.text("tasks.markedRefused", task.title,
                                                       TaskBoardText.subject(task, board: board), ctx.text(reason)), isError: true))
            }
        }
        guard !ids.isEmpty else {
            marked = []
            return .none
        }
        return .prompt(Prompt(label: ctx.text("tasks.prompt.verifyMarked", ids.count), question: .verifyMarked(ids)))
    }

    /// The note or reason asked for by `act`, saved with the task's step.
    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        if case .savedTogether(let changes) = message {
            // The marks are spent once their tasks are verified.
            for change in changes { if let id = change.task { marked.remove(id) } }
            return .none
        }
        guard case .answered(let question, let typed) = message else { return .none }
        let text = typed.trimmingSpaces
        switch question {
        case .doneNote(let id): return .effects([.save(.markTaskDone(id, note: text))])
        case .sendBackReason(let id): return .effects([.save(.sendBackTask(id, reason: text))])
        case .reopenReason(let id): return .effects([.save(.reopenTask(id, reason: text))])
        case .verifyConfirm(let id): return .effects([.save(.verifyTask(id, note: text))])
        case .verifyMarked(let ids): return .effects([.saveTogether(ids.map { .verifyTask($0, note: text) })])
        case .search, .markEvidence, .exitApprove, .exitSendBack, .removeMemberConfirm, .exportFolder, .batchDue,
             .targetEvidence, .targetFigure, .attachPath, .findingNote, .recheckMissed, .recheckTask: return .none
        }
    }

    // MARK: Search

    public var canSearch: Bool { true }

    public mutating func search(_ query: String, _ ctx: ScreenContext) -> Outcome? {
        let (outcome, row) = finder.run(query, shown: rows(pane), from: cursor.selected, ctx, prepare: searchNames(ctx))
        if let row { select(row) }
        return outcome
    }

    /// How to prepare the names of every task in view once: its title and its household head or village.
    func searchNames(_ ctx: ScreenContext) -> () -> NameSearch {
        let board = ctx.board, all = tasks.all
        return {
            NameSearch(all) { i in TaskBoardScreen.names(board.tasks[i], board) }
        }
    }

    // MARK: Building

    public mutating func boardChanged(_ ctx: ScreenContext) {
        let now = BoardStamp(ctx.board)
        guard stamp != now else { return }
        if let stamp, let operations = stamp.operations(since: ctx.board), follow(operations, ctx) {
            self.stamp = now
        } else {
            rebuild(ctx)
        }
    }

    mutating func rebuild(_ ctx: ScreenContext) {
        tasks = TaskRows(board: ctx.board, scope: scope, user: ctx.user)
        builds += 1
        stamp = BoardStamp(ctx.board)
        finder.invalidate()
        settle(ctx)
    }

    /// Moves or adds only the tasks `operations` name (and refreshes the search names of a household's tasks when its
    /// members changed); false when a unit changed (places and village names), so the board must be rebuilt.
    mutating func follow(_ operations: ArraySlice<Operation>, _ ctx: ScreenContext) -> Bool {
        let board = ctx.board
        for op in operations {
            switch op.change {
            case .addOrgUnit:
                return false
            case .addTask(let t):
                guard let i = Self.index(of: t.id, board) else { return false }
                if case .added(let p) = tasks.place(i, board) {
                    finder.editNames { $0.insert(row: p, names: Self.names(board.tasks[i], board)) }
                }
            case .markTaskDone(let id, _), .verifyTask(let id, _), .sendBackTask(let id, _), .reopenTask(let id, _):
                guard let i = Self.index(of: id, board) else { return false }
                _ = tasks.place(i, board)
            case .editTask(let id, _, _, _):
                // A new due date moves it among the open; a new title is a new name to search.
                guard let i = Self.index(of: id, board) else { return false }
                _ = tasks.place(i, board)
                if let p = tasks.shown(i, board) { finder.editNames { $0.replace(row: p, names: Self.names(board.tasks[i], board)) } }
            case .addMember, .updateMember, .removeMember, .moveMember:
                // The households' heads may have changed: the search names of their tasks.
                for id in op.change.households {
                for i in board.taskIndices(forHousehold: id) {
                    guard let p = tasks.shown(i, board) else { continue }
                    finder.editNames { $0.replace(row: p, names: Self.names(board.tasks[i], board)) }
                }
                }
            case .registerHousehold, .setStatus, .setCheck, .setIncome, .setEnrolments, .setCauses, .setPlan,
                 .assignCadre, .addVisit, .addUser, .updateUser, .setPin, .setStandard, .proposeExit, .reviewExit,
                 .decideExit, .rollBackStatus, .setPinPolicy, .setVillageTarget, .attachEvidence, .correctVisit,
                 .recordFinding, .lookAtFinding, .drawRecheckSample, .recordRecheck:
                // Rows read names and states from the board when drawn: nothing to place again.
                continue
            }
        }
        settle(ctx)
        return true
    }

    /// Task `id`'s position on the board (tasks are found through their household's or village's index).
    static func index(of id: TaskID, _ board: Board) -> Int? {
        guard let task = board.task(id) else { return nil }
        let candidates: [Int]
        switch task.subject {
        case .household(let h): candidates = board.taskIndices(forHousehold: h)
        case .village(let v): candidates = board.taskIndices(inVillage: v)
        }
        return candidates.last { board.tasks[$0].id == id }
    }

    /// The names `/` matches for a task: its title and its household head or village.
    static func names(_ t: WorkTask, _ board: Board) -> [String] { [t.title, TaskBoardText.subject(t, board: board)] }

    /// After the rows changed: each pane's cursor kept inside it, the selection in view, the matches found again.
    mutating func settle(_ ctx: ScreenContext) {
        // A mark holds only while its task still awaits verification (another laptop may have verified it).
        if !marked.isEmpty { marked = marked.filter { ctx.board.task($0)?.state == .done } }
        refilter(ctx)
        for state in TaskState.allCases {
            var c = cursors[state] ?? ListCursor()
            c.setCount(rows(state).count)
            cursors[state] = c
        }
        scrollIntoView()
        finder.refresh(shown: rows(pane), prepare: searchNames(ctx))
    }

    mutating func select(_ row: Int) {
        var c = cursor
        c.select(row)
        cursors[pane] = c
        scrollIntoView()
    }

    mutating func scrollIntoView() {
        var c = cursor
        _ = c.visibleRange(rows: pageHeight)
        cursors[pane] = c
    }

    // MARK: Drawing

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 0 else { return }
        TaskBoardText.tabs(self, ctx, into: &canvas, area: Rect(x: area.x, y: area.y, width: area.width, height: 1))
        let tableArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 3))
        let rows = rows(pane)
        let board = ctx.board
        let columns = TaskColumn.layout(pane, width: area.width)
        let window = cursor.window(rows: max(0, tableArea.height - 1))
        Table.render(columns: columns.map { TableColumn(ctx.text($0.column.titleKey), width: $0.width,
                                                        alignment: $0.column.alignment) },
                     window: window, selected: cursor.selected, into: &canvas, area: tableArea) { row, column in
            let task = board.tasks[tasks.all[rows[row]]]
            return TaskBoardText.cell(task, columns[column].column, board: board, ctx: ctx, matched: finder.isMatch(row),
                                      marked: !marked.isEmpty && marked.contains(task.id))
        }
        if rows.isEmpty {
            canvas.put(ctx.text(filters.isEmpty ? TaskBoardText.emptyKey(pane) : "taskflow.empty.filtered"), x: area.x + 1, y: tableArea.y + 2,
                       style: "muted", maxWidth: area.width - 1)
        }
        let detail = Rect(x: area.x, y: area.maxY - 2, width: area.width, height: 2)
        if area.height >= 5, let task = selectedTask(ctx) { TaskBoardText.detail(task, ctx, into: &canvas, area: detail) }
        menu?.render(ctx, into: &canvas, area: area)
    }

    // MARK: Filters

    /// Filters every pane again (after the filters or the rows changed): one pass over the tasks in view.
    mutating func refilter(_ ctx: ScreenContext) {
        filtered = [:]
        overdueCount = 0
        guard !filters.isEmpty else { return }
        let board = ctx.board
        let today = board.today, weekEnd = TaskFilters.endOfWeek(today)
        let f = filters
        for state in TaskState.allCases {
            filtered[state] = tasks.rows(state).filter { p in
                let i = tasks.all[p]
                return f.accepts(board.tasks[i], village: board.village(of: board.tasks[i]), today: today, weekEnd: weekEnd)
            }
        }
        overdueCount = (filtered[.open] ?? []).prefix { board.tasks[tasks.all[$0]].isOverdue(on: today) }.count
    }

    /// Sets the filters at once (a test, or a screen that opens the board already narrowed).
    public mutating func setFilters(_ filters: TaskFilters, _ ctx: ScreenContext) {
        self.filters = filters
        settle(ctx)
    }

    mutating func filtersChanged(_ ctx: ScreenContext) -> Outcome {
        settle(ctx)
        return .message(StatusMessage(ctx.text("taskflow.shown", rows(pane).count)))
    }

    mutating func openMenu(_ kind: TaskFilterMenus.Kind, _ ctx: ScreenContext) -> Outcome {
        menuKind = kind
        menu = FilterMenu(slot: kind.slot, title: ctx.text(kind.title), options: TaskFilterMenus.make(kind, screen: self, ctx: ctx),
                          current: TaskFilterMenus.current(kind, self), visibleRows: max(1, size.height - 6))
        return .none
    }

    mutating func finish(_ result: FilterMenu.Result, _ ctx: ScreenContext) -> Outcome {
        switch result {
        case .keep: return .none
        case .close:
            menu = nil
            return .none
        case .choose(let choice):
            menu = nil
            switch (menuKind, choice) {
            case (.state, .taskState(let s)):
                pane = s
                finder.refresh(shown: rows(pane), prepare: searchNames(ctx))
                return .none
            case (.village, .unit(let v)): filters.village = v
            case (.owner, .cadre(.cadre(let u))): filters.owner = u
            case (.village, .any): filters.village = nil
            case (.owner, .any): filters.owner = nil
            default: return .none
            }
            return filtersChanged(ctx)
        }
    }
}
