import TerminalKit
import VillageBoardCore
import VillageBoardText

/// How the village pane draws: a summary line, the table of targets, and the selected target's evidence in full.
enum VillageTargetsRender {
    static func render(_ s: VillageTargetsScreen, _ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 2, area.width > 0 else { return }
        let t = ctx.text
        let board = ctx.board
        guard let unit = board.unit(s.village) else { return }
        let kinds = VillageTargetKind.allCases
        let summary = t("vt.summary", unit.name, unit.targetsNotMet, kinds.filter { unit.target($0).state == .met }.count, kinds.count)
        canvas.put(DisplayWidth.truncate(summary, to: area.width), x: area.x, y: area.y,
                   style: unit.targetsNotMet > 0 ? "status.unresolved" : "title", maxWidth: area.width)
        // The figure column is as wide as its widest figure: a number on screen is never cut.
        let figures = kinds.map { VillageTargetText.figure($0, unit.target($0).figure, t) }
        let figureWidth = max(DisplayWidth.of(t("vt.col.figure")), figures.map { DisplayWidth.of($0) }.max() ?? 0)
        let nameWidth = max(kinds.map { DisplayWidth.of(t.name($0)) }.max() ?? 8, DisplayWidth.of(t("vt.col.target")))
        let fixed = nameWidth + 8 + figureWidth + 8 + 10 + 5
        let columns = [TableColumn(t("vt.col.target"), width: nameWidth), TableColumn(t("vt.col.state"), width: 8),
                       TableColumn(t("vt.col.figure"), width: figureWidth, alignment: .right),
                       TableColumn(t("vt.col.evidence"), width: max(0, area.width - fixed)),
                       TableColumn(t("vt.col.by"), width: 8), TableColumn(t("vt.col.on"), width: 10)]
        let table = Rect(x: area.x, y: area.y + 2, width: area.width, height: min(kinds.count + 1, area.height - 2))
        Table.render(columns: columns, window: 0..<kinds.count, selected: s.cursor.selected, into: &canvas, area: table) { row, column in
            let kind = kinds[row]
            let target = unit.target(kind)
            switch column {
            case 0: return TableCell(t.name(kind))
            case 1:
                let mark = CheckGlyph.glyph(target.state, ctx.glyphs)
                return TableCell(mark + t.name(target.state), style: CheckGlyph.style(target.state))
            case 2: return TableCell(figures[row])
            case 3: return TableCell(target.evidence, style: "muted")
            case 4: return TableCell(target.checkedBy.map { board.user($0)?.name ?? $0.raw } ?? "")
            default: return TableCell(target.checkedOn?.iso ?? "", style: "muted")
            }
        }
        let detailY = table.maxY + 1
        let selected = unit.target(s.selected)
        guard detailY < area.maxY else { return }
        let lines = DisplayWidth.wrap(t("vt.detail", t.name(s.selected),
                                        selected.evidence.isEmpty ? t("vt.noEvidence") : selected.evidence), width: area.width)
        for (i, line) in lines.enumerated() where detailY + i < area.maxY {
            canvas.put(line, x: area.x, y: detailY + i, maxWidth: area.width)
        }
        linkedTasks(s, ctx, into: &canvas, area: Rect(x: area.x, y: detailY + lines.count + 1, width: area.width,
                                                      height: max(0, area.maxY - (detailY + lines.count + 1))))
        s.offer?.render(ctx, into: &canvas, area: area)
    }

    /// Each target's open village tasks, one line a target: "硬化路与通客车  村道硬化（曹跃进 截止 2020-09-30）".
    static func linkedTasks(_ s: VillageTargetsScreen, _ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 1 else { return }
        let t = ctx.text
        let board = ctx.board
        let kinds = VillageTargetKind.allCases
        let open = kinds.map { board.openTasks(in: s.village, linkedTo: $0) }
        canvas.put(t("taskflow.vt.tasksHeader", open.reduce(0) { $0 + $1.count }), x: area.x, y: area.y, style: "header",
                   maxWidth: area.width)
        let nameWidth = kinds.map { DisplayWidth.of(t.name($0)) }.max() ?? 8
        var y = area.y + 1
        for (kind, tasks) in zip(kinds, open) where !tasks.isEmpty && y < area.maxY {
            let today = board.today
            let words = tasks.map { task in
                t(task.isOverdue(on: today) ? "taskflow.vt.taskOverdue" : "taskflow.vt.task", task.title,
                  board.user(task.owner)?.name ?? task.owner.raw, task.due.iso)
            }
            canvas.put(t.name(kind), x: area.x, y: y, maxWidth: area.width)
            let style: StyleName = tasks.contains { $0.isOverdue(on: today) } ? "status.overdue" : "info"
            canvas.put(DisplayWidth.truncate(words.joined(separator: "；"), to: max(0, area.width - nameWidth - 2)),
                       x: area.x + nameWidth + 2, y: y, style: style, maxWidth: max(0, area.width - nameWidth - 2))
            y += 1
        }
        if y == area.y + 1 && y < area.maxY {
            canvas.put(t("taskflow.vt.noTasks"), x: area.x, y: y, style: "muted", maxWidth: area.width)
        }
    }
}
