import VillageBoardCore
import VillageBoardText

/// The exit procedure's words: each step as a sentence in a household's history and the log.
enum ExitText {
    /// "提出脱贫退出：民主评议 2020-06-01（同意 36 人），公示 2020-06-02 至 2020-06-08" and the other steps; `risk` names
    /// a roll-back's risk type as the reader may see it (health risks are masked like on the household's panes).
    static func history(_ change: Change, ctx: ScreenContext, risk: (RiskType) -> String) -> String {
        let t = ctx.text
        // A note beside an approval, a reason beside a send-back or a roll-back.
        func note(_ n: String, reason: Bool = false) -> String {
            n.trimmingSpaces.isEmpty ? "" : t(reason ? "hh.hist.reason" : "exit.hist.note", n)
        }
        switch change {
        case .proposeExit(_, let p):
            let result = p.reviewResult.trimmingSpaces.isEmpty ? "" : t("hh.hist.paren", p.reviewResult)
            return t("exit.hist.propose", t(ExitWords.procedure(p.step)), p.reviewedOn.iso, result, p.noticeFrom.iso, p.noticeUntil.iso)
                + note(p.note)
        case .reviewExit(_, let approve, let n):
            return t(approve ? "exit.hist.reviewApproved" : "exit.hist.reviewReturned") + note(n, reason: !approve)
        case .decideExit(_, let from, let to, let approve, let n):
            return (approve ? t("exit.hist.decideApproved", t.name(from), t.name(to)) : t("exit.hist.decideReturned")) + note(n, reason: !approve)
        case .rollBackStatus(_, let from, let to, let r, let why):
            return t("exit.hist.rollBack", t.name(from), t.name(to), risk(r)) + note(why, reason: true)
        default:
            return ""
        }
    }
}
