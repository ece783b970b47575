import VillageBoardCore
import VillageBoardText

/// How the 回头看 screens word their figures: shares as per cents, agreement as "agreed n/m items (p)", a measure with
/// its interval, threshold and verdict, a rule and a scope.
enum RecheckText {
    /// A share as a per cent with one decimal (0.0 %–100.0 %), from plain integer arithmetic so it reads alike everywhere.
    static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "—" }
        let tenths = Int((min(1, max(0, share)) * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// "agreed 20/21 items (95.2%)", or a dash with nothing re-checked.
    static func agreement(_ a: RecheckAgreement, _ t: Catalog) -> String {
        guard let rate = a.proportion.rate else { return "—" }
        return t("recheck.agreement", a.agreed, a.checked, percent(rate))
    }

    /// The measure's rate with its 95 % interval, or "no data".
    static func rate(_ m: RecheckMeasure, _ t: Catalog) -> String {
        guard let rate = m.proportion.rate, let ci = m.proportion.interval else { return t("recheck.verdict.noData") }
        return t("recheck.interval", percent(rate), percent(ci.lowerBound), percent(ci.upperBound))
    }

    /// "must stay below 2.0%".
    static func threshold(_ m: RecheckMeasure, _ t: Catalog) -> String {
        t(RecheckWords.threshold(m.kind), percent(m.kind.threshold))
    }

    /// "10%" or "20 households".
    static func rule(_ rule: RecheckRule, _ t: Catalog) -> String {
        switch rule {
        case .count(let n): t("rcs.rule.count", n)
        case .percent(let p): t("rcs.rule.percent", p)
        }
    }

    /// A unit's name, or its code when the board does not know it.
    static func place(_ code: DivisionCode, _ board: Board) -> String { board.unit(code)?.name ?? code.description }

    /// "张三 (H0012)": the household's head and id, or the id alone.
    static func household(_ id: HouseholdID, _ board: Board) -> String {
        guard let h = board.household(id) else { return id.raw }
        return h.headName
    }
}
