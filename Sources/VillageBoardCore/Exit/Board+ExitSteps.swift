extension Board {
    /// What a gate finds in the way of `h`, thrown as the board's refusal (the unmet items first, by name).
    func checkGate(_ gate: StatusGate, for h: Household) throws(BoardError) {
        guard gate != .none else { return }
        guard standard != nil else { throw .noStandard(year: year) }
        let found = ExitRule.finding(for: h, gate: gate, year: year, standards: standards)
        if !found.unmet.isEmpty || found.incomeShort {
            throw .exitBlocked(h.id, unmet: found.unmet, incomeShort: found.incomeShort)
        }
        if found.safetyNetWithoutLabour { throw .staysMonitored(h.id, .safetyNetWithoutLabour) }
        if found.incomeInMonitoringRange { throw .staysMonitored(h.id, .incomeInMonitoringRange) }
    }

    /// The row of the status table a proposal would take, when it is an exit or a risk elimination.
    public static func exitMove(from mark: HouseholdMark, to target: HouseholdMark, registered: Bool) -> StatusTransition? {
        guard let move = StatusTransition.find(from: mark, to: target), move.step == .exit || move.step == .eliminateRisk,
              target.status.fits(registered: registered) else { return nil }
        return move
    }

    /// The rules of the staged procedure: one case at a time, each stage in turn, the gate at the proposal and
    /// again at the decision (the household may have changed in between), nobody approving their own proposal.
    public func validateExitStep(_ change: Change, author: UserID) throws(BoardError) {
        switch change {
        case .proposeExit(let id, let p):
            let h = try requireHousehold(id)
            if h.exitCase != nil { throw .exitAlreadyPending(id) }
            guard p.from == h.mark, let move = Self.exitMove(from: h.mark, to: p.target, registered: h.registered) else {
                throw .transitionNotAllowed(id, from: h.mark, to: p.target)
            }
            try checkGate(move.gate, for: h)
            if !p.datesInOrder { throw .exitDatesOutOfOrder(id) }
        case .reviewExit(let id, let approve, let note):
            let c = try pendingCase(id, at: .proposed)
            if approve && c.involves(author) { throw .ownExitProposal(id, author) }
            if !approve && note.trimmedIsEmpty { throw .reasonRequired }
        case .decideExit(let id, let from, let to, let approve, let note):
            let c = try pendingCase(id, at: .reviewed)
            let h = try requireHousehold(id)
            if from != h.mark || to != c.proposal.target { throw .transitionNotAllowed(id, from: from, to: to) }
            if approve {
                if c.involves(author) { throw .ownExitProposal(id, author) }
                guard let move = Self.exitMove(from: h.mark, to: to, registered: h.registered) else {
                    throw .transitionNotAllowed(id, from: h.mark, to: to)
                }
                try checkGate(move.gate, for: h)
            } else if note.trimmedIsEmpty {
                throw .reasonRequired
            }
        case .rollBackStatus(let id, let from, let to, _, let reason):
            let h = try requireHousehold(id)
            guard from == h.mark, let move = StatusTransition.find(from: from, to: to), move.step == .monitor,
                  to.status.fits(registered: h.registered) else {
                throw .transitionNotAllowed(id, from: h.mark, to: to)
            }
            if reason.trimmedIsEmpty { throw .reasonRequired }
        default:
            break
        }
    }

    private func pendingCase(_ id: HouseholdID, at stage: ExitStage) throws(BoardError) -> ExitCase {
        let h = try requireHousehold(id)
        guard let c = h.exitCase else { throw .noExitPending(id) }
        if c.stage != stage { throw .wrongExitStage(id, expected: stage, actual: c.stage) }
        return c
    }

    /// Changes the household for a step that passed `validateExitStep`. A step sent back ends the case: the village
    /// proposes again once it has answered the reason.
    mutating func commitExitStep(_ change: Change, author: UserID, day: Day) {
        switch change {
        case .proposeExit(let id, let p):
            editHousehold(id) { $0.exitCase = ExitCase(proposal: p, proposedBy: author, proposedOn: day) }
        case .reviewExit(let id, let approve, _):
            editHousehold(id) {
                if approve { $0.exitCase?.stage = .reviewed; $0.exitCase?.reviewedBy = author } else { $0.exitCase = nil }
            }
        case .decideExit(let id, _, let to, let approve, _):
            editHousehold(id) {
                if approve { $0.mark = to }
                $0.exitCase = nil
            }
        case .rollBackStatus(let id, _, let to, let risk, _):
            editHousehold(id) {
                $0.mark = to
                $0.exitCase = nil
                if !$0.riskTypes.contains(risk) { $0.riskTypes.append(risk) }
                if to.status.isMonitoredKind && $0.identifiedOn == nil { $0.identifiedOn = day }
            }
        default:
            break
        }
    }
}

extension Household {
    /// The marks an exit or risk elimination could take this household to (the status table's rows), the usual one
    /// first: risk eliminated in its own kind for a monitored household, out for a registered one.
    public var exitTargets: [HouseholdMark] {
        let rows = StatusTransition.table.filter {
            $0.from == mark && ($0.step == .exit || $0.step == .eliminateRisk) && $0.to.status.fits(registered: registered)
        }
        let targets = rows.map(\.to)
        let usual = targets.firstIndex { $0.status == mark.status || ($0.status == .out && mark.status == .notOut) }
        guard let usual else { return targets }
        return [targets[usual]] + targets.enumerated().filter { $0.offset != usual }.map(\.element)
    }

    /// The marks a roll-back could take this household to (返贫, 重新纳入监测, 风险回退): the status table's `monitor` rows.
    public var rollBackTargets: [HouseholdMark] {
        StatusTransition.table.filter { $0.from == mark && $0.step == .monitor && $0.to.status.fits(registered: registered) }
            .map(\.to)
    }
}
