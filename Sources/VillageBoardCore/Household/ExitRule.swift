/// The national exit standard 一超过、两不愁、三保障: what still stands between a household and exit.
public enum ExitRule {
    /// Items not yet met (not-applicable counts as met) and whether per-capita income is under the line.
    public static func missing(for h: Household, standard: YearStandard) -> (unmet: [ChecklistItem], incomeShort: Bool) {
        let unmet = ChecklistItem.allCases.filter {
            let s = h.checklist[$0].state
            return s == .notMet || s == .notChecked
        }
        let short = h.income.perCapita(people: h.size) < standard.incomeLine
        return (unmet, short)
    }
}
