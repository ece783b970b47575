import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The income worksheet: the itemised income, costs, net and per-capita income against the year's line.
enum HouseholdIncomeText {
    /// "✓ 达到 2020 年标准 4,000 元" or "✗ 低于 …" (`short`: "✗ 低于标准 4,000"): glyph and style, never colour alone.
    static func verdict(perCapita: Int, ctx: ScreenContext, short: Bool = false) -> StyledLine {
        let t = ctx.text
        guard let s = ctx.board.standard else { return StyledLine(t("hh.income.noStandard", ctx.board.year), "muted") }
        let line = HouseholdFormat.amount(s.incomeLine)
        return perCapita >= s.incomeLine
            ? StyledLine(ctx.glyphs.met + " " + t(short ? "hh.income.meetsShort" : "hh.income.meets", s.year, line), "status.cleared")
            : StyledLine(ctx.glyphs.notMet + " " + t(short ? "hh.income.underShort" : "hh.income.under", s.year, line),
                         "status.unresolved")
    }

    static func worksheet(_ h: Household, ctx: ScreenContext, width: Int) -> [StyledLine] {
        let t = ctx.text
        let i = h.income
        let yuan = t("hh.unit.yuan")
        let rows: [(String, Int)] = [
            (t("hh.income.wages"), i.wages), (t("hh.income.business"), i.business), (t("hh.income.property"), i.property),
            (t("hh.income.transfer"), i.transfer), (t("hh.income.less", t("hh.income.costs")), -i.productionCosts),
        ]
        let labels = rows.map(\.0) + [t("hh.income.net"), t("hh.income.size"), t("hh.income.perCapita")]
        let labelWidth = (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let amountWidth = 12
        func line(_ label: String, _ value: String, unit: String, style: StyleName = .normal) -> StyledLine {
            var l = StyledLine(DisplayWidth.pad(label, to: labelWidth), style == .normal ? "muted" : style)
            l.add(DisplayWidth.pad(value, to: amountWidth, alignment: .right) + " " + unit, style)
            return l
        }
        var out = rows.map { line($0.0, HouseholdFormat.amount($0.1), unit: yuan) }
        out.append(StyledLine(String(repeating: ctx.glyphs.horizontal, count: labelWidth + amountWidth + 1 + DisplayWidth.of(yuan)),
                              "border"))
        out.append(line(t("hh.income.net"), HouseholdFormat.amount(i.net), unit: yuan, style: "title"))
        out.append(line(t("hh.income.size"), String(h.size), unit: t("hh.unit.people")))
        let perCapita = i.perCapita(people: h.size)
        var per = line(t("hh.income.perCapita"), HouseholdFormat.amount(perCapita), unit: yuan, style: "title")
        per.add("  ")
        per.pieces += verdict(perCapita: perCapita, ctx: ctx).pieces
        out.append(per)
        if let s = ctx.board.standard, perCapita < s.monitoringLine {
            // Under the verdict: label, amount, space, unit, two spaces.
            out.append(StyledLine(String(repeating: " ", count: labelWidth + amountWidth + 3 + DisplayWidth.of(yuan))
                                  + t("hh.income.underMonitoring", HouseholdFormat.amount(s.monitoringLine)), "warning"))
        }
        out.append(StyledLine())
        var check = StyledLine(DisplayWidth.pad(t("hh.income.check"), to: labelWidth), "muted")
        let c = h.checklist[.income]
        check.add(CheckGlyph.glyph(c.state, ctx.glyphs) + " " + t.name(c.state), CheckGlyph.style(c.state))
        if let by = c.checkedBy, let on = c.checkedOn {
            check.add("  " + t("hh.checkedByOn", HouseholdFormat.user(by, ctx.board), on.iso), "muted")
        }
        out.append(check)
        out.append(enrolments(h, ctx: ctx, labelWidth: labelWidth))
        return out
    }

    /// "享受政策  低保 ✓  特困供养 ✗ …".
    static func enrolments(_ h: Household, ctx: ScreenContext, labelWidth: Int) -> StyledLine {
        let t = ctx.text
        let e = h.enrolments
        var line = StyledLine(DisplayWidth.pad(t("hh.enrol.title"), to: labelWidth), "muted")
        for (key, on) in [(TextKey("hh.enrol.dibao"), e.dibao), ("hh.enrol.tekun", e.tekun), ("hh.enrol.pension", e.pensionInsurance),
                          ("hh.enrol.familyDoctor", e.familyDoctor)] {
            line.add(t(key) + " ")
            line.add((on ? ctx.glyphs.met : ctx.glyphs.notMet) + "  ", on ? "status.cleared" : "muted")
        }
        return line
    }
}

/// The plan pane: causes and risks, needs, measures, the responsible cadre and who held the post before.
enum HouseholdPlanText {
    static func lines(_ h: Household, ctx: ScreenContext, width: Int) -> [StyledLine] {
        let t = ctx.text
        let sep = t("hh.listSeparator")
        let labels = ([
            "hh.plan.causes", "hh.plan.risks", "hh.plan.needs", "hh.plan.measures", "hh.plan.cadre", "hh.plan.assignments",
            "hh.plan.identified",
        ] as [TextKey]).map { t($0) }
        let labelWidth = (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let health = HealthWords(h, for: ctx.user, board: ctx.board, text: t)
        var causes = h.mainCause.map { [health.cause($0) + t("hh.plan.mainTag")] } ?? []
        causes += h.secondaryCauses.map(health.cause)
        var out = StyledLine.labelled(labels[0], causes.joined(separator: sep), labelWidth: labelWidth, width: width)
        if !h.riskTypes.isEmpty || h.mark.status.isMonitoredKind {
            out += StyledLine.labelled(labels[1], h.riskTypes.map(health.risk).joined(separator: sep), labelWidth: labelWidth,
                                       width: width)
        }
        if h.mark.status.isMonitoredKind, let day = h.identifiedOn {
            out += StyledLine.labelled(labels[6], day.iso, labelWidth: labelWidth, width: width)
        }
        out += StyledLine.labelled(labels[2], h.plan.needs, labelWidth: labelWidth, width: width)
        if h.plan.measures.isEmpty {
            var none = StyledLine(DisplayWidth.pad(labels[3], to: labelWidth), "muted")
            none.add(t("hh.plan.noMeasures"), "warning")
            out.append(none)
        }
        let kindWidth = h.plan.measures.map { DisplayWidth.of(t.name($0.kind)) }.max() ?? 0
        for (n, m) in h.plan.measures.enumerated() {
            let lead = "\(n + 1). " + DisplayWidth.pad(t.name(m.kind), to: kindWidth) + "  "
            let leadWidth = labelWidth + DisplayWidth.of(lead)
            let detail = m.detail.isEmpty ? [""] : DisplayWidth.wrap(m.detail, width: max(1, width - leadWidth))
            for (i, part) in detail.enumerated() {
                var line = StyledLine(DisplayWidth.pad(n == 0 && i == 0 ? labels[3] : "", to: labelWidth), "muted")
                line.add(i == 0 ? lead : String(repeating: " ", count: DisplayWidth.of(lead)), "title")
                line.add(part)
                out.append(line)
            }
        }
        var cadre = StyledLine(DisplayWidth.pad(labels[4], to: labelWidth), "muted")
        if let id = h.cadre {
            let since = h.cadreHistory.last { $0.cadre == id }?.from
            cadre.add(since.map { t("hh.plan.cadreSince", HouseholdFormat.user(id, ctx.board), $0.iso) }
                      ?? HouseholdFormat.user(id, ctx.board))
        } else {
            cadre.add(t("hh.plan.noCadre"), "warning")
        }
        out.append(cadre)
        for (n, a) in h.cadreHistory.enumerated() {
            var line = StyledLine(DisplayWidth.pad(n == 0 ? labels[5] : "", to: labelWidth), "muted")
            line.add(a.from.iso + "  " + HouseholdFormat.user(a.cadre, ctx.board))
            if !a.reason.isEmpty { line.add("  " + a.reason, "muted") }
            out.append(line)
        }
        return out
    }
}

/// The summary at the right of a wide screen: the household at a glance, whatever pane is open.
enum HouseholdSummary {
    static func lines(_ h: Household, screen: HouseholdScreen, ctx: ScreenContext, width: Int) -> [StyledLine] {
        let t = ctx.text
        let board = ctx.board
        let labels = ([
            "hh.sum.checks", "hh.sum.income", "hh.sum.exit", "hh.sum.cadre", "hh.sum.visit", "hh.sum.tasks", "hh.sum.enrol",
        ] as [TextKey]).map { t($0) }
        let labelWidth = (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        func labelled(_ n: Int) -> StyledLine { StyledLine(DisplayWidth.pad(labels[n], to: labelWidth), "muted") }
        var out = [StyledLine(t("hh.sum.title"), "title")]

        var checks = labelled(0)
        for item in ChecklistItem.allCases {
            let state = h.checklist[item].state
            checks.add(CheckGlyph.glyph(state, ctx.glyphs) + t.shortName(item) + " ", CheckGlyph.style(state))
        }
        out.append(checks)

        var income = labelled(1)
        income.add(t("hh.yuanAmount", HouseholdFormat.amount(h.income.perCapita(people: h.size))) + " ")
        income.pieces += HouseholdIncomeText.verdict(perCapita: h.income.perCapita(people: h.size), ctx: ctx, short: true).pieces
        out.append(income)

        var exit = labelled(2)
        if let s = board.standard {
            let gate = ExitRule.missing(for: h, standard: s)
            var lacking = gate.unmet
            if gate.incomeShort && !lacking.contains(.income) { lacking.append(.income) }
            if lacking.isEmpty {
                exit.add(ctx.glyphs.met + " " + t("hh.sum.exitReady"), "status.cleared")
            } else {
                exit.add(ctx.glyphs.notMet + " " + t("hh.sum.exitLacking", lacking.map { t.shortName($0) }.joined(separator: " ")),
                         "status.unresolved")
            }
        } else {
            exit.add(t("hh.income.noStandard", board.year), "muted")
        }
        out.append(exit)

        var cadre = labelled(3)
        cadre.add(h.cadre.map { HouseholdFormat.user($0, board) } ?? t("hh.plan.noCadre"), h.cadre == nil ? "warning" : .normal)
        out.append(cadre)

        var visit = labelled(4)
        if let last = h.lastVisit {
            let ago = last.days(until: board.today)
            // Cadres visit monthly: a longer gap is what a supervisor looks for.
            visit.add(last.iso + HouseholdFormat.ago(last, ctx), ago > 31 ? "warning" : .normal)
        } else {
            visit.add(t("hh.sum.neverVisited"), "warning")
        }
        out.append(visit)

        var tasks = labelled(5)
        let list = screen.taskRows.map { board.tasks[$0] }
        let open = list.filter { $0.state == .open }.count
        let overdue = list.filter { $0.isOverdue(on: board.today) }.count
        let done = list.filter { $0.state == .done }.count
        tasks.add(t("hh.sum.tasksOpen", open))
        if overdue > 0 { tasks.add(" · " + t("hh.sum.tasksOverdue", overdue), "status.overdue") }
        if done > 0 { tasks.add(" · " + t("hh.sum.tasksDone", done), "status.pending") }
        out.append(tasks)

        var enrol = labelled(6)
        let e = h.enrolments
        let names = [(TextKey("hh.enrol.dibao"), e.dibao), ("hh.enrol.tekun", e.tekun), ("hh.enrol.pension", e.pensionInsurance),
                     ("hh.enrol.familyDoctor", e.familyDoctor)].filter(\.1).map { t($0.0) }
        enrol.add(names.isEmpty ? "—" : names.joined(separator: t("hh.listSeparator")))
        out.append(enrol)
        return out
    }
}
