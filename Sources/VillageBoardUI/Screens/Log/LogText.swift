import VillageBoardCore

/// The log's words: which operations a user sees, what each is about, and what it did.
enum LogText {
    /// Whether `op` belongs in the log of `scope` as `user` sees it: changes to places, households and tasks inside the
    /// scope; changes to user accounts inside it (an admin sees every account); the yearly standards for everyone.
    static func isVisible(_ op: VillageBoardCore.Operation, to user: User?, scope: DivisionCode?, board: Board) -> Bool {
        guard let scope else { return true }
        func inside(_ code: DivisionCode?) -> Bool { code.map { board.isInside($0, scope: scope) } ?? false }
        switch op.change {
        case .addOrgUnit(let unit):
            return inside(unit.code) || inside(unit.parent)
        case .registerHousehold(let h):
            return inside(h.village)
        case .addTask(let t):
            return inside(board.village(of: t))
        case .addUser, .updateUser, .setPin:
            if user?.role == .admin { return true }
            guard let id = op.change.user else { return false }
            return id == user?.id || inside(board.user(id)?.scope)
        case .setStandard, .setPinPolicy:
            return true
        case .setVillageTarget(let code, _, _, _):
            return inside(code)
        // A sample drawn above one's scope still draws households in it: shown where the two overlap.
        case .drawRecheckSample(let s):
            return inside(s.frame.scope) || board.isInside(scope, scope: s.frame.scope)
        case .recordRecheck(let r):
            return inside(r.village)
        case .setStatus(let id, _, _, _), .setCheck(let id, _, _, _), .setIncome(let id, _, _), .setEnrolments(let id, _, _),
             .setCauses(let id, _, _), .setPlan(let id, _, _), .assignCadre(let id, _, _, _), .addMember(let id, _),
             .updateMember(let id, _, _), .removeMember(let id, _), .addVisit(let id, _), .proposeExit(let id, _),
             .reviewExit(let id, _, _), .decideExit(let id, _, _, _, _), .rollBackStatus(let id, _, _, _, _),
             .correctVisit(let id, _, _, _, _), .recordFinding(let id, _), .lookAtFinding(let id, _, _):
            return inside(board.household(id)?.village)
        case .moveMember(let from, let to, _, _):
            return inside(board.household(from)?.village) || inside(board.household(to)?.village)
        case .markTaskDone(let id, _), .verifyTask(let id, _), .sendBackTask(let id, _), .reopenTask(let id, _),
             .editTask(let id, _, _, _):
            return inside(board.task(id).flatMap { board.village(of: $0) })
        case .attachEvidence(let a):
            if let id = a.target.task { return inside(board.task(id).flatMap { board.village(of: $0) }) }
            return inside(a.target.household.flatMap { board.household($0)?.village })
        }
    }

    /// What an operation is about, in a few characters: the household's head, the task, the unit, the user.
    static func subject(_ change: Change, _ board: Board) -> String {
        switch change {
        case .addOrgUnit(let unit): return unit.name
        case .registerHousehold(let h): return h.headName
        case .addTask(let t): return t.title
        case .setStandard(let s): return String(s.year)
        // "PIN" is the word both catalogues use for it.
        case .setPinPolicy: return "PIN"
        case .setStatus(let id, _, _, _), .setCheck(let id, _, _, _), .setIncome(let id, _, _), .setEnrolments(let id, _, _),
             .setCauses(let id, _, _), .setPlan(let id, _, _), .assignCadre(let id, _, _, _), .addMember(let id, _),
             .updateMember(let id, _, _), .removeMember(let id, _), .addVisit(let id, _), .proposeExit(let id, _),
             .reviewExit(let id, _, _), .decideExit(let id, _, _, _, _), .rollBackStatus(let id, _, _, _, _),
             .correctVisit(let id, _, _, _, _), .recordFinding(let id, _), .lookAtFinding(let id, _, _):
            return board.household(id)?.headName ?? id.raw
        case .markTaskDone(let id, _), .verifyTask(let id, _), .sendBackTask(let id, _), .reopenTask(let id, _),
             .editTask(let id, _, _, _):
            return board.task(id)?.title ?? id.raw
        case .addUser(let u): return u.name
        case .updateUser(_, let to): return board.user(to.id)?.name ?? to.name
        case .setPin(let id, _, _): return board.user(id)?.name ?? id.raw
        case .moveMember(_, _, let member, _): return member.name
        case .setVillageTarget(let code, _, _, _): return board.unit(code)?.name ?? code.description
        case .drawRecheckSample(let s): return board.unit(s.frame.scope)?.name ?? s.frame.scope.description
        case .recordRecheck(let r): return board.household(r.household)?.headName ?? r.household.raw
        case .attachEvidence(let a):
            if let id = a.target.task { return board.task(id)?.title ?? id.raw }
            return a.target.household.map { board.household($0)?.headName ?? $0.raw } ?? ""
        }
    }

    /// What an operation did, old → new, in the catalogue's language (household and task changes as the household's
    /// history says them; accounts, units and standards here).
    static func describe(_ change: Change, ctx: ScreenContext) -> String {
        let t = ctx.text
        switch change {
        case .addOrgUnit(let unit):
            return t("log.what.unit", unit.name, t.name(unit.level))
        case .addUser(let u):
            return t("log.what.addUser", u.name, u.id.raw, t.name(u.role))
        case .updateUser(let from, let to):
            var parts: [String] = []
            if from.name != to.name { parts.append(t("hh.hist.oldNew", t("log.field.name"), from.name, to.name)) }
            if from.role != to.role { parts.append(t("hh.hist.oldNew", t("log.field.role"), t.name(from.role), t.name(to.role))) }
            if from.scope != to.scope {
                let a = ctx.board.unit(from.scope)?.name ?? from.scope.description
                let b = ctx.board.unit(to.scope)?.name ?? to.scope.description
                parts.append(t("hh.hist.oldNew", t("log.field.scope"), a, b))
            }
            if from.disabled != to.disabled { parts.append(t(to.disabled ? "log.what.disabled" : "log.what.enabled")) }
            if from.pin != to.pin { parts.append(t("log.what.pin")) }
            return t("log.what.updateUser", to.name, parts.isEmpty ? t("hh.hist.none") : parts.joined(separator: t("hh.listSeparator")))
        case .setPin(let id, _, _):
            return t("log.what.setPin", ctx.board.user(id)?.name ?? id.raw)
        case .setStandard(let s):
            return t("log.what.standard", s.year, s.incomeLine)
        case .setVillageTarget(_, let kind, let from, let to):
            return VillageTargetText.change(kind, from: from, to: to, ctx: ctx)
        case .drawRecheckSample(let s):
            return RecheckHistoryText.draw(s, ctx: ctx)
        case .setPinPolicy(_, let to):
            let entries = Role.allCases.map { t("pinPolicy.entry", t.name($0), to.minimum(for: $0)) }
            return t("log.what.pinPolicy", entries.joined(separator: t("hh.listSeparator")))
        case .registerHousehold, .setStatus, .setCheck, .setIncome, .setEnrolments, .setCauses, .setPlan, .assignCadre,
             .addMember, .updateMember, .removeMember, .addVisit, .addTask, .markTaskDone, .verifyTask, .sendBackTask,
             .reopenTask, .moveMember, .proposeExit, .reviewExit, .decideExit, .rollBackStatus, .editTask,
             .attachEvidence, .correctVisit, .recordFinding, .lookAtFinding, .recordRecheck:
            return HouseholdHistoryText.describe(change, ctx: ctx)
        }
    }

    /// "筛选：操作人 李书记 · 从 2020-06-01 · 共 12 条" (or "全部操作 · 共 N 条").
    static func filterLine(_ screen: LogScreen, _ ctx: ScreenContext) -> String {
        let t = ctx.text
        var parts: [String] = []
        if let a = screen.author { parts.append(t("log.filter.author", HouseholdFormat.user(a, ctx.board))) }
        if let f = screen.from { parts.append(t("log.filter.from", f.iso)) }
        if let to = screen.to { parts.append(t("log.filter.to", to.iso)) }
        let filters = parts.isEmpty ? t("log.filter.none") : t("log.filter.some", parts.joined(separator: " · "))
        return filters + " · " + t("log.count", screen.rows.count)
    }
}
