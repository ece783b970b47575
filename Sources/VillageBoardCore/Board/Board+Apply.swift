extension Board {
    /// Applies one operation: checks it against the rules, then changes the board and its roll-ups.
    /// The one function through which the board changes. Throws, changing nothing, when refused.
    public mutating func apply(_ op: Operation) throws(BoardError) {
        try validate(op)
        commit(op)
    }

    /// Checks an operation without changing anything (so a store can save it first, then commit).
    public func validate(_ op: Operation) throws(BoardError) {
        if let last = seen[op.id.device], op.id.sequence <= last { throw .alreadyApplied(op.id) }
        // Who may do this comes first, from the one permission table, whatever path the operation took.
        if let denial = Permissions.denial(for: op.change, by: op.author, on: self) {
            throw .notPermitted(op.author, BoardAction.of(op.change, author: op.author), denial)
        }
        try validate(op.change, author: op.author)
        // A corrected visit's day is judged against the day the correction is saved, so replaying it later agrees.
        if case .correctVisit(let id, _, _, let to, _) = op.change, !to.voided,
           let problem = visitProblem(id, day: to.day, recordedOn: op.time.day) {
            throw .visitDate(id, problem)
        }
    }

    func requireHousehold(_ id: HouseholdID) throws(BoardError) -> Household {
        guard let i = householdIndex[id] else { throw .unknownHousehold(id) }
        return households[i]
    }

    private func requireTask(_ id: TaskID) throws(BoardError) -> WorkTask {
        guard let i = taskIndex[id] else { throw .unknownTask(id) }
        return tasks[i]
    }

    private func validate(_ change: Change, author: UserID) throws(BoardError) {
        switch change {
        case .addOrgUnit(let unit):
            if let p = unit.parent {
                if units[p] == nil { throw .unknownParent(unit: unit.code, parent: p) }
                // A unit cannot hang under itself or under its own descendants: that would loop.
                if isInside(p, scope: unit.code) { throw .unknownParent(unit: unit.code, parent: p) }
            }
        case .setVillageTarget(let code, let kind, _, let to):
            guard let v = units[code] else { throw .unknownUnit(code) }
            guard v.level == .village else { throw .notAVillage(code) }
            if to.state == .met && to.evidence.trimmedIsEmpty { throw .targetEvidenceRequired(code, kind) }
            if let figure = to.figure, figure < 0 { throw .negativeFigure(code, kind) }
        case .registerHousehold(let h):
            if householdIndex[h.id] != nil { throw .duplicateHousehold(h.id) }
            guard let v = units[h.village] else { throw .unknownUnit(h.village) }
            guard v.level == .village else { throw .notAVillage(h.village) }
        case .setStatus(let id, _, let to, let reason):
            let h = try requireHousehold(id)
            // The one table of allowed moves; a household never stands in a mark its registration does not fit.
            guard let move = StatusTransition.find(from: h.mark, to: to), to.status.fits(registered: h.registered) else {
                throw .transitionNotAllowed(id, from: h.mark, to: to)
            }
            try checkGate(move.gate, for: h)
            if move.needsReason && reason.trimmedIsEmpty { throw .reasonRequired }
        case .setCheck(let id, let item, _, let to):
            let h = try requireHousehold(id)
            if to.state == .notApplicable, let standard,
               !standard.notApplicableRule(item).allows(members: h.members, year: year, standard: standard) {
                throw .notApplicableNotAllowed(id, item)
            }
        case .setIncome(let id, _, _), .setEnrolments(let id, _, _),
             .setCauses(let id, _, _), .setPlan(let id, _, _), .assignCadre(let id, _, _, _), .addVisit(let id, _):
            _ = try requireHousehold(id)
        case .addMember(let id, let m):
            let h = try requireHousehold(id)
            if h.members.contains(where: { $0.id == m.id }) { throw .duplicateMember(id, m.id) }
        case .updateMember(let id, let from, _), .removeMember(let id, let from):
            let h = try requireHousehold(id)
            if !h.members.contains(where: { $0.id == from.id }) { throw .unknownMember(id, from.id) }
        case .addTask(let t):
            if taskIndex[t.id] != nil { throw .duplicateTask(t.id) }
            switch t.subject {
            case .household(let id): _ = try requireHousehold(id)
            case .village(let code):
                guard let v = units[code] else { throw .unknownUnit(code) }
                guard v.level == .village else { throw .notAVillage(code) }
            }
        case .editTask(let id, _, let to, let reason):
            let t = try requireTask(id)
            // Only open work is re-planned; done or verified work is sent back or reopened first.
            guard t.state == .open else { throw .wrongTaskState(id, expected: .open, actual: t.state) }
            if reason.trimmedIsEmpty { throw .reasonRequired }
            if to.title.trimmedIsEmpty { throw .emptyTitle(id) }
            guard users[to.owner] != nil else { throw .unknownUser(to.owner) }
        case .markTaskDone(let id, _):
            let t = try requireTask(id)
            guard t.state == .open else { throw .wrongTaskState(id, expected: .open, actual: t.state) }
        case .verifyTask(let id, _):
            let t = try requireTask(id)
            guard t.state == .done else { throw .wrongTaskState(id, expected: .done, actual: t.state) }
            // Nobody verifies their own work: neither who marked it done nor who owns it.
            if t.doneBy == author || t.owner == author { throw .selfVerification(id, author) }
        case .sendBackTask(let id, let reason):
            let t = try requireTask(id)
            guard t.state == .done else { throw .wrongTaskState(id, expected: .done, actual: t.state) }
            if reason.trimmedIsEmpty { throw .reasonRequired }
        case .reopenTask(let id, let reason):
            let t = try requireTask(id)
            guard t.state == .verified else { throw .wrongTaskState(id, expected: .verified, actual: t.state) }
            if reason.trimmedIsEmpty { throw .reasonRequired }
        case .addUser(let u):
            if users[u.id] != nil { throw .duplicateUser(u.id) }
        case .updateUser(let from, let to):
            if users[from.id] == nil { throw .unknownUser(from.id) }
            if to.id != from.id { throw .unknownUser(to.id) }
        case .setPin(let id, _, _):
            if users[id] == nil { throw .unknownUser(id) }
        case .setStandard:
            break
        case .setPinPolicy(_, let to):
            if let role = to.outOfRange { throw .pinPolicyOutOfRange(role, minimum: to.minimum(for: role)) }
        case .moveMember(let from, let to, let member, let becomes):
            let old = try requireHousehold(from)
            let new = try requireHousehold(to)
            if !old.members.contains(where: { $0.id == member.id }) { throw .unknownMember(from, member.id) }
            // The same person: a move never turns one person into another.
            if from == to || becomes.idNumber != member.idNumber || becomes.name != member.name {
                throw .duplicateMember(to, becomes.id)
            }
            if new.members.contains(where: { $0.id == becomes.id }) { throw .duplicateMember(to, becomes.id) }
        case .proposeExit, .reviewExit, .decideExit, .rollBackStatus:
            try validateExitStep(change, author: author)
        case .attachEvidence(let a):
            try validateAttachment(a, author: author)
        case .correctVisit(let id, let n, let from, let to, let reason):
            let h = try requireHousehold(id)
            guard h.visits.indices.contains(n) else { throw .unknownVisit(id, n) }
            // Corrected against what it is now, so two laptops' corrections of one visit do not silently stack.
            guard h.visits[n] == from else { throw .visitChanged(id, n) }
            if reason.trimmedIsEmpty { throw .reasonRequired }
            // Who visited is not corrected: a visit recorded under the wrong name is voided and recorded again.
            guard to.by == from.by else { throw .visitChanged(id, n) }
        case .recordFinding(let id, let f):
            _ = try requireHousehold(id)
            guard !f.says.trimmedIsEmpty, f.look == nil else { throw .malformedFinding(id) }
        case .lookAtFinding(let id, let n, let look):
            let h = try requireHousehold(id)
            guard h.findings.indices.contains(n) else { throw .unknownFinding(id, n) }
            guard h.findings[n].isOpen else { throw .findingAlreadyLookedAt(id, n) }
            if look.note.trimmedIsEmpty { throw .reasonRequired }
            guard look.by == author else { throw .malformedFinding(id) }
        case .drawRecheckSample(let sample):
            try validateRecheck(sample, author: author)
        case .recordRecheck(let record):
            try validateRecheck(record, author: author)
        }
    }

    private func validateAttachment(_ a: Attachment, author: UserID) throws(BoardError) {
        switch a.target {
        case .check(let id, _): _ = try requireHousehold(id)
        case .task(let id): _ = try requireTask(id)
        case .visit(let id, let n):
            let h = try requireHousehold(id)
            guard h.visits.indices.contains(n) else { throw .unknownVisit(id, n) }
        }
        guard Attachment.isHash(a.hash) else { throw .malformedAttachment("not a SHA-256: \(a.hash.prefix(80))") }
        guard a.size >= 0 else { throw .malformedAttachment("size \(a.size)") }
        guard !a.name.trimmedIsEmpty else { throw .malformedAttachment("no file name") }
        guard a.by == author else { throw .malformedAttachment("attached by \(a.by), saved by \(author)") }
        if attachments(of: a.target).contains(where: { $0.hash == a.hash }) { throw .duplicateAttachment(a.hash) }
    }

    /// Changes the board for an operation that passed `validate`.
    private mutating func commit(_ op: Operation) {
        let day = op.time.day
        committing = day
        defer { committing = nil }
        historyFrom = min(historyFrom ?? day, day)
        trackConflicts(op)
        switch op.change {
        case .addOrgUnit(let unit):
            // A unit given again (a roster re-imported) keeps its targets: they change only by `setVillageTarget`.
            var u = unit
            if let old = units[unit.code] { u.targets = old.targets }
            putUnit(u)
        case .setVillageTarget(let code, let kind, _, let to):
            guard var u = units[code] else { break }
            u.targets[kind] = to
            putUnit(u)
        case .registerHousehold(let h):
            insertHousehold(h)
        case .setStatus(let id, _, let to, _):
            editHousehold(id) { $0.mark = to; if to.status.isMonitoredKind && $0.identifiedOn == nil { $0.identifiedOn = day } }
        case .setCheck(let id, let item, _, let to):
            editHousehold(id) { $0.checklist[item] = to }
        case .setIncome(let id, _, let to):
            editHousehold(id) { $0.income = to }
        case .setEnrolments(let id, _, let to):
            editHousehold(id) { $0.enrolments = to }
        case .setCauses(let id, _, let to):
            editHousehold(id) { $0.mainCause = to.main; $0.secondaryCauses = to.secondary }
        case .setPlan(let id, _, let to):
            editHousehold(id) { $0.plan = to }
        case .assignCadre(let id, _, let to, let reason):
            editHousehold(id) {
                $0.cadre = to
                if let to { $0.cadreHistory.append(CadreAssignment(cadre: to, from: day, reason: reason)) }
            }
        case .addMember(let id, let m):
            editHousehold(id) { $0.members.append(m) }
        case .updateMember(let id, let from, let to):
            editHousehold(id) { h in
                if let i = h.members.firstIndex(where: { $0.id == from.id }) { h.members[i] = to }
            }
        case .removeMember(let id, let from):
            editHousehold(id) { h in h.members.removeAll { $0.id == from.id } }
        case .addVisit(let id, let visit):
            editHousehold(id) { $0.visits.append(visit) }
        case .correctVisit(let id, let n, _, let to, _):
            editHousehold(id) { h in if h.visits.indices.contains(n) { h.visits[n] = to } }
        case .recordFinding(let id, let f):
            editHousehold(id) { $0.findings.append(f) }
        case .lookAtFinding(let id, let n, let look):
            editHousehold(id) { h in if h.findings.indices.contains(n) { h.findings[n].look = look } }
        case .drawRecheckSample(let sample):
            rechecks.add(sample)
        case .recordRecheck(let record):
            rechecks.add(record)
        case .addTask(let t):
            insertTask(t)
        case .editTask(let id, _, let to, _):
            editTask(id) {
                $0.title = to.title
                $0.owner = to.owner
                $0.due = to.due
            }
        case .markTaskDone(let id, let note):
            editTask(id) {
                $0.state = .done
                $0.doneBy = op.author
                $0.doneOn = day
                $0.doneNote = note
            }
        case .verifyTask(let id, let note):
            editTask(id) {
                $0.state = .verified
                $0.verifiedBy = op.author
                $0.verifiedOn = day
                $0.verifyNote = note
            }
        case .sendBackTask(let id, let reason), .reopenTask(let id, let reason):
            let sentBack = op.change.kind == .sendBackTask
            editTask(id) {
                $0.state = .open
                $0.returnReason = reason
                $0.returnedBy = op.author
                $0.reopened = op.change.kind == .reopenTask
                $0.verifiedBy = nil
                $0.verifiedOn = nil
                $0.verifyNote = ""
                // Saturating: a count from a hostile file must not trap.
                if sentBack && $0.sendBacks < Int.max { $0.sendBacks += 1 }
            }
        case .addUser(let u):
            users[u.id] = u
        case .updateUser(_, let to):
            users[to.id] = to
        case .setPin(let id, _, let to):
            users[id]?.pin = to
        case .setStandard(let s):
            standards[s.year] = s
        case .setPinPolicy(_, let to):
            pinPolicy = to
        case .moveMember(let from, let to, let member, let becomes):
            editHousehold(from) { h in h.members.removeAll { $0.id == member.id } }
            editHousehold(to) { $0.members.append(becomes) }
        case .proposeExit, .reviewExit, .decideExit, .rollBackStatus:
            commitExitStep(op.change, author: op.author, day: day)
        case .attachEvidence(let a):
            insertAttachment(a)
        }
        record(op)
    }

    private mutating func record(_ op: Operation) {
        seen[op.id.device] = max(seen[op.id.device] ?? 0, op.id.sequence)
        advanceFrontier(op)
        let position = log.count
        log.append(op)
        for h in op.change.households { logByHousehold[h, default: []].append(position) }
        if let t = op.change.task { logByTask[t, default: []].append(position) }
    }

    // MARK: Primitive edits, each keeping indexes and roll-ups current

    mutating func putUnit(_ unit: OrgUnit) {
        let old = units[unit.code]
        let moved = old != nil && old?.parent != unit.parent
        let oldOwn = old.map { RollupRules.contribution(of: $0) } ?? Rollup()
        // What the unit carries up its lineage: its own figures, or, when it moves to another parent,
        // everything counted under it too (households, tasks and units below move with it).
        let carried = moved ? (rollups[unit.code] ?? Rollup()) : oldOwn
        if let old {
            adjust(unit.code, removing: carried, adding: nil)
            if moved, let p = old.parent { children[p]?.removeAll { $0 == unit.code } }
        }
        units[unit.code] = unit
        if let p = unit.parent, old?.parent != unit.parent {
            var siblings = children[p] ?? []
            let at = siblings.firstIndex { $0 > unit.code } ?? siblings.count
            siblings.insert(unit.code, at: at)
            children[p] = siblings
        }
        // The unit's lineage, and after a move that of everything under it.
        var stack = [unit.code]
        while let c = stack.popLast() {
            lineage[c] = [c] + (units[c]?.parent.flatMap { lineage[$0] } ?? [])
            if moved { stack.append(contentsOf: children[c] ?? []) }
        }
        if rollups[unit.code] == nil { rollups[unit.code] = Rollup() }
        adjust(unit.code, removing: nil, adding: carried - oldOwn + RollupRules.contribution(of: unit))
    }

    mutating func insertHousehold(_ h: Household) {
        let i = households.count
        households.append(h)
        householdMarks.append(h.mark)
        householdIndex[h.id] = i
        householdsByVillage[h.village, default: []].append(i)
        adjust(h.village, removing: nil, adding: RollupRules.contribution(of: h))
    }

    mutating func editHousehold(_ id: HouseholdID, _ edit: (inout Household) -> Void) {
        guard let i = householdIndex[id] else { return }
        let before = RollupRules.contribution(of: households[i])
        edit(&households[i])
        householdMarks[i] = households[i].mark
        let after = RollupRules.contribution(of: households[i])
        if before != after { adjust(households[i].village, removing: before, adding: after) }
    }

    mutating func insertAttachment(_ a: Attachment) {
        let i = attachments.count
        attachments.append(a)
        attachmentsByTarget[a.target, default: []].append(i)
        if let h = a.target.household { attachmentsByHousehold[h, default: []].append(i) }
    }

    mutating func insertTask(_ t: WorkTask) {
        let i = tasks.count
        tasks.append(t)
        taskIndex[t.id] = i
        if case .household(let hid) = t.subject { tasksByHousehold[hid, default: []].append(i) }
        if let v = village(of: t) {
            tasksByVillage[v, default: []].append(i)
            adjust(v, removing: nil, adding: RollupRules.contribution(of: t, today: today))
        }
    }

    mutating func editTask(_ id: TaskID, _ edit: (inout WorkTask) -> Void) {
        guard let i = taskIndex[id] else { return }
        let before = RollupRules.contribution(of: tasks[i], today: today)
        edit(&tasks[i])
        let after = RollupRules.contribution(of: tasks[i], today: today)
        if before != after, let v = village(of: tasks[i]) { adjust(v, removing: before, adding: after) }
    }
}

extension String {
    var trimmedIsEmpty: Bool { allSatisfy { $0.isWhitespace } }
}
