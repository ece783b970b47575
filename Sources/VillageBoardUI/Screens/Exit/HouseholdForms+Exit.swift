import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The exit procedure's two forms: the village's proposal (after the democratic review and the notice) and a
/// roll-back (返贫 / 重新纳入监测 / 风险回退). Dates are checked as they are typed, and in the procedure's order.
extension HouseholdForm {
    /// `p` on the gate screen: where the household goes, the review's date and result, the notice, a note.
    static func exitProposal(_ h: Household, ctx: ScreenContext) -> HouseholdForm {
        let t = ctx.text
        let targets = h.exitTargets
        let today = ctx.board.today.iso
        let kind = targets.first.map { t(ExitWords.procedure(StatusTransition.step(from: h.mark, to: $0))) } ?? ""
        var form = HouseholdForm(purpose: .proposeExit, title: t("exit.form.proposeTitle", kind, h.headName), fields: [
            Field(label: t("exit.form.target"), kind: .choice(options: targets.map { t.name($0) }, selected: 0)),
            Field(label: t("exit.form.reviewedOn"), kind: .text(TextField(today))),
            Field(label: t("exit.form.result"), kind: .text(TextField())),
            Field(label: t("exit.form.noticeFrom"), kind: .text(TextField(today))),
            Field(label: t("exit.form.noticeUntil"), kind: .text(TextField(today))),
            Field(label: t("exit.form.note"), kind: .text(TextField())),
        ])
        form.markOptions = targets
        form.afterEdit()
        return form
    }

    /// `o` on the gate screen: the mark to go back to, the risk that brought the household back, and why.
    static func rollBack(_ h: Household, ctx: ScreenContext) -> HouseholdForm {
        let t = ctx.text
        let targets = h.rollBackTargets
        var form = HouseholdForm(purpose: .rollBack, title: t("exit.form.rollBackTitle", h.headName), fields: [
            Field(label: t("exit.form.rollBackTo"), kind: .choice(options: targets.map { t.name($0) }, selected: 0)),
            Field(label: t("exit.form.risk"), kind: .choice(options: RiskType.allCases.map { t.name($0) }, selected: 0)),
            Field(label: t("reg.form.reason"), kind: .text(TextField())),
        ])
        form.markOptions = targets
        return form
    }

    /// A proposal's dates: each a date, and none before the one above it (review ≤ notice from ≤ notice until).
    func exitProblems() -> [Int: TextKey] {
        guard purpose == .proposeExit else { return [:] }
        var out: [Int: TextKey] = [:]
        var last: Day?
        for i in [1, 3, 4] {
            guard let day = Day(iso: fields[i].text.trimmingSpaces) else { out[i] = "reg.form.badDate"; continue }
            if let last, day < last { out[i] = "exit.form.datesOrder" }
            last = day
        }
        return out
    }

    /// The change the proposal or roll-back form asks for on `h` as it is now.
    func exitChange(for h: Household, ctx: ScreenContext) -> Change? {
        guard markOptions.indices.contains(fields[0].choice) else { return nil }
        let to = markOptions[fields[0].choice]
        switch purpose {
        case .proposeExit:
            guard let reviewed = Day(iso: fields[1].text.trimmingSpaces), let from = Day(iso: fields[3].text.trimmingSpaces),
                  let until = Day(iso: fields[4].text.trimmingSpaces) else { return nil }
            return .proposeExit(h.id, ExitProposal(from: h.mark, target: to, reviewedOn: reviewed,
                                                   reviewResult: fields[2].text.trimmingSpaces, noticeFrom: from,
                                                   noticeUntil: until, note: fields[5].text.trimmingSpaces))
        case .rollBack:
            let risk = Self.pick(RiskType.allCases, fields[1].choice)
            return .rollBackStatus(h.id, from: h.mark, to: to, risk: risk, reason: fields[2].text.trimmingSpaces)
        default:
            return nil
        }
    }
}
