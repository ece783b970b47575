import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The visit forms (issue 13): a visit for a past day, and the correction or voiding of a mistyped one. Fields of
/// the record and correct forms: 0 the date, 1 found, 2 done, and (correct) 3 the reason, the visitor said below;
/// of the void form: 0 the visit (shown), 1 the reason.
extension HouseholdForm {
    /// `R` on the visits pane: the visit's date, found and done as they are, and why they change.
    static func correctVisit(_ n: Int, of h: Household, ctx: ScreenContext) -> HouseholdForm {
        let t = ctx.text
        let v = h.visits[n]
        var form = HouseholdForm(purpose: .correctVisit(n), title: t("visits.form.correctTitle", n + 1), fields: [
            Field(label: t("visits.form.date"), kind: .text(TextField(v.day.iso))),
            Field(label: t("hh.form.found"), kind: .text(TextField(v.found))),
            Field(label: t("hh.form.done"), kind: .text(TextField(v.done))),
            Field(label: t("visits.form.reason"), kind: .text(TextField())),
        ])
        form.bound(to: h, original: v, ctx: ctx)
        return form
    }

    /// `V` on the visits pane: the visit shown, and why it is voided.
    static func voidVisit(_ n: Int, of h: Household, ctx: ScreenContext) -> HouseholdForm {
        let t = ctx.text
        let v = h.visits[n]
        let said = [v.found, v.done].filter { !$0.isEmpty }.joined(separator: t("hh.listSeparator"))
        var form = HouseholdForm(purpose: .voidVisit(n), title: t("visits.form.voidTitle", n + 1), fields: [
            Field(label: t("visits.form.visit"),
                  kind: .fixed(t("visits.form.voided", v.day.iso, HouseholdFormat.user(v.by, ctx.board), said))),
            Field(label: t("visits.form.reason"), kind: .text(TextField())),
        ])
        form.bound(to: h, original: v, ctx: ctx)
        return form
    }

    /// Sets the bounds a visit's date is checked against, and checks again.
    mutating func bound(to h: Household, original: Visit?, ctx: ScreenContext) {
        visitToday = ctx.board.today
        visitRegistered = ctx.board.registeredOn(h.id)
        visitOriginal = original
        afterEdit()
    }

    /// What is wrong with the typed date, as it is typed.
    func visitProblems() -> [Int: TextKey] {
        switch purpose {
        case .visit, .correctVisit:
            guard let day = Day(iso: fields[0].text.trimmingSpaces) else { return [0: "visits.form.badDate"] }
            guard let today = visitToday else { return [:] }
            switch VisitRules.problem(day: day, recordedOn: today, registeredOn: visitRegistered) {
            case .future: return [0: "visits.form.future"]
            case .beforeRegistration: return [0: "visits.form.beforeRegistration"]
            case nil: return [:]
            }
        default: return [:]
        }
    }

    /// A correction or a void needs a reason; a correction needs a change.
    func visitSaveProblems() -> [Int: TextKey] {
        switch purpose {
        case .correctVisit:
            if fields[3].text.trimmingSpaces.isEmpty { return [3: "visits.form.reasonRequired"] }
            if let v = visitOriginal, let day = Day(iso: fields[0].text.trimmingSpaces), day == v.day,
               fields[1].text.trimmingSpaces == v.found, fields[2].text.trimmingSpaces == v.done {
                return [1: "visits.form.unchanged"]
            }
            return [:]
        case .voidVisit:
            return fields[1].text.trimmingSpaces.isEmpty ? [1: "visits.form.reasonRequired"] : [:]
        default: return [:]
        }
    }

    /// The `correctVisit` a filled-in correction or void form asks for, against the visit as it is now.
    func visitCorrection(for h: Household) -> Change? {
        switch purpose {
        case .correctVisit(let n):
            guard h.visits.indices.contains(n), let day = Day(iso: fields[0].text.trimmingSpaces) else { return nil }
            let from = h.visits[n]
            var to = from
            to.day = day
            to.found = fields[1].text.trimmingSpaces
            to.done = fields[2].text.trimmingSpaces
            guard to != from else { return nil }
            return .correctVisit(h.id, visit: n, from: from, to: to, reason: fields[3].text.trimmingSpaces)
        case .voidVisit(let n):
            guard h.visits.indices.contains(n), !h.visits[n].voided else { return nil }
            var to = h.visits[n]
            to.voided = true
            return .correctVisit(h.id, visit: n, from: h.visits[n], to: to, reason: fields[1].text.trimmingSpaces)
        default: return nil
        }
    }

    /// Under a visit form: who visited and the days the date may take; under a void, what voiding means.
    func visitInfoLines(ctx: ScreenContext) -> [StyledLine] {
        let t = ctx.text
        if case .voidVisit = purpose { return [StyledLine(t("visits.form.voidInfo"), "muted")] }
        let who = visitOriginal.map { HouseholdFormat.user($0.by, ctx.board) } ?? ctx.user?.name ?? "—"
        let today = (visitToday ?? ctx.board.today).iso
        let days = visitRegistered.map { t("visits.form.dateHint", $0.iso, today) } ?? t("visits.form.dateHintToday", today)
        return [StyledLine(t("visits.form.visitorLine", who), "muted"), StyledLine(days, "muted")]
    }
}
