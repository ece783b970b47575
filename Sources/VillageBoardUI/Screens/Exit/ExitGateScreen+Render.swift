import TerminalKit
import VillageBoardCore
import VillageBoardText

// Who may take each step now, and the screen's lines: the gate item by item, then the stages.
extension ExitGateScreen {
    /// Why nothing can be done here now (read-only store, no user, household gone).
    func baseBlock(_ ctx: ScreenContext) -> TextKey? {
        if ctx.readOnly { return ctx.readOnlyWhy }
        if ctx.user == nil { return "status.noUser" }
        if ctx.board.household(household) == nil { return "hh.missing" }
        return nil
    }

    func denial(_ action: BoardAction, _ h: Household, _ ctx: ScreenContext) -> TextKey? {
        Permissions.authorize(action, user: ctx.user, target: .household(h), board: ctx.board).map { .reason($0) }
    }

    func proposeBlock(_ ctx: ScreenContext) -> TextKey? {
        if let b = baseBlock(ctx) { return b }
        guard let h = ctx.board.household(household) else { return "hh.missing" }
        if h.exitCase != nil { return "exit.reason.pending" }
        if h.exitTargets.isEmpty { return "exit.reason.noTarget" }
        return denial(.proposeExit, h, ctx)
    }

    /// The action the pending exit's next step is (township review, then county decision).
    func stepAction(_ c: ExitCase) -> BoardAction { c.stage == .proposed ? .reviewExit : .decideExit }

    func sendBackBlock(_ ctx: ScreenContext) -> TextKey? {
        if let b = baseBlock(ctx) { return b }
        guard let h = ctx.board.household(household) else { return "hh.missing" }
        guard let c = h.exitCase else { return "exit.reason.noPending" }
        return denial(stepAction(c), h, ctx)
    }

    func approveBlock(_ ctx: ScreenContext) -> TextKey? {
        if let b = sendBackBlock(ctx) { return b }
        guard let h = ctx.board.household(household), let c = h.exitCase, let user = ctx.user else { return "hh.missing" }
        return c.involves(user.id) ? "exit.reason.own" : nil
    }

    func rollBackBlock(_ ctx: ScreenContext) -> TextKey? {
        if let b = baseBlock(ctx) { return b }
        guard let h = ctx.board.household(household) else { return "hh.missing" }
        if h.rollBackTargets.isEmpty { return "exit.reason.noRollBack" }
        return denial(.setStatus, h, ctx)
    }

    // MARK: Drawing

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard let h = ctx.board.household(household) else {
            canvas.put(DisplayWidth.truncate(ctx.text("hh.missing"), to: area.width), x: area.x, y: area.y, style: "error", maxWidth: area.width)
            return
        }
        let all = lines(h, ctx)
        let first = max(0, min(scroll, all.count - area.height))
        for (i, line) in all.dropFirst(first).prefix(area.height).enumerated() {
            line.draw(into: &canvas, x: area.x + 1, y: area.y + i, width: max(0, area.width - 2))
        }
        if let form { form.render(ctx, into: &canvas, area: area, info: []) }
    }

    func lines(_ h: Household, _ ctx: ScreenContext) -> [StyledLine] {
        let t = ctx.text
        let board = ctx.board
        var out = [StyledLine(t("exit.heading", h.headName, h.id.raw, t.name(h.mark)), "title")]
        let target = h.exitCase?.proposal.target ?? h.exitTargets.first
        guard let target else {
            out.append(StyledLine(t("exit.noTarget"), "muted"))
            return out + stageLines(h, ctx)
        }
        let step = StatusTransition.step(from: h.mark, to: target)
        out.append(StyledLine(t("exit.target", t(ExitWords.procedure(step)), t.name(target))))
        out.append(StyledLine(t("exit.gate.heading"), "header"))
        let gate = StatusTransition.find(from: h.mark, to: target)?.gate ?? .exit
        guard let standard = ExitRule.standard(for: board.year, in: board.standards) else {
            out.append(StyledLine(t("exit.gate.noStandard", board.year), "status.unresolved"))
            return out + stageLines(h, ctx)
        }
        let found = ExitRule.finding(for: h, gate: gate, year: board.year, standards: board.standards)
        func row(_ ok: Bool, _ text: String, _ detail: String = "") -> StyledLine {
            var line = StyledLine("  ")
            line.add(ok ? ctx.glyphs.met : ctx.glyphs.notMet, ok ? "status.cleared" : "status.unresolved")
            line.add(" " + DisplayWidth.pad(text, to: 16))
            if !detail.isEmpty { line.add(detail, ok ? "muted" : "status.unresolved") }
            return line
        }
        for item in ChecklistItem.allCases {
            out.append(row(!found.unmet.contains(item), t.name(item), t.name(h.checklist[item].state)))
        }
        let perCapita = h.income.perCapita(people: h.size)
        out.append(row(!found.incomeShort, t("exit.gate.income", HouseholdFormat.amount(perCapita),
                                              HouseholdFormat.amount(standard.incomeLine))))
        if gate == .riskElimination {
            out.append(row(perCapita >= standard.riskEliminationFloor, t("exit.gate.range", HouseholdFormat.amount(standard.riskEliminationFloor))))
            out.append(row(!found.safetyNetWithoutLabour, t("exit.gate.labour")))
        }
        if found.isOpen {
            out.append(StyledLine(t("exit.gate.open"), "status.cleared"))
        } else {
            var names = found.unmet.map { t.name($0) }
            if found.incomeShort { names.append(t("error.incomeShort")) }
            if found.incomeInMonitoringRange { names.append(t(.reason(StaysMonitored.incomeInMonitoringRange))) }
            if found.safetyNetWithoutLabour { names.append(t(.reason(StaysMonitored.safetyNetWithoutLabour))) }
            out.append(StyledLine(t("exit.gate.blocked", names.joined(separator: t("hh.listSeparator"))), "status.unresolved"))
        }
        return out + stageLines(h, ctx)
    }

    /// The stages so far: who proposed and when, the review and notice, the township's approval, what comes next.
    func stageLines(_ h: Household, _ ctx: ScreenContext) -> [StyledLine] {
        let t = ctx.text
        var out = [StyledLine(), StyledLine(t("exit.stages.heading"), "header")]
        guard let c = h.exitCase else {
            out.append(StyledLine("  " + t("exit.stages.none"), "muted"))
            return out
        }
        let p = c.proposal
        out.append(StyledLine("  " + t("exit.stages.proposed", HouseholdFormat.user(c.proposedBy, ctx.board), c.proposedOn.iso)))
        let result = p.reviewResult.isEmpty ? "" : t("hh.hist.paren", p.reviewResult)
        out.append(StyledLine("  " + t("exit.stages.review", p.reviewedOn.iso, result)))
        out.append(StyledLine("  " + t("exit.stages.notice", p.noticeFrom.iso, p.noticeUntil.iso)))
        if !p.note.isEmpty { out.append(StyledLine("  " + t("exit.stages.note", p.note), "muted")) }
        if let by = c.reviewedBy {
            out.append(StyledLine("  " + t("exit.stages.reviewed", HouseholdFormat.user(by, ctx.board))))
        }
        out.append(StyledLine("  " + t("exit.stages.now", t(Catalog.stageKey(c.stage))), "status.pending"))
        return out
    }
}
