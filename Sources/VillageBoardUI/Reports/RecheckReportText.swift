import TerminalKit
import VillageBoardCore
import VillageBoardText

/// A 回头看 as aligned text (`village-board recheck list` / `recheck results`): the samples in a scope, and one
/// sample's national measures with their intervals, agreement per item, village and cadre, and the disagreements.
public enum RecheckReportText {
    /// "12.5%": a share to one decimal, the way the screens and reports write rates.
    public static func percent(_ share: Double) -> String {
        let tenths = Int((max(0, min(1, share)) * 1000).rounded())
        return String(tenths / 10) + "." + String(tenths % 10) + "%"
    }

    /// "10%" or "20 户".
    public static func rule(_ rule: RecheckRule, _ t: Catalog) -> String {
        switch rule {
        case .count(let n): t("recheck.rule.count", n)
        case .percent(let p): t("recheck.rule.percent", p)
        }
    }

    /// The samples drawn at or under `scope` (or over it), newest last.
    public static func samples(board: Board, scope: DivisionCode, text t: Catalog) -> String {
        let shown = board.rechecks.samples.filter {
            board.isInside($0.frame.scope, scope: scope) || board.isInside(scope, scope: $0.frame.scope)
        }
        guard !shown.isEmpty else { return t("recheck.cli.noSamples", board.unit(scope)?.name ?? scope.description) + "\n" }
        let rows = shown.map { s -> [String] in
            let done = Set(board.rechecks.records(of: s.id).filter { !$0.addedAsMissed }.map(\.household)).count
            return [s.id, board.unit(s.frame.scope)?.name ?? s.frame.scope.description, rule(s.rule, t), String(s.seed),
                    t("recheck.cli.progress", done, s.households.count),
                    s.drawnBy.map { board.user($0)?.name ?? $0.raw } ?? "", s.drawnOn?.iso ?? ""]
        }
        let header = (["recheck.cli.col.id", "recheck.cli.col.scope", "recheck.cli.col.rule", "recheck.cli.col.seed",
                      "recheck.cli.col.progress", "recheck.cli.col.by", "recheck.cli.col.on"] as [TextKey]).map { t($0) }
        return RadarText.aligned(header, rows, rightAligned: [3]).joined(separator: "\n") + "\n"
    }

    /// One sample's results. A disagreement's note on the medical item is masked unless `viewer` may see the
    /// household's health (the command has no viewer: always masked).
    public static func results(_ sample: RecheckSample, board: Board, viewer: User? = nil, text t: Catalog) -> String {
        let results = board.rechecks.results(of: sample.id)
        let scope = board.unit(sample.frame.scope)?.name ?? sample.frame.scope.description
        let drawn = Set(sample.households)
        let done = Set(board.rechecks.records(of: sample.id).map(\.household)).intersection(drawn).count
        var out = [t("recheck.cli.summary", sample.id, scope, rule(sample.rule, t), String(sample.seed), done,
                     sample.households.count), ""]
        let measures = results.measures.map { m -> [String] in
            let p = m.proportion
            let figure = p.rate.map { rate in
                p.interval.map { t("recheck.interval", percent(rate), percent($0.lowerBound), percent($0.upperBound)) } ?? percent(rate)
            } ?? "—"
            return [t(RecheckWords.measure(m.kind)), t("recheck.cli.of", p.hits, p.of), figure,
                    t(RecheckWords.threshold(m.kind), String(Int((m.kind.threshold * 100).rounded())) + "%"),
                    t(RecheckWords.verdict(m.verdict))]
        }
        out += RadarText.aligned((["recheck.cli.col.measure", "recheck.cli.col.count", "recheck.cli.col.rate",
                                  "recheck.cli.col.threshold", "recheck.cli.col.verdict"] as [TextKey]).map { t($0) },
                                 measures, rightAligned: [1])
        func agreement(_ a: RecheckAgreement) -> [String] {
            [String(a.agreed), String(a.checked), a.proportion.rate.map(percent) ?? "—"]
        }
        let figures = (["recheck.cli.col.agreed", "recheck.cli.col.checked", "recheck.cli.col.share"] as [TextKey]).map { t($0) }
        out += ["", t("recheck.cli.byItem")]
        out += RadarText.aligned([t("recheck.cli.col.item")] + figures, ChecklistItem.allCases.compactMap { item in
            results.byItem[item].map { [t.name(item)] + agreement($0) }
        }, rightAligned: [1, 2, 3])
        out += ["", t("recheck.cli.byVillage")]
        out += RadarText.aligned([t("recheck.cli.col.village")] + figures, results.byVillage.keys.sorted().compactMap { v in
            results.byVillage[v].map { [board.unit(v)?.name ?? v.description] + agreement($0) }
        }, rightAligned: [1, 2, 3])
        out += ["", t("recheck.cli.byCadre")]
        let cadres = results.byCadre.keys.sorted { ($0?.raw ?? "") < ($1?.raw ?? "") }
        out += RadarText.aligned([t("recheck.cli.col.cadre")] + figures, cadres.compactMap { c in
            results.byCadre[c].map { [c.map { board.user($0)?.name ?? $0.raw } ?? t("recheck.cli.nobody.cadre")] + agreement($0) }
        }, rightAligned: [1, 2, 3])
        let disagreements = board.rechecks.disagreements(of: sample.id)
        out += ["", t("recheck.cli.disagreements", disagreements.count)]
        if !disagreements.isEmpty {
            out += RadarText.aligned((["recheck.cli.col.household", "recheck.cli.col.village", "recheck.cli.col.item",
                                      "recheck.cli.col.original", "recheck.cli.col.note"] as [TextKey]).map { t($0) },
                                     disagreements.map { r, f in
                [board.household(r.household)?.headName ?? r.household.raw, board.unit(r.village)?.name ?? r.village.description,
                 t.name(f.item), t.name(f.original), note(f, of: r, viewer: viewer, board: board) ?? t("recheck.cli.masked")]
            }, rightAligned: [])
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A disagreement's note, or nil where it could say something about health the viewer may not see.
    public static func note(_ f: RecheckFinding, of r: RecheckRecord, viewer: User?, board: Board) -> String? {
        guard Privacy.carriesHealth(f.item) else { return f.note }
        guard let h = board.household(r.household), Privacy.seesHealth(in: h, for: viewer, board: board) else { return nil }
        return f.note
    }
}
