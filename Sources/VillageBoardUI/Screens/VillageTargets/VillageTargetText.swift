import VillageBoardCore
import VillageBoardText

/// The words of a village-level target: its figure with its unit ("3 公里"), and a change old → new for the log.
enum VillageTargetText {
    /// The figure with the kind's unit; empty when none is given.
    static func figure(_ kind: VillageTargetKind, _ value: Int?, _ t: Catalog) -> String {
        guard let value else { return "" }
        return t(.figureUnit(kind), value)
    }

    /// "硬化路与通客车：未核查 → 已达标（3 公里；通村路已硬化）".
    static func change(_ kind: VillageTargetKind, from: VillageTarget, to: VillageTarget, ctx: ScreenContext) -> String {
        let t = ctx.text
        let details = [figure(kind, to.figure, t), to.evidence].filter { !$0.isEmpty }.joined(separator: t("hh.listSeparator"))
        return t("vt.log.change", t.name(kind), t.name(from.state), t.name(to.state))
            + (details.isEmpty ? "" : t("hh.hist.details", details))
    }
}
