import TerminalKit
import VillageBoardCore
import VillageBoardText

/// A household's exit gate (key `X` on its screen): each item of 一超过、两不愁、三保障 met or not, income against the
/// year's line, then the stages (民主评议 → 公示 → 乡镇审核 → 县级审定) so far. The village proposes (`p`), the township
/// and then the county approve (`v`) or send back (`r`), and a decided household can be rolled back (`o`); each step
/// asks for a confirmation and a note, and leaves as one `Change` through the board's rules.
public struct ExitGateScreen: Screen {
    public let household: HouseholdID
    /// The proposal or roll-back form being filled in; while open it takes every key.
    public internal(set) var form: HouseholdForm?
    var scroll = 0
    var size = Size(width: 80, height: 21)

    public init(household: HouseholdID) { self.household = household }

    public var hasDraft: Bool { form != nil }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("exit.title") }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        let open = form == nil
        return [
            KeyBinding([.char("p")], .proposeExit, "exit.action.propose", hint: open && proposeBlock(ctx) == nil,
                       disabled: proposeBlock(ctx)),
            KeyBinding([.char("v")], .approveExit, "exit.action.approve", hint: open && approveBlock(ctx) == nil,
                       disabled: approveBlock(ctx)),
            KeyBinding([.char("r")], .sendBackExit, "exit.action.sendBack", hint: open && sendBackBlock(ctx) == nil,
                       disabled: sendBackBlock(ctx)),
            KeyBinding([.char("o")], .rollBackExit, "exit.action.rollBack", disabled: rollBackBlock(ctx)),
        ] + StandardBindings.movement
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        guard let h = ctx.board.household(household) else { return .none }
        let t = ctx.text
        switch action {
        case .proposeExit:
            if let block = proposeBlock(ctx) { return refuse(block, ctx) }
            // The gate first: a household that does not pass is refused here, naming what stands in the way.
            if let closed = gateRefusal(h, ctx) { return .message(StatusMessage(closed, isError: true)) }
            form = .exitProposal(h, ctx: ctx)
        case .approveExit:
            if let block = approveBlock(ctx) { return refuse(block, ctx) }
            guard let c = h.exitCase else { return .none }
            let label = c.stage == .proposed
                ? t("exit.prompt.approveReview", h.headName)
                : t("exit.prompt.approveDecide", h.headName, t.name(h.mark), t.name(c.proposal.target))
            return .prompt(Prompt(label: label, question: .exitApprove(household)))
        case .sendBackExit:
            if let block = sendBackBlock(ctx) { return refuse(block, ctx) }
            return .prompt(Prompt(label: t("exit.prompt.sendBack", h.headName), required: true, question: .exitSendBack(household)))
        case .rollBackExit:
            if let block = rollBackBlock(ctx) { return refuse(block, ctx) }
            form = .rollBack(h, ctx: ctx)
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll += 1
        case .pageUp: scroll = max(0, scroll - size.height)
        case .pageDown: scroll += size.height
        case .top: scroll = 0
        default: break
        }
        return .none
    }

    func refuse(_ why: TextKey, _ ctx: ScreenContext) -> Outcome {
        .message(StatusMessage(ctx.text(why), isError: true))
    }

    /// The board's own refusal of the gate, in words ("不能标记脱贫：住房安全 未达标"), or nil when it is open.
    func gateRefusal(_ h: Household, _ ctx: ScreenContext) -> String? {
        guard let target = h.exitTargets.first else { return nil }
        let change = Change.proposeExit(h.id, ExitProposal(from: h.mark, target: target, reviewedOn: ctx.board.today,
                                                           reviewResult: "", noticeFrom: ctx.board.today,
                                                           noticeUntil: ctx.board.today))
        do {
            try ctx.board.validateExitStep(change, author: ctx.user?.id ?? UserID(""))
            return nil
        } catch .exitBlocked(_, let unmet, let short) {
            // Named as the gate on screen names them, whichever procedure this is.
            let names = unmet.map { ctx.text.name($0) } + (short ? [ctx.text("error.incomeShort")] : [])
            return ctx.text("exit.reason.blocked", names.joined(separator: ctx.text("hh.listSeparator")))
        } catch {
            return ctx.text.describe(error)
        }
    }

    // MARK: Typing into a form, answering a prompt

    public mutating func input(_ key: Key, _ ctx: ScreenContext) -> Outcome? {
        guard var f = form else { return nil }
        switch f.handle(key) {
        case .keep:
            form = f
            return Outcome.none
        case .cancel:
            form = nil
            return .message(StatusMessage(ctx.text("hh.form.cancelled")))
        case .save:
            let refused = f.problems.merging(f.saveProblems()) { a, _ in a }
            if let first = refused.keys.min() {
                f.problems = refused
                f.focus(on: first)
                form = f
                return .message(StatusMessage(ctx.text("hh.form.fix"), isError: true))
            }
            form = nil
            guard let h = ctx.board.household(household), let change = f.change(for: h, ctx: ctx) else { return Outcome.none }
            return .effects([.save(change)])
        }
    }

    /// The note or reason asked for by `v` and `r`, saved with the step the pending exit is at now.
    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        switch message {
        case .saved(let change):
            guard change.household == household else { return .none }
            let key: TextKey
            switch change {
            case .proposeExit: key = "exit.saved.proposeExit"
            case .reviewExit: key = "exit.saved.reviewExit"
            case .decideExit: key = "exit.saved.decideExit"
            case .rollBackStatus: key = "exit.saved.rollBackStatus"
            default: return .none
            }
            return .message(StatusMessage(ctx.text(key)))
        case .answered(.exitApprove(let id), let typed) where id == household:
            return decide(approve: true, note: typed.trimmingSpaces, ctx)
        case .answered(.exitSendBack(let id), let typed) where id == household:
            return decide(approve: false, note: typed.trimmingSpaces, ctx)
        default:
            return .none
        }
    }

    func decide(approve: Bool, note: String, _ ctx: ScreenContext) -> Outcome {
        guard let h = ctx.board.household(household), let c = h.exitCase else { return .none }
        switch c.stage {
        case .proposed: return .effects([.save(.reviewExit(h.id, approve: approve, note: note))])
        case .reviewed:
            return .effects([.save(.decideExit(h.id, from: h.mark, to: c.proposal.target, approve: approve, note: note))])
        }
    }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) { self.size = size }
}
