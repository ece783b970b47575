import VillageBoardCore

extension Catalog {
    /// One side's value of a conflict in words of this language: `符合 “改造完成” 由 bao-li 核查`, `纯收入 9200 …`.
    /// (Core's `ConflictText` is the English plain text for journals and tests; users read this one.)
    public func describe(_ value: ConflictValue) -> String {
        switch value {
        case .check(let c):
            let note = c.note.isEmpty ? "" : self("conflict.value.note", c.note)
            let by = c.checkedBy.map { self("conflict.value.checkedBy", $0.raw) } ?? ""
            return name(c.state) + note + by
        case .mark(let m): return name(m)
        case .income(let i):
            return self("conflict.value.income", i.net, i.wages, i.business, i.property, i.transfer, i.productionCosts)
        case .enrolments(let e):
            return self("conflict.value.enrolments", yesNo(e.dibao), yesNo(e.tekun), yesNo(e.pensionInsurance),
                        yesNo(e.familyDoctor))
        case .causes(let c):
            return ([c.main].compactMap { $0 } + c.secondary).map { name($0) }.joined(separator: self("hh.listSeparator"))
        case .plan(let p):
            return self("conflict.value.plan", p.needs, p.measures.map { name($0.kind) }.joined(separator: self("hh.listSeparator")))
        case .cadre(let u): return u.map { self("conflict.value.cadre", $0.raw) } ?? self("conflict.value.noCadre")
        case .member(let m):
            return m.map { self("conflict.value.member", $0.name, name($0.relation), $0.birthYear) }
                ?? self("conflict.value.memberRemoved")
        case .user(let u):
            return self("conflict.value.user", u.name, name(u.role), u.scope.description)
                + (u.disabled ? self("conflict.value.userDisabled") : "")
        case .task(let s): return name(s)
        }
    }

    /// Why a side was not applied, in this language when the board said why.
    public func describe(refusal entry: ConflictEntry) -> String {
        entry.refusal.map { describe($0) } ?? entry.reason
    }

    /// What a conflict is about: the household and field, the task, the user or the unit.
    public func subject(_ c: Conflict, board: Board) -> String {
        let who = c.field.household.flatMap { board.household($0) }.map { "\($0.headName) (\($0.id))" } ?? ""
        switch c.field {
        case .check(_, let item): return who + " · " + name(item)
        case .task(let id): return self("conflicts.task", board.task(id)?.title ?? id.raw)
        case .user(let u): return self("conflicts.user", u.raw)
        case .unit(let code): return self("conflicts.unit", board.unit(code)?.name ?? code.description)
        case .member(_, let m): return who + " · " + self("conflicts.member", m.raw)
        case .status: return who + " · " + self("conflicts.field.status")
        case .income: return who + " · " + self("conflicts.field.income")
        case .enrolments: return who + " · " + self("conflicts.field.enrolments")
        case .causes: return who + " · " + self("conflicts.field.causes")
        case .plan: return who + " · " + self("conflicts.field.plan")
        case .cadre: return who + " · " + self("conflicts.field.cadre")
        case .household: return who + " · " + self("conflicts.field.household")
        }
    }

    func yesNo(_ on: Bool) -> String { self(on ? "conflict.value.yes" : "conflict.value.no") }
}
