import VillageBoardCore
import VillageBoardText

/// How a 回头看 reads in history and the log: the sample drawn (where, how many, the seed) and a household's re-check
/// (how many items agreed, each disagreement with its note, the household's answer).
enum RecheckHistoryText {
    /// "10%" or "20 户".
    static func rule(_ rule: RecheckRule, _ t: Catalog) -> String {
        switch rule {
        case .count(let n): t("recheck.rule.count", n)
        case .percent(let p): t("recheck.rule.percent", p)
        }
    }

    /// "抽取回头看样本 RC1：三道湖镇，10%，种子 7，抽中 5 户，按村分层".
    static func draw(_ s: RecheckSample, ctx: ScreenContext) -> String {
        let t = ctx.text
        let scope = ctx.board.unit(s.frame.scope)?.name ?? s.frame.scope.description
        var out = t("recheck.hist.draw", s.id, scope, rule(s.rule, t), String(s.seed), s.households.count)
        if let period = s.frame.period { out += t("recheck.hist.period", period.lowerBound.iso, period.upperBound.iso) }
        if s.frame.stratified { out += t("recheck.hist.stratified") }
        return out
    }

    /// "回头看复核（样本 RC1）：5/6 项与登记一致；住房安全与登记（达标）不一致：“墙体开裂”；群众满意". A disagreement's
    /// note on the medical item is masked as that item's evidence is, for whom may not see health.
    static func record(_ r: RecheckRecord, health: HealthWords, ctx: ScreenContext) -> String {
        let t = ctx.text
        let agreed = r.findings.filter(\.agrees).count
        var parts = [agreed == r.findings.count ? t("recheck.hist.agreeAll", agreed)
                                                : t("recheck.hist.agreed", agreed, r.findings.count)]
        for f in r.findings where !f.agrees {
            parts.append(t("recheck.hist.disagree", t.name(f.item), t.name(f.original),
                           t("hh.hist.quote", health.evidence(f.note, of: f.item))))
        }
        if r.addedAsMissed { parts.append(t("recheck.hist.missed")) }
        if r.shouldMonitor { parts.append(t("recheck.hist.shouldMonitor")) }
        if let satisfied = r.satisfied { parts.append(t(satisfied ? "recheck.hist.satisfied" : "recheck.hist.notSatisfied")) }
        return t("recheck.hist.record", r.sample, parts.joined(separator: t("hh.hist.clauseSeparator")))
    }
}
