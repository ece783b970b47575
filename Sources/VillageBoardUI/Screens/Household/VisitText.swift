import VillageBoardCore
import VillageBoardText

/// A visit's correction as history and the log say it: "更正 2020-06-01 的走访：日期 … → …" or "作废 … 的走访".
enum VisitText {
    /// The sentence for a `correctVisit`, with the visit notes masked as on the visits pane (`note`).
    static func correction(from: Visit, to: Visit, reason: String, note: (String) -> String, ctx: ScreenContext) -> String {
        let t = ctx.text
        let why = reason.trimmingSpaces.isEmpty ? "" : t("hh.hist.reason", reason)
        if to.voided && !from.voided { return t("visits.hist.voided", from.day.iso) + why }
        var parts: [String] = []
        if from.day != to.day { parts.append(t("visits.hist.day", from.day.iso, to.day.iso)) }
        func shown(_ s: String) -> String { s.isEmpty ? t("visits.hist.empty") : note(s) }
        if from.found != to.found { parts.append(t("visits.hist.found", shown(from.found), shown(to.found))) }
        if from.done != to.done { parts.append(t("visits.hist.done", shown(from.done), shown(to.done))) }
        if from.voided && !to.voided {
            return t("visits.hist.restored", from.day.iso) + (parts.isEmpty ? "" : t("hh.listSeparator")
                + parts.joined(separator: t("hh.listSeparator"))) + why
        }
        let what = parts.isEmpty ? t("hh.hist.none") : parts.joined(separator: t("hh.listSeparator"))
        return t("visits.hist.corrected", from.day.iso, what) + why
    }
}
