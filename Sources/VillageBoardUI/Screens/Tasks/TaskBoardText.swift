import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The columns of the task board; each pane shows its own set.
enum TaskColumn: String, CaseIterable, Sendable {
    case mark, title, subject, place, owner, due, overdueDays, reason, doneBy, doneOn, note, verifiedBy, verifiedOn

    var titleKey: TextKey {
        switch self {
        case .mark: "tasks.col.mark"
        case .title: "tasks.col.title"
        case .subject: "tasks.col.subject"
        case .place: "tasks.col.place"
        case .owner: "tasks.col.owner"
        case .due: "tasks.col.due"
        case .overdueDays: "tasks.col.overdueDays"
        case .reason: "tasks.col.reason"
        case .doneBy: "tasks.col.doneBy"
        case .doneOn: "tasks.col.doneOn"
        case .note: "tasks.col.note"
        case .verifiedBy: "tasks.col.verifiedBy"
        case .verifiedOn: "tasks.col.verifiedOn"
        }
    }
    var alignment: TextAlignment { self == .overdueDays ? .right : .left }

    /// A column placed at a width.
    struct Placed {
        var column: TaskColumn
        var width: Int
    }

    /// Fixed widths; nil for the columns that share what is left (title, reason, note).
    var fixedWidth: Int? {
        switch self {
        case .mark: 1
        case .subject, .owner, .doneBy, .verifiedBy: 8
        case .place: 16
        case .due, .doneOn, .verifiedOn: 10
        case .overdueDays: 4
        case .title, .reason, .note: nil
        }
    }

    /// A pane's columns at a width: the village column only from 110 columns; the title takes most of what is left.
    static func layout(_ pane: TaskState, width: Int) -> [Placed] {
        var columns: [TaskColumn]
        switch pane {
        case .open: columns = [.mark, .title, .subject, .place, .owner, .due, .overdueDays, .reason]
        case .done: columns = [.mark, .title, .subject, .place, .owner, .doneBy, .doneOn, .note]
        case .verified: columns = [.title, .subject, .place, .owner, .doneBy, .verifiedBy, .verifiedOn]
        }
        if width < 110 { columns.removeAll { $0 == .place } }
        let fixed = columns.compactMap(\.fixedWidth).reduce(0, +) + columns.count - 1
        let flexible = columns.filter { $0.fixedWidth == nil }
        let room = max(0, width - fixed)
        let title = flexible.count > 1 ? max(12, room * 11 / 20) : room
        return columns.map { column in
            Placed(column: column, width: column.fixedWidth ?? (column == .title ? title : max(0, room - title)))
        }
    }
}

/// The task board's words and cells: the tabs, one cell of a task, and the selected task's details.
enum TaskBoardText {
    /// What an empty pane says.
    static func emptyKey(_ pane: TaskState) -> TextKey {
        switch pane {
        case .open: "tasks.empty.open"
        case .done: "tasks.empty.done"
        case .verified: "tasks.empty.verified"
        }
    }

    /// A household task's head of household, or a village task's village.
    static func subject(_ task: WorkTask, board: Board) -> String {
        switch task.subject {
        case .household(let id): board.household(id)?.headName ?? id.raw
        case .village(let code): board.unit(code)?.name ?? code.description
        }
    }

    static func name(_ user: UserID?, _ board: Board) -> String {
        guard let user else { return "" }
        return board.user(user)?.name ?? user.raw
    }

    /// "待办 120（逾期 31）│ 待验收 45 │ 已销号 678", the current pane highlighted.
    static func tabs(_ screen: TaskBoardScreen, _ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        var x = area.x
        for (i, state) in TaskState.allCases.enumerated() {
            if i > 0 { x += canvas.put(" " + ctx.glyphs.vertical + " ", x: x, y: area.y, style: "border") }
            var label = ctx.text.name(state) + " " + String(screen.rows(state).count)
            if state == .open && screen.overdueShown > 0 { label += ctx.text("tasks.tab.overdue", screen.overdueShown) }
            let style: StyleName = state == screen.pane ? "tab.active" : "tab"
            x += canvas.put(" " + label + " ", x: x, y: area.y, style: style, maxWidth: max(0, area.maxX - x))
        }
        // The filters on, after the tabs (the counts above are of the filtered tasks).
        let labels = screen.filters.labels(ctx)
        if !labels.isEmpty && x + 4 < area.maxX {
            // Cut short with "…": a filter's name half shown must not read as another name.
            let line = " " + ctx.text("taskflow.filters", labels.joined(separator: " · "))
            canvas.put(DisplayWidth.truncate(line, to: area.maxX - x), x: x, y: area.y, style: "info")
        }
    }

    /// One cell; `board` is the frame's (read once per frame: taking it from `ctx` per cell would copy it per cell).
    /// `marked`: chosen with Space for a batch verify.
    static func cell(_ task: WorkTask, _ column: TaskColumn, board: Board, ctx: ScreenContext, matched: Bool,
                     marked: Bool = false) -> TableCell {
        let overdue = task.isOverdue(on: board.today)
        switch column {
        case .mark:
            if marked { return TableCell("*", style: "focus") }
            return overdue ? TableCell("!", style: "status.overdue") : TableCell("")
        case .title:
            // Changed after a break in a journal's hash chain: marked as the household list and pane mark theirs.
            if ctx.unverified.tasks.contains(task.id) { return TableCell("⚠" + task.title, style: "warning") }
            return TableCell(task.title, style: matched ? "focus" : (overdue ? "status.overdue" : .normal))
        case .subject:
            if case .village = task.subject { return TableCell(subject(task, board: board), style: "info") }
            return TableCell(subject(task, board: board))
        case .place: return TableCell(board.village(of: task).flatMap { board.unit($0)?.name } ?? "", style: "muted")
        case .owner: return TableCell(name(task.owner, board))
        case .due: return TableCell(task.due.iso, style: overdue ? "status.overdue" : .normal)
        case .overdueDays:
            return overdue ? TableCell(String(task.due.days(until: board.today)), style: "status.overdue") : TableCell("")
        case .reason:
            // The column holds why a task came back; a reopened one says so, not "sent back".
            let reason = task.reopened && !task.returnReason.isEmpty ? ctx.text("tasks.cell.reopened", task.returnReason) : task.returnReason
            return TableCell(reason, style: "warning")
        case .doneBy: return TableCell(name(task.doneBy, board))
        case .doneOn: return TableCell(task.doneOn?.iso ?? "", style: "muted")
        case .note: return TableCell(task.doneNote, style: "muted")
        case .verifiedBy: return TableCell(name(task.verifiedBy, board))
        case .verifiedOn: return TableCell(task.verifiedOn?.iso ?? "", style: "status.cleared")
        }
    }

    /// Two lines under the table: the task in full (title, what it is for, where), then who did what.
    static func detail(_ task: WorkTask, _ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let board = ctx.board
        let t = ctx.text
        let place = board.village(of: task).map { v in board.path(to: v).dropFirst().map(\.name).joined(separator: " ") } ?? ""
        let heading = task.title + "  " + subject(task, board: board) + "  " + place
        canvas.put(DisplayWidth.truncate(heading, to: area.width), x: area.x, y: area.y, style: "title", maxWidth: area.width)
        var parts = [t("tasks.detail.owner", name(task.owner, board), task.due.iso)]
        if task.isOverdue(on: board.today) { parts.append(t("tasks.detail.overdue", task.due.days(until: board.today))) }
        let files = board.attachmentCount(ofTask: task.id)
        if files > 0 { parts.append(t("evidence.count", files)) }
        if let by = task.doneBy, let on = task.doneOn, task.state != .open {
            parts.append(t("tasks.detail.done", name(by, board), on.iso, task.doneNote))
        }
        if let by = task.verifiedBy, let on = task.verifiedOn {
            parts.append(t("tasks.detail.verified", name(by, board), on.iso))
            if !task.verifyNote.isEmpty { parts.append(t("tasks.detail.verifyNote", task.verifyNote)) }
        }
        if task.state == .open && !task.returnReason.isEmpty {
            parts.append(t(task.reopened ? "tasks.detail.reopened" : "tasks.detail.returned", name(task.returnedBy, board),
                           task.returnReason))
        }
        canvas.put(DisplayWidth.truncate(parts.joined(separator: " · "), to: area.width), x: area.x, y: area.y + 1,
                   style: "muted", maxWidth: area.width)
    }
}
