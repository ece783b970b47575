import TerminalKit
import VillageBoardCore
import VillageBoardText

/// Where the parts of the household screen go: two header lines, the tab row, the pane, and from
/// 110 columns on a summary at the right.
struct HouseholdLayout {
    var header: Rect
    var tabs: Rect
    var pane: Rect
    var side: Rect?
    /// Everything under the tab row: where a form is drawn.
    var below: Rect

    static let sideWidth = 40

    init(area: Rect) {
        let (header, rest) = area.sliceTop(2)
        let (tabs, body) = rest.sliceTop(1)
        self.header = header
        self.tabs = tabs
        below = body
        if area.width >= 110 {
            let (side, main) = body.sliceRight(Self.sideWidth)
            self.side = side
            pane = main.sliceRight(1).remainder
        } else {
            side = nil
            pane = body
        }
    }

    init(size: Size) { self.init(area: Rect(size: size)) }
}

extension HouseholdScreen {
    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard let h = ctx.board.household(household) else {
            canvas.put(ctx.text("hh.missing"), x: area.x + 1, y: area.y, style: "error", maxWidth: area.width - 1)
            return
        }
        var g = HouseholdLayout(area: area)
        // A form sits at the bottom of the body, so the pane's table stays in sight above it.
        let formInfo = form.map { f in f.infoLines(for: h, ctx: ctx, width: f.box(in: g.below, infoLines: 0).width - 4) } ?? []
        let formHeight = form?.box(in: g.below, infoLines: formInfo.count).height ?? 0
        g.pane.height = max(0, g.pane.height - formHeight)
        if let side = g.side { g.side?.height = max(0, side.height - formHeight) }
        renderHeader(h, ctx, into: &canvas, area: g.header)
        renderTabs(h, ctx, into: &canvas, area: g.tabs)
        switch pane {
        case .members: renderMembers(h, ctx, into: &canvas, area: g.pane)
        case .checklist: renderChecklist(h, ctx, into: &canvas, area: g.pane)
        case .tasks: renderTasks(ctx, into: &canvas, area: g.pane)
        case .visits: renderVisits(h, ctx, into: &canvas, area: g.pane)
        case .history: renderHistory(ctx, into: &canvas, area: g.pane)
        case .income, .plan:
            let lines = textLines(pane, ctx, width: g.pane.width)
            for (i, line) in lines.dropFirst(scrolls[pane.rawValue]).prefix(g.pane.height).enumerated() {
                line.draw(into: &canvas, x: g.pane.x, y: g.pane.y + i, width: g.pane.width)
            }
        }
        if let side = g.side {
            for y in side.y..<side.maxY { canvas.put(ctx.glyphs.vertical, x: side.x - 1, y: y, style: "border") }
            for (i, line) in HouseholdSummary.lines(h, screen: self, ctx: ctx, width: side.width - 1)
                .prefix(side.height).enumerated() {
                line.draw(into: &canvas, x: side.x + 1, y: side.y + i, width: side.width - 1)
            }
        }
        if let form {
            let (bottom, _) = g.below.sliceBottom(formHeight)
            form.render(ctx, into: &canvas, area: bottom, info: formInfo)
        }
        offer?.render(ctx, into: &canvas, area: g.below)
    }

    // MARK: Header and tabs

    /// "户主 张福 · 4 人 · 220622101201-0001 · 白山市 › … › 太平村" and the status, causes and risks.
    func renderHeader(_ h: Household, _ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let t = ctx.text
        var first = StyledLine(t("hh.head", h.headName), "title")
        first.add("  " + t("hh.people", h.size) + "  ")
        first.add(h.id.raw, "muted")
        var place = ctx.board.path(to: h.village).map(\.name).joined(separator: " › ")
        if !h.hamlet.isEmpty { place += " · " + h.hamlet }
        first.add("  " + place)
        first.draw(into: &canvas, x: area.x, y: area.y, width: area.width)

        var status = t.name(h.mark.status)
        if h.mark.status.isMonitoredKind { status += t("hh.monitored") }
        if h.mark.riskEliminated { status += "·" + t("status.riskEliminated") }
        var second = StyledLine(status, CheckGlyph.style(h.mark))
        if ctx.unverified.households.contains(h.id) {
            // First on the line, so no width cuts it away: changed by an operation after a break in the journal.
            second = StyledLine(t("truth.unverifiedMark") + " ", "warning")
            second.add(status, CheckGlyph.style(h.mark))
        }
        second.add(" · " + t(h.registered ? "hh.registered" : "hh.notRegistered"))
        // 因病 and 因残 say someone is ill: shown only to those the permission table lets see health.
        let health = HealthWords(h, for: ctx.user, board: ctx.board, text: t)
        if let main = h.mainCause { second.add(" · " + t("hh.mainCause", health.cause(main))) }
        if !h.secondaryCauses.isEmpty {
            second.add(" · " + t("hh.secondaryCauses", h.secondaryCauses.map(health.cause).joined(separator: t("hh.listSeparator"))))
        }
        if !h.riskTypes.isEmpty {
            second.add(" · " + t("hh.risks", h.riskTypes.map(health.risk).joined(separator: t("hh.listSeparator"))))
        }
        second.draw(into: &canvas, x: area.x, y: area.y + 1, width: area.width)
    }

    /// " 成员 4 [核查 ✗2] 收入 …", the active pane in brackets (not by colour alone).
    func renderTabs(_ h: Household, _ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        canvas.fill(area, style: "tab")
        var x = area.x
        for p in HouseholdPane.allCases {
            var label = ctx.text(p.title)
            switch p {
            case .members: label += " \(h.members.count)"
            case .checklist:
                let unmet = h.checklist.unmet.count
                if unmet > 0 { label += " " + ctx.glyphs.notMet + String(unmet) }
            case .tasks: label += " \(taskRows.count)"
            case .visits: label += " \(visitRows.count)"
            case .history: label += " \(historyRows.count)"
            case .income, .plan: break
            }
            let active = p == pane
            x += canvas.put(active ? "[" + label + "]" : " " + label + " ", x: x, y: area.y,
                            style: active ? "tab.active" : "tab", maxWidth: area.maxX - x)
            x += 1
        }
        let hint = ctx.text("hh.tabHint")
        let hintWidth = DisplayWidth.of(hint)
        if x + hintWidth + 1 <= area.maxX {
            canvas.put(hint, x: area.maxX - hintWidth - 1, y: area.y, style: "muted")
        }
    }

    // MARK: Tables

    /// The table's height (header included) in a pane: every row when they fit, leaving room for the
    /// selected row's details underneath.
    func tableRows(paneHeight: Int) -> Int {
        let count = cursors[pane.rawValue].count
        // Under an open form the details would be cut off anyway: the table gets the room.
        let detailRoom = pane == .members || form != nil ? 0 : min(8, paneHeight / 3)
        return max(2, min(count + 1, paneHeight - detailRoom))
    }

    /// Draws a list pane's table and, under it, the selected row's details; an empty list says so.
    private func renderList(_ columns: [TableColumn], empty: TextKey, ctx: ScreenContext, into canvas: inout Canvas,
                            area: Rect, details: (Int, Int) -> [StyledLine], cell: (Int, Int) -> TableCell) {
        let cursor = cursors[pane.rawValue]
        let height = min(area.height, tableRows(paneHeight: area.height))
        let tableArea = Rect(x: area.x, y: area.y, width: area.width, height: height)
        Table.render(columns: columns, window: cursor.window(rows: height - 1), selected: cursor.count > 0 ? cursor.selected : nil,
                     into: &canvas, area: tableArea, cell: cell)
        guard cursor.count > 0 else {
            canvas.put(ctx.text(empty), x: area.x + 1, y: area.y + 1, style: "muted", maxWidth: area.width - 1)
            return
        }
        let top = area.y + height + 1
        guard top < area.maxY, form == nil else { return }
        for (i, line) in details(cursor.selected, area.width).prefix(area.maxY - top).enumerated() {
            line.draw(into: &canvas, x: area.x, y: top + i, width: area.width)
        }
    }

    /// Widths for columns whose cells are known: each as wide as its widest text, capped; the column
    /// at `flex` takes what is left of `width`. Without one, when the columns are too wide together, the
    /// widest column not in `keep` gives up a column at a time, so every column stays in sight.
    static func widths(_ texts: [[String]], caps: [Int], flex: Int?, width: Int, keep: Set<Int> = []) -> [Int] {
        var widths = texts.enumerated().map { i, column in
            min(caps[i], column.map { DisplayWidth.of($0) }.max() ?? 0)
        }
        let separators = widths.count - 1
        if let flex {
            let others = widths.enumerated().filter { $0.offset != flex }.reduce(0) { $0 + $1.element }
            widths[flex] = max(widths[flex], width - others - separators)
            return widths
        }
        while widths.reduce(separators, +) > width {
            guard let widest = widths.indices.filter({ !keep.contains($0) && widths[$0] > 3 })
                .max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    func renderMembers(_ h: Household, _ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let t = ctx.text
        let year = ctx.board.today.year
        let headers = ([
            "hh.col.name", "hh.col.relation", "hh.col.born", "hh.col.age", "hh.col.idNumber", "hh.col.health",
            "hh.col.labour", "hh.col.schooling", "hh.col.insured",
        ] as [TextKey]).map { t($0) }
        let cells: [[String]] = h.members.map { m in
            // ID numbers masked unless revealed by a role that may see them; health hidden from roles that may not.
            [m.name, t.name(m.relation), String(m.birthYear), String(m.age(in: year)),
             m.idNumber.map { revealIDs ? Privacy.idNumber(of: m, in: h, for: ctx.user, board: ctx.board) : $0.masked } ?? "—",
             Privacy.health(of: m, in: h, for: ctx.user, board: ctx.board).map { t.name($0) } ?? t("access.masked"),
             t.name(m.labour), t.name(m.schooling), t(m.medicalInsured ? "hh.insured" : "hh.notInsured")]
        }
        let columnsText = headers.indices.map { c in [headers[c]] + cells.map { $0[c] } }
        // The (masked) ID number, birth year and age are never cut.
        let widths = Self.widths(columnsText, caps: [10, 10, 4, 4, 18, 12, 14, 12, 8], flex: nil, width: area.width,
                                 keep: [2, 3, 4])
        let aligns: [TextAlignment] = [.left, .left, .right, .right, .left, .left, .left, .left, .left]
        let columns = headers.indices.map { TableColumn(headers[$0], width: widths[$0], alignment: aligns[$0]) }
        renderList(columns, empty: "hh.empty.members", ctx: ctx, into: &canvas, area: area,
                   details: { _, _ in [] }) { row, column in
            let m = h.members[row]
            let text = cells[row][column]
            switch column {
            case 5 where Privacy.health(of: m, in: h, for: ctx.user, board: ctx.board) == nil: return TableCell(text, style: "muted")
            case 5 where m.health != .healthy: return TableCell(text, style: "warning")
            case 6 where m.labour == .none: return TableCell(text, style: "warning")
            case 7 where m.schooling == .outOfSchool: return TableCell(text, style: "status.unresolved")
            case 8 where !m.medicalInsured: return TableCell(text, style: "status.unresolved")
            case 4: return TableCell(text, style: "muted")
            default: return TableCell(text)
            }
        }
    }

    func renderChecklist(_ h: Household, _ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let t = ctx.text
        let items = ChecklistItem.allCases
        let headers = ["", t("hh.col.item"), t("hh.col.state"), t("hh.col.note"), t("hh.col.checkedBy"), t("hh.col.checkedOn")]
        let health = HealthWords(h, for: ctx.user, board: ctx.board, text: t)
        let cells: [[String]] = items.map { item in
            let c = h.checklist[item]
            return [CheckGlyph.glyph(c.state, ctx.glyphs), t.name(item), t.name(c.state), health.evidence(c.note, of: item),
                    c.checkedBy.map { HouseholdFormat.user($0, ctx.board) } ?? "", c.checkedOn?.iso ?? ""]
        }
        let columnsText = headers.indices.map { c in [headers[c]] + cells.map { $0[c] } }
        let widths = Self.widths(columnsText, caps: [1, 14, 12, 0, 10, 10], flex: 3, width: area.width)
        let columns = headers.indices.map { TableColumn(headers[$0], width: widths[$0]) }
        renderList(columns, empty: "hh.missing", ctx: ctx, into: &canvas, area: area,
                   details: { row, width in checkDetails(items[row], h, ctx, width: width) }) { row, column in
            let state = h.checklist[items[row]].state
            switch column {
            case 0, 2: return TableCell(cells[row][column], style: CheckGlyph.style(state))
            case 4, 5: return TableCell(cells[row][column], style: "muted")
            default: return TableCell(cells[row][column])
            }
        }
    }

    /// The selected item in full: state, who and when, the whole evidence note, and what "met" means.
    func checkDetails(_ item: ChecklistItem, _ h: Household, _ ctx: ScreenContext, width: Int) -> [StyledLine] {
        let t = ctx.text
        let c = h.checklist[item]
        var head = StyledLine(CheckGlyph.glyph(c.state, ctx.glyphs) + " " + t.name(item) + t("hh.colon"), "title")
        head.add(t.name(c.state), CheckGlyph.style(c.state))
        if let by = c.checkedBy, let on = c.checkedOn {
            head.add("  " + t("hh.checkedByOn", HouseholdFormat.user(by, ctx.board), on.iso), "muted")
        }
        let labelWidth = max(DisplayWidth.of(t("hh.detail.note")), DisplayWidth.of(t("hh.detail.criterion"))) + 1
        return [head]
            + StyledLine.labelled(t("hh.detail.note"),
                                  HealthWords(h, for: ctx.user, board: ctx.board, text: t).evidence(c.note, of: item),
                                  labelWidth: labelWidth, width: width)
            + StyledLine.labelled(t("hh.detail.criterion"), t.criterion(item), labelWidth: labelWidth,
                                  width: width, style: "muted")
            + FindingText.lines(h, item: item, ctx: ctx)
    }

    func renderTasks(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let t = ctx.text
        let board = ctx.board
        let today = board.today
        // Only the household's own tasks (a handful) are read, through the board's index.
        let tasks = taskRows.map { board.tasks[$0] }
        let headers = [t("hh.col.taskState"), t("hh.col.task"), t("hh.col.owner"), t("hh.col.due"), ""]
        let cells: [[String]] = tasks.map { task in
            [t.name(task.state), task.title, HouseholdFormat.user(task.owner, board), task.due.iso,
             task.isOverdue(on: today) ? t("hh.overdueDays", task.due.days(until: today)) : ""]
        }
        let columnsText = headers.indices.map { c in [headers[c]] + cells.map { $0[c] } }
        let widths = Self.widths(columnsText, caps: [14, 0, 10, 10, 16], flex: 1, width: area.width)
        let columns = headers.indices.map { TableColumn(headers[$0], width: widths[$0]) }
        renderList(columns, empty: "hh.empty.tasks", ctx: ctx, into: &canvas, area: area,
                   details: { row, width in taskDetails(tasks[row], ctx, width: width) }) { row, column in
            let task = tasks[row]
            switch column {
            case 0:
                let style: StyleName = task.state == .verified ? "status.cleared" : (task.state == .done ? "status.pending" : .normal)
                return TableCell(cells[row][0], style: task.isOverdue(on: today) ? "status.overdue" : style)
            case 4: return TableCell(cells[row][4], style: "status.overdue")
            default: return TableCell(cells[row][column])
            }
        }
    }

    func taskDetails(_ task: WorkTask, _ ctx: ScreenContext, width: Int) -> [StyledLine] {
        let t = ctx.text
        let board = ctx.board
        var lines = DisplayWidth.wrap(task.title, width: width).map { StyledLine($0, "title") }
        lines.append(StyledLine(t("hh.task.created", HouseholdFormat.user(task.createdBy, board), task.createdOn.iso,
                                  HouseholdFormat.user(task.owner, board), task.due.iso), "muted"))
        if let by = task.doneBy, let on = task.doneOn {
            lines += DisplayWidth.wrap(t("hh.task.done", HouseholdFormat.user(by, board), on.iso, task.doneNote), width: width)
                .map { StyledLine($0) }
        }
        if let by = task.verifiedBy, let on = task.verifiedOn {
            lines.append(StyledLine(t("hh.task.verified", HouseholdFormat.user(by, board), on.iso), "status.cleared"))
            if !task.verifyNote.isEmpty {
                lines += DisplayWidth.wrap(t("tasks.detail.verifyNote", task.verifyNote), width: width).map { StyledLine($0) }
            }
        }
        if !task.returnReason.isEmpty {
            lines += DisplayWidth.wrap(t(task.reopened ? "hh.task.reopened" : "hh.task.returned",
                                         HouseholdFormat.user(task.returnedBy, board), task.returnReason),
                                       width: width).map { StyledLine($0, "warning") }
        }
        return lines
    }

    func renderVisits(_ h: Household, _ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let t = ctx.text
        // What a visit found and did is free text that records illnesses: masked like health.
        let health = HealthWords(h, for: ctx.user, board: ctx.board, text: t)
        let visits = visitRows.map { h.visits[$0] }.map { v in
            var shown = v
            shown.found = health.visitNote(v.found)
            shown.done = health.visitNote(v.done)
            return shown
        }
        let headers = [t("hh.col.date"), t("hh.col.visitor"), t("hh.col.found"), t("hh.col.done")]
        let whoWidth = visits.map { DisplayWidth.of(HouseholdFormat.user($0.by, ctx.board)) }.max() ?? 0
        let fixed = 10 + max(whoWidth, DisplayWidth.of(headers[1])) + 3
        let half = max(8, (area.width - fixed - 1) / 2)
        let columns = [TableColumn(headers[0], width: 10),
                       TableColumn(headers[1], width: min(10, max(whoWidth, DisplayWidth.of(headers[1])))),
                       TableColumn(headers[2], width: half), TableColumn(headers[3], width: half)]
        renderList(columns, empty: "hh.empty.visits", ctx: ctx, into: &canvas, area: area,
                   details: { row, width in
                       let v = visits[row]
                       let labelWidth = max(DisplayWidth.of(t("hh.detail.found")), DisplayWidth.of(t("hh.detail.done"))) + 1
                       var head = StyledLine(v.day.iso + "  " + HouseholdFormat.user(v.by, ctx.board), "title")
                       head.add(HouseholdFormat.ago(v.day, ctx), "muted")
                       if v.voided { head.add("  " + t("visits.voided"), "status.unresolved") }
                       return [head] + StyledLine.labelled(t("hh.detail.found"), v.found, labelWidth: labelWidth, width: width)
                           + StyledLine.labelled(t("hh.detail.done"), v.done, labelWidth: labelWidth, width: width)
                   }) { row, column in
            let v = visits[row]
            // A voided visit stays in the list, muted and marked, so nobody reads it as a visit that counts.
            let style: StyleName = v.voided ? "muted" : "normal"
            switch column {
            case 0: return TableCell(v.day.iso, style: style)
            case 1: return TableCell(HouseholdFormat.user(v.by, ctx.board), style: style)
            case 2: return TableCell(v.voided ? "[" + t("visits.voided") + "] " + v.found : v.found, style: style)
            default: return TableCell(v.done, style: style)
            }
        }
    }

    func renderHistory(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let t = ctx.text
        let board = ctx.board
        let cursor = cursors[pane.rawValue]
        // Names and devices of the visible rows only: the describing work is per row drawn.
        let window = cursor.window(rows: max(1, tableRows(paneHeight: area.height) - 1))
        let shown = window.map { historyRows[$0] }
        let whoWidth = min(10, max(DisplayWidth.of(t("hh.col.who")), shown.map { DisplayWidth.of(HouseholdFormat.user($0.author, board)) }.max() ?? 0))
        let deviceWidth = min(14, max(DisplayWidth.of(t("hh.col.device")), shown.map { DisplayWidth.of($0.id.device.raw) }.max() ?? 0))
        let columns = [TableColumn(t("hh.col.when"), width: 16), TableColumn(t("hh.col.who"), width: whoWidth),
                       TableColumn(t("hh.col.device"), width: deviceWidth),
                       TableColumn(t("hh.col.what"), width: max(8, area.width - 16 - whoWidth - deviceWidth - 3))]
        renderList(columns, empty: "hh.empty.history", ctx: ctx, into: &canvas, area: area,
                   details: { row, width in
                       let op = historyRows[row]
                       var head = StyledLine(HouseholdFormat.time(op.time, offsetSeconds: utcOffsetSeconds) + "  "
                                             + HouseholdFormat.user(op.author, board), "title")
                       head.add("  " + t("hh.history.where", op.id.device.raw, op.id.sequence), "muted")
                       return [head] + DisplayWidth.wrap(HouseholdHistoryText.describe(op.change, ctx: ctx), width: width)
                           .map { StyledLine($0) }
                   }) { row, column in
            let op = historyRows[row]
            switch column {
            case 0: return TableCell(HouseholdFormat.time(op.time, offsetSeconds: utcOffsetSeconds), style: "muted")
            case 1: return TableCell(HouseholdFormat.user(op.author, board))
            case 2: return TableCell(op.id.device.raw, style: "muted")
            default:
                // An operation read after a break in its journal's chain is not taken as fact: marked, in warning.
                if ctx.unverified.operations.contains(op.id) {
                    return TableCell(t("truth.unverifiedMark") + " " + HouseholdHistoryText.describe(op.change, ctx: ctx),
                                     style: "warning")
                }
                return TableCell(HouseholdHistoryText.describe(op.change, ctx: ctx))
            }
        }
    }

    // MARK: Text panes

    /// The income worksheet or the plan as lines for `width` columns.
    func textLines(_ p: HouseholdPane, _ ctx: ScreenContext, width: Int) -> [StyledLine] {
        guard let h = ctx.board.household(household) else { return [] }
        switch p {
        case .income: return HouseholdIncomeText.worksheet(h, ctx: ctx, width: width)
        case .plan: return HouseholdPlanText.lines(h, ctx: ctx, width: width)
        default: return []
        }
    }
}
