import VillageBoardCore
import VillageBoardText

/// The household's history: which operations concern it, and each one as a sentence (what, old → new).
enum HouseholdHistoryText {
    /// Operations about the household and about its tasks (done, verified, sent back), newest first: those before
    /// the last compaction (`earlier`) and those since. Reads only per-household and per-task indexes, never a whole log.
    static func operations(of id: HouseholdID, tasks: [Int], board: Board, earlier: EarlierOperations? = nil) -> [Operation] {
        var ops = (earlier?.about(household: id) ?? []) + board.history(ofHousehold: id)
        var seen = Set(ops.map(\.id))
        for i in tasks {
            let task = board.tasks[i].id
            for op in (earlier?.about(task: task) ?? []) + board.history(ofTask: task) where !seen.contains(op.id) {
                seen.insert(op.id)
                ops.append(op)
            }
        }
        return ops.sorted { a, b in a.time == b.time ? b.id < a.id : b.time < a.time }
    }

    /// "住房安全：未核查 → 达标；佐证：“房屋鉴定B级”" and the like, in the catalogue's language.
    static func describe(_ change: Change, ctx: ScreenContext) -> String {
        let t = ctx.text
        let board = ctx.board
        func quote(_ s: String) -> String { s.isEmpty ? t("hh.hist.empty") : t("hh.hist.quote", s) }
        func list(_ parts: [String]) -> String { parts.isEmpty ? t("hh.hist.none") : parts.joined(separator: t("hh.listSeparator")) }
        func user(_ id: UserID?) -> String { id.map { HouseholdFormat.user($0, board) } ?? t("hh.hist.none") }
        func taskTitle(_ id: TaskID) -> String { board.task(id)?.title ?? id.raw }
        func reason(_ r: String) -> String { r.trimmingSpaces.isEmpty ? "" : t("hh.hist.reason", r) }
        // Health in the history (causes, the medical evidence, visit notes, a member's health) is masked like on the
        // household's own panes: the log and the history are read by the same people.
        let health = healthWords(change, ctx: ctx)
        switch change {
        case .registerHousehold(let h):
            return t("hh.hist.register", h.headName, h.size)
        case .setStatus(_, let from, let to, let why):
            return t("hh.hist.status", t.name(from), t.name(to)) + reason(why)
        case .setCheck(_, let item, let from, let to):
            var s = t("hh.hist.check", t.name(item), t.name(from.state), t.name(to.state))
            if from.note != to.note {
                let old = health.evidence(from.note, of: item), new = health.evidence(to.note, of: item)
                s += from.note.isEmpty ? t("hh.hist.noteAdded", new) : t("hh.hist.noteChanged", quote(old), quote(new))
            }
            return s
        case .setIncome(_, let from, let to):
            var parts: [String] = []
            for part in HouseholdForm.incomeParts where from[keyPath: part.path] != to[keyPath: part.path] {
                parts.append(t("hh.hist.oldNew", t(part.key), HouseholdFormat.amount(from[keyPath: part.path]),
                               HouseholdFormat.amount(to[keyPath: part.path])))
            }
            return t("hh.hist.income", HouseholdFormat.amount(from.net), HouseholdFormat.amount(to.net)) + t("hh.hist.details", list(parts))
        case .setEnrolments(_, let from, let to):
            let fields: [(TextKey, KeyPath<Enrolments, Bool>)] = [
                ("hh.enrol.dibao", \.dibao), ("hh.enrol.tekun", \.tekun), ("hh.enrol.pension", \.pensionInsurance),
                ("hh.enrol.familyDoctor", \.familyDoctor),
            ]
            let parts = fields.filter { from[keyPath: $0.1] != to[keyPath: $0.1] }.map {
                t("hh.hist.oldNew", t($0.0), t(from[keyPath: $0.1] ? "hh.yes" : "hh.no"), t(to[keyPath: $0.1] ? "hh.yes" : "hh.no"))
            }
            return t("hh.hist.enrolments", list(parts))
        case .setCauses(_, let from, let to):
            func causes(_ c: CauseSet) -> String {
                list((c.main.map { [health.cause($0) + t("hh.plan.mainTag")] } ?? []) + c.secondary.map(health.cause))
            }
            return t("hh.hist.causes", causes(from), causes(to))
        case .setPlan(_, let from, let to):
            var parts: [String] = []
            if from.needs != to.needs { parts.append(t("hh.hist.needs", quote(from.needs), quote(to.needs))) }
            func measure(_ m: Measure) -> String { m.detail.isEmpty ? t.name(m.kind) : t.name(m.kind) + t("hh.hist.paren", m.detail) }
            for m in to.measures where !from.measures.contains(m) { parts.append(t("hh.hist.measureAdded", measure(m))) }
            for m in from.measures where !to.measures.contains(m) { parts.append(t("hh.hist.measureRemoved", measure(m))) }
            if parts.isEmpty { parts.append(t("hh.hist.measuresReordered")) }
            return t("hh.hist.plan", parts.joined(separator: t("hh.hist.clauseSeparator")))
        case .assignCadre(_, let from, let to, let why):
            return t("hh.hist.cadre", user(from), user(to)) + reason(why)
        case .addMember(_, let m):
            return t("hh.hist.addMember", m.name, t.name(m.relation))
        case .removeMember(_, let m):
            return t("hh.hist.removeMember", m.name, t.name(m.relation))
        case .updateMember(_, let from, let to):
            return t("hh.hist.updateMember", to.name, list(memberChanges(from, to, health: health, ctx: ctx)))
        case .moveMember(let from, let to, let member, let becomes):
            func head(_ id: HouseholdID) -> String { board.household(id)?.headName ?? id.raw }
            return t("hh.hist.moveMember", member.name, t.name(member.relation), head(from), head(to), t.name(becomes.relation))
        case .addVisit(_, let v):
            return t("hh.hist.visit", v.day.iso, list([v.found, v.done].filter { !$0.isEmpty }.map(health.visitNote)))
        case .recordFinding(_, let f):
            return t("finding.hist.recorded", t(FindingText.department(f.department)), f.says, t.name(f.item))
        case .lookAtFinding(let id, let n, let look):
            let department = board.household(id).flatMap { $0.findings.indices.contains(n) ? $0.findings[n].department : nil }
            return t("finding.hist.lookedAt", department.map { t(FindingText.department($0)) } ?? "", look.note)
        case .recordRecheck(let r):
            return RecheckHistoryText.record(r, health: health, ctx: ctx)
        case .correctVisit(_, _, let from, let to, let why):
            return VisitText.correction(from: from, to: to, reason: why, note: health.visitNote, ctx: ctx)
        case .addTask(let task):
            return t("hh.hist.addTask", task.title, user(task.owner), task.due.iso)
        case .markTaskDone(let id, let note):
            return t("hh.hist.taskDone", taskTitle(id)) + (note.isEmpty ? "" : t("hh.hist.details", note))
        case .verifyTask(let id, let note):
            return t("hh.hist.taskVerified", taskTitle(id)) + (note.isEmpty ? "" : t("hh.hist.details", note))
        case .sendBackTask(let id, let why):
            return t("hh.hist.taskSentBack", taskTitle(id)) + reason(why)
        case .reopenTask(let id, let why):
            return t("hh.hist.taskReopened", taskTitle(id)) + reason(why)
        case .proposeExit, .reviewExit, .decideExit, .rollBackStatus:
            return ExitText.history(change, ctx: ctx, risk: health.risk)
        case .editTask(_, let from, let to, let why):
            var parts: [String] = []
            if from.title != to.title { parts.append(t("hh.hist.oldNew", t("tasks.col.title"), from.title, to.title)) }
            if from.owner != to.owner { parts.append(t("hh.hist.oldNew", t("tasks.col.owner"), user(from.owner), user(to.owner))) }
            if from.due != to.due { parts.append(t("hh.hist.oldNew", t("tasks.col.due"), from.due.iso, to.due.iso)) }
            return t("hh.hist.taskEdited", to.title, parts.isEmpty ? t("hh.hist.none") : parts.joined(separator: t("hh.listSeparator")))
                + reason(why)
        case .attachEvidence(let a):
            // The name can say what an ID card or a diagnosis says: masked for whom may not open the file.
            let name = Privacy.opensAttachment(a, for: ctx.user, board: board) ? a.name : t("evidence.masked")
            return t("hh.hist.attach", name, t.fileSize(a.size), t.evidenceTarget(a.target, board: board))
        case .addOrgUnit, .addUser, .updateUser, .setPin, .setStandard, .setVillageTarget, .setPinPolicy, .drawRecheckSample:
            // Units, accounts and standards are never about one household: the log says them.
            return LogText.describe(change, ctx: ctx)
        }
    }

    /// "健康：健康 → 慢性病" for each field of a member that changed.
    static func memberChanges(_ a: Member, _ b: Member, health: HealthWords, ctx: ScreenContext) -> [String] {
        let t = ctx.text
        var out: [String] = []
        func add(_ key: TextKey, _ old: String, _ new: String) {
            if old != new { out.append(t("hh.hist.oldNew", t(key), old, new)) }
        }
        add("hh.col.name", a.name, b.name)
        add("hh.col.relation", t.name(a.relation), t.name(b.relation))
        add("hh.col.born", String(a.birthYear), String(b.birthYear))
        // Masked on both sides: the history is on screen, and the full number is sensitive.
        add("hh.col.idNumber", a.idNumber?.masked ?? "—", b.idNumber?.masked ?? "—")
        add("hh.col.health", health.health(a.health), health.health(b.health))
        add("hh.col.labour", t.name(a.labour), t.name(b.labour))
        add("hh.col.schooling", t.name(a.schooling), t.name(b.schooling))
        add("hh.col.insured", t(a.medicalInsured ? "hh.insured" : "hh.notInsured"), t(b.medicalInsured ? "hh.insured" : "hh.notInsured"))
        return out
    }

    /// How `user` may see the health of the household a change is about (masked when it is gone from the board).
    static func healthWords(_ change: Change, ctx: ScreenContext) -> HealthWords {
        guard let id = change.household, let h = ctx.board.household(id) else { return HealthWords(sees: false, text: ctx.text) }
        return HealthWords(h, for: ctx.user, board: ctx.board, text: ctx.text)
    }
}
