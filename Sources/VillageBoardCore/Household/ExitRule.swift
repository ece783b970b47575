/// The national exit standard 一超过、两不愁、三保障 and the risk-elimination rule: what still stands between a
/// household and a step of the status table (`StatusTransition`).
public enum ExitRule {
    /// What a gate found: each thing that stands in the way.
    public struct Finding: Hashable, Sendable {
        /// Items not met, not yet checked, or marked not applicable where the standard's rule does not allow it.
        public var unmet: [ChecklistItem] = []
        /// Per-capita income under the line of the year it was earned in.
        public var incomeShort = false
        /// Risk elimination only: per-capita income still inside the monitoring range.
        public var incomeInMonitoringRange = false
        /// Risk elimination only: no member can work and the household lives on 低保 or 特困 support.
        public var safetyNetWithoutLabour = false

        public init() {}

        /// Nothing stands in the way.
        public var isOpen: Bool { unmet.isEmpty && !incomeShort && !incomeInMonitoringRange && !safetyNetWithoutLabour }
    }

    /// Items not yet met (not-applicable counts as met where the standard allows it) and whether per-capita income is
    /// under the line of its year.
    public static func missing(for h: Household, standard: YearStandard) -> (unmet: [ChecklistItem], incomeShort: Bool) {
        let f = finding(for: h, gate: .exit, year: standard.year, standards: [standard.year: standard])
        return (f.unmet, f.incomeShort)
    }

    /// What `gate` finds for `h` on a board in `year`, with the yearly `standards`. Nil when no standard covers the
    /// year (nor the income's year).
    public static func finding(for h: Household, gate: StatusGate, year: Int, standards: [Int: YearStandard]) -> Finding {
        var f = Finding()
        guard gate != .none, let standard = Self.standard(for: year, in: standards) else { return f }
        let incomeStandard = Self.standard(for: h.income.year ?? year, in: standards) ?? standard
        f.unmet = ChecklistItem.allCases.filter { !satisfied($0, in: h, year: year, standard: standard) }
        let perCapita = h.income.perCapita(people: h.size)
        f.incomeShort = perCapita < incomeStandard.incomeLine
        if gate == .riskElimination {
            f.incomeInMonitoringRange = !f.incomeShort && perCapita < incomeStandard.riskEliminationFloor
            f.safetyNetWithoutLabour = h.isSafetyNetWithoutLabour
        }
        return f
    }

    /// Whether one item stands satisfied: met, or not applicable where the standard's rule allows it for these members.
    public static func satisfied(_ item: ChecklistItem, in h: Household, year: Int, standard: YearStandard) -> Bool {
        switch h.checklist[item].state {
        case .met: true
        case .notApplicable: standard.notApplicableRule(item).allows(members: h.members, year: year, standard: standard)
        case .notMet, .notChecked: false
        }
    }

    /// The standard for `year`, or the latest earlier one.
    public static func standard(for year: Int, in standards: [Int: YearStandard]) -> YearStandard? {
        standards[year] ?? standards.filter { $0.key <= year }.max { $0.key < $1.key }?.value
    }
}

extension Household {
    /// No member can work (无劳动力 or 丧失劳动力) and the household lives on safety-net support (低保 or 特困): it stays
    /// monitored, whatever its income (兜底保障).
    public var isSafetyNetWithoutLabour: Bool {
        (enrolments.dibao || enrolments.tekun) && !members.isEmpty && !members.contains { $0.labour.canWork }
    }
}
