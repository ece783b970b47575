/// A way a household on the board breaks the status rules. `Board.apply` does not let a status change make one, but a
/// registration from a file, an old journal or a changed standard can: `check` lists them.
public enum StatusBreach: Hashable, Sendable {
    /// The household's registration does not fit its status (a registered edge household, an unregistered out one).
    case registrationDoesNotFit(HouseholdStatus, registered: Bool)
    /// Out, or risk eliminated, with items the gate would not pass (not met, not checked, or not applicable where the
    /// rule does not allow it).
    case resolvedWithUnmetItems([ChecklistItem])
    /// Risk eliminated although the household cannot work and lives on the safety net.
    case safetyNetWithoutLabourEliminated
    /// An item marked not applicable where the standard's rule does not allow it.
    case notApplicableNotAllowed([ChecklistItem])
}

/// Something to look at that breaks no rule: a household that may need watching.
public enum StatusWarning: Hashable, Sendable {
    /// Not monitored, yet per-capita income is under the monitoring line (or the income line) of its year.
    case unmonitoredInMonitoringRange(perCapita: Int, line: Int)
}

extension Board {
    /// The status rules `h` breaks on this board (empty when none).
    public func breaches(of h: Household) -> [StatusBreach] {
        var out: [StatusBreach] = []
        if !h.status.fits(registered: h.registered) { out.append(.registrationDoesNotFit(h.status, registered: h.registered)) }
        guard let standard else { return out }
        let notApplicable = ChecklistItem.allCases.filter {
            h.checklist[$0].state == .notApplicable && !ExitRule.satisfied($0, in: h, year: year, standard: standard)
        }
        if !h.isUnresolved {
            let gate: StatusGate = h.mark.riskEliminated ? .riskElimination : .exit
            let found = ExitRule.finding(for: h, gate: gate, year: year, standards: standards)
            if !found.unmet.isEmpty { out.append(.resolvedWithUnmetItems(found.unmet)) }
            if found.safetyNetWithoutLabour { out.append(.safetyNetWithoutLabourEliminated) }
        }
        if !notApplicable.isEmpty { out.append(.notApplicableNotAllowed(notApplicable)) }
        return out
    }

    /// What deserves a look at `h` without breaking a rule.
    public func warnings(for h: Household) -> [StatusWarning] {
        guard h.status != .notOut, !h.isMonitored,
              let s = ExitRule.standard(for: h.income.year ?? year, in: standards) ?? standard else { return [] }
        let perCapita = h.income.perCapita(people: h.size)
        let line = max(s.incomeLine, s.monitoringLine)
        return perCapita < line ? [.unmonitoredInMonitoringRange(perCapita: perCapita, line: line)] : []
    }
}
