extension Change {
    /// For an edit of one field: the field, the value the author saw (`from`) and the value they gave (`to`).
    var fieldEdit: (field: ConflictField, from: ConflictValue?, to: ConflictValue?)? {
        switch self {
        case .setStatus(let h, let from, let to, _): (.status(h), .mark(from), .mark(to))
        case .setCheck(let h, let item, let from, let to): (.check(h, item), .check(from), .check(to))
        case .setIncome(let h, let from, let to): (.income(h), .income(from), .income(to))
        case .setEnrolments(let h, let from, let to): (.enrolments(h), .enrolments(from), .enrolments(to))
        case .setCauses(let h, let from, let to): (.causes(h), .causes(from), .causes(to))
        case .setPlan(let h, let from, let to): (.plan(h), .plan(from), .plan(to))
        case .assignCadre(let h, let from, let to, _): (.cadre(h), .cadre(from), .cadre(to))
        case .updateMember(let h, let from, let to): (.member(h, from.id), .member(from), .member(to))
        case .removeMember(let h, let m): (.member(h, m.id), .member(m), .member(nil))
        // Leaving the old household is what another laptop's edit of the member could collide with.
        case .moveMember(let h, _, let m, _): (.member(h, m.id), .member(m), .member(nil))
        case .updateUser(let from, let to): (.user(from.id), .user(from), .user(to))
        // A decision or a roll-back moves the status, which another laptop's change of it could collide with.
        case .rollBackStatus(let h, let from, let to, _, _): (.status(h), .mark(from), .mark(to))
        case .decideExit(let h, let from, let to, true, _): (.status(h), .mark(from), .mark(to))
        case .decideExit, .proposeExit, .reviewExit: nil
        case .addOrgUnit, .registerHousehold, .addMember, .addVisit, .addTask, .markTaskDone, .verifyTask,
             .sendBackTask, .reopenTask, .addUser, .setPin, .setStandard, .setVillageTarget, .editTask, .setPinPolicy,
             .attachEvidence, .correctVisit, .recordFinding, .lookAtFinding, .drawRecheckSample, .recordRecheck:
            nil
        }
    }

    /// What a refused operation was about, for a structural conflict.
    var conflictSubject: ConflictField? {
        if let edit = fieldEdit { return edit.field }
        switch self {
        case .addOrgUnit(let u): return .unit(u.code)
        case .registerHousehold(let h): return .household(h.id)
        case .addMember(let h, let m): return .member(h, m.id)
        case .addUser(let u): return .user(u.id)
        case .markTaskDone(let t, _), .verifyTask(let t, _), .sendBackTask(let t, _), .reopenTask(let t, _),
             .editTask(let t, _, _, _):
            return .task(t)
        case .addTask(let t): return .task(t.id)
        case .addVisit(let h, _), .proposeExit(let h, _), .reviewExit(let h, _, _), .decideExit(let h, _, _, _, _),
             .correctVisit(let h, _, _, _, _), .recordFinding(let h, _), .lookAtFinding(let h, _, _):
            return .household(h)
        case .recordRecheck(let r): return .household(r.household)
        // A sample is named by the unit it was drawn in.
        case .drawRecheckSample(let s): return .unit(s.frame.scope)
        case .attachEvidence(let a):
            switch a.target {
            case .check(let h, _), .visit(let h, _): return .household(h)
            case .task(let t): return .task(t)
            }
        // Board-wide settings: the last in the merge order stands, as with the yearly standard.
        case .setPin, .setStandard, .setPinPolicy: return nil
        // Targets are not yet a field of their own in the conflict list: a refused one is named by its village.
        case .setVillageTarget(let code, _, _, _): return .unit(code)
        case .setStatus, .setCheck, .setIncome, .setEnrolments, .setCauses, .setPlan, .assignCadre, .updateMember,
             .removeMember, .updateUser, .moveMember, .rollBackStatus:
            // Field edits are answered by `fieldEdit` above.
            return nil
        }
    }
}

extension Board {
    /// Every open conflict, in a stable order (household, then field).
    public var conflictList: [Conflict] { conflicts.keys.sorted().compactMap { conflicts[$0] } }

    /// The value a field has on the board now (nil when the thing is missing).
    public func currentValue(_ field: ConflictField) -> ConflictValue? {
        if case .user(let u) = field { return users[u].map { .user($0) } }
        if case .task(let t) = field { return task(t).map { .task($0.state) } }
        guard let id = field.household, let h = household(id) else { return nil }
        switch field {
        case .check(_, let item): return .check(h.checklist[item])
        case .status: return .mark(h.mark)
        case .income: return .income(h.income)
        case .enrolments: return .enrolments(h.enrolments)
        case .causes: return .causes(CauseSet(main: h.mainCause, secondary: h.secondaryCauses))
        case .plan: return .plan(h.plan)
        case .cadre: return .cadre(h.cadre)
        case .member(_, let m): return .member(h.members.first { $0.id == m })
        default: return nil
        }
    }

    /// The last operation since the snapshot that set `field` (for showing who gave the value being replaced).
    func lastWriter(of field: ConflictField) -> Operation? {
        let positions: [Int]
        if case .task(let t) = field { positions = logByTask[t] ?? [] }
        else if let h = field.household { positions = logByHousehold[h] ?? [] }
        else { positions = Array(log.indices) }
        for p in positions.reversed() {
            let op = log[p]
            if op.change.fieldEdit?.field == field || op.change.conflictSubject == field { return op }
        }
        return nil
    }

    /// Called by `commit` before an operation changes the board: notes a conflict when the operation replaced a
    /// value its author never saw, and settles one when it was made with the board's value in view.
    mutating func trackConflicts(_ op: Operation) {
        if let t = op.change.task, conflicts[.task(t)] != nil, op.change.kind != .addTask {
            // Any task transition applied after a refused one moves the task on: the conflict is settled.
            conflicts[.task(t)] = nil
        }
        guard let edit = op.change.fieldEdit else { return }
        let current = currentValue(edit.field)
        if conflicts[edit.field] != nil {
            if edit.from == current {
                conflicts[edit.field] = nil
            } else if edit.to != current {
                conflicts[edit.field]?.entries.append(ConflictEntry(op: op, value: edit.to))
            }
            return
        }
        guard edit.from != current, edit.to != current else { return }
        conflicts[edit.field] = Conflict(field: edit.field, entries: [
            ConflictEntry(op: lastWriter(of: edit.field), value: current),
            ConflictEntry(op: op, value: edit.to),
        ])
    }

    /// Records an operation from another laptop that the board refused while merging (a structural conflict:
    /// e.g. a task sent back on one laptop after another verified it). The operation counts as seen, so
    /// sequences continue, but changes nothing else.
    /// Returns whether the operation is now listed as a conflict.
    @discardableResult
    public mutating func recordRefused(_ op: Operation, reason: BoardError) -> Bool {
        if case .alreadyApplied = reason { return false }
        seen[op.id.device] = max(seen[op.id.device] ?? 0, op.id.sequence)
        advanceFrontier(op)
        guard let field = op.change.conflictSubject else { return false }
        var conflict = conflicts[field] ?? Conflict(field: field, entries: [
            ConflictEntry(op: lastWriter(of: field), value: currentValue(field)),
        ])
        guard !conflict.entries.contains(where: { $0.op?.id == op.id }) else { return true }
        conflict.entries.append(ConflictEntry(op: op, value: nil, applied: false, reason: reason.description, refusal: reason))
        conflicts[field] = conflict
        return true
    }

    /// Counts an operation as seen without applying it: on a partial board (a store opened for one task's sake)
    /// for operations about what it did not read, so the laptop's next sequence number and time stay right.
    public mutating func passOver(_ op: Operation) {
        seen[op.id.device] = max(seen[op.id.device] ?? 0, op.id.sequence)
        advanceFrontier(op)
    }

    mutating func advanceFrontier(_ op: Operation) {
        let key = OperationKey(op)
        if frontier.map({ $0 < key }) ?? true { frontier = key }
    }

    /// Puts back a conflict from a snapshot.
    public mutating func restore(_ conflict: Conflict) { conflicts[conflict.field] = conflict }

    /// Puts back the last operation a snapshot includes (its place in the merge order).
    public mutating func restoreFrontier(_ key: OperationKey?) { frontier = key }

    /// The change that settles `conflict` by choosing side `entry` — a new operation made with the board's current
    /// value in view. Nil when there is nothing to do (the side is what the board already shows and is not a
    /// field, or the refused transition cannot be taken from the task's present state).
    public func resolution(of conflict: Conflict, choosing entry: Int, reason: String) -> Change? {
        guard conflict.entries.indices.contains(entry) else { return nil }
        let side = conflict.entries[entry]
        let current = currentValue(conflict.field)
        if let value = side.value {
            switch (conflict.field, current, value) {
            case (.check(let h, let item), .check(let c)?, .check(let v)): return .setCheck(h, item, from: c, to: v)
            case (.status(let h), .mark(let c)?, .mark(let v)): return .setStatus(h, from: c, to: v, reason: reason)
            case (.income(let h), .income(let c)?, .income(let v)): return .setIncome(h, from: c, to: v)
            case (.enrolments(let h), .enrolments(let c)?, .enrolments(let v)): return .setEnrolments(h, from: c, to: v)
            case (.causes(let h), .causes(let c)?, .causes(let v)): return .setCauses(h, from: c, to: v)
            case (.plan(let h), .plan(let c)?, .plan(let v)): return .setPlan(h, from: c, to: v)
            case (.cadre(let h), .cadre(let c)?, .cadre(let v)): return .assignCadre(h, from: c, to: v, reason: reason)
            case (.member(let h, _), .member(let c)?, .member(let v)):
                switch (c, v) {
                case (let c?, let v?): return .updateMember(h, from: c, to: v)
                case (let c?, nil): return .removeMember(h, c)
                case (nil, let v?): return .addMember(h, v)
                case (nil, nil): return nil
                }
            case (.user, .user(let c)?, .user(let v)): return .updateUser(from: c, to: v)
            default: return nil
            }
        }
        // A refused task transition: take it again from where the task is now, if the workflow allows.
        guard case .task(let id) = conflict.field, let op = side.op, let state = task(id)?.state else { return nil }
        switch op.change {
        case .sendBackTask(_, let why):
            switch state {
            case .verified: return .reopenTask(id, reason: why.isEmpty ? reason : why)
            case .done: return .sendBackTask(id, reason: why.isEmpty ? reason : why)
            case .open: return nil
            }
        case .reopenTask(_, let why):
            return state == .verified ? .reopenTask(id, reason: why.isEmpty ? reason : why) : nil
        case .markTaskDone(_, let note): return state == .open ? .markTaskDone(id, note: note) : nil
        case .verifyTask(_, let note): return state == .done ? .verifyTask(id, note: note) : nil
        case .addOrgUnit, .registerHousehold, .setStatus, .setCheck, .setIncome, .setEnrolments, .setCauses, .setPlan,
             .assignCadre, .addMember, .updateMember, .removeMember, .addVisit, .addTask, .addUser, .updateUser, .setPin,
             .setStandard, .moveMember, .proposeExit, .reviewExit, .decideExit, .rollBackStatus, .setPinPolicy,
             .setVillageTarget, .editTask, .attachEvidence, .correctVisit, .recordFinding, .lookAtFinding,
             .drawRecheckSample, .recordRecheck:
            // Only a task's workflow steps are taken again; an added task that was refused is added anew by hand.
            return nil
        }
    }
}

extension Board {
    /// Whether `user` may settle `conflict`: an active user whose scope holds the household's or task's village;
    /// conflicts about users and units only an admin.
    public func mayChoose(_ conflict: Conflict, user: User) -> Bool {
        guard !user.disabled else { return false }
        if user.role == .admin { return true }
        let village: DivisionCode?
        switch conflict.field {
        case .user, .unit: return false
        case .task(let t): village = task(t).flatMap { self.village(of: $0) }
        default: village = conflict.field.household.flatMap { household($0)?.village }
        }
        guard let village else { return false }
        return isInside(village, scope: user.scope)
    }

    /// One side of a conflict in a line: who, when, on which laptop, and what (for lists and the screen).
    public func describe(_ entry: ConflictEntry) -> String {
        let who = entry.op.map { "\($0.author) \($0.time.iso) \($0.id)" } ?? "(snapshot)"
        guard let value = entry.value else {
            return "\(who): \(entry.op?.change.kind.rawValue ?? "?") not applied — \(entry.reason)"
        }
        return "\(who): \(ConflictText.value(value))"
    }
}

/// Plain-text renderings of conflict values for the command line (the screen has its own catalogue).
public enum ConflictText {
    /// A short rendering of a value: `met "改造完成"`, `wages 3000 …`, `cadre bao-li`.
    public static func value(_ v: ConflictValue) -> String {
        switch v {
        case .check(let c): "\(c.state.rawValue)" + (c.note.isEmpty ? "" : " \"\(c.note)\"") + (c.checkedBy.map { " by \($0)" } ?? "")
        case .mark(let m): m.status.rawValue + (m.riskEliminated ? " (risk eliminated)" : "")
        case .income(let i): "net \(i.net) (wages \(i.wages), business \(i.business), property \(i.property), transfer \(i.transfer), costs \(i.productionCosts))"
        case .enrolments(let e): "dibao \(e.dibao), tekun \(e.tekun), pension \(e.pensionInsurance), doctor \(e.familyDoctor)"
        case .causes(let c): ([c.main?.key].compactMap { $0 } + c.secondary.map(\.key)).joined(separator: ", ")
        case .plan(let p): "\"\(p.needs)\"; " + p.measures.map(\.kind.rawValue).joined(separator: ", ")
        case .cadre(let u): u.map { "cadre \($0)" } ?? "no cadre"
        case .member(let m): m.map { "\($0.name) (\($0.relation.rawValue), \($0.birthYear))" } ?? "removed"
        case .user(let u): "\(u.name) \(u.role.rawValue) \(u.scope)" + (u.disabled ? " disabled" : "")
        case .task(let s): s.rawValue
        }
    }
}
