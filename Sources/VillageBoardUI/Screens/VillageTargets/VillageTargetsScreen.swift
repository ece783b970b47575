import TerminalKit
import VillageBoardCore
import VillageBoardText

/// A village's village-level targets (村级目标, `T` on the village board): hardened road and bus service,
/// electricity, a standard clinic, safe water, collective-economy income and industry projects, each with its state,
/// figure, evidence, and who checked it when. `y` sets one met (evidence required), `x` not met, `a` not applicable,
/// `e` its figure; each is one `setVillageTarget` change carrying the old value. The battle chart counts targets not
/// met beside the households (docs/CHART.md).
public struct VillageTargetsScreen: Screen {
    public let village: DivisionCode
    public private(set) var cursor = ListCursor(count: VillageTargetKind.allCases.count)
    /// After a target was saved met: the offer to mark its linked open tasks done, answered by the next key.
    var offer: LinkedTaskOffer?

    public init(village: DivisionCode) {
        self.village = village
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("vt.title") }

    /// The target under the cursor.
    public var selected: VillageTargetKind {
        VillageTargetKind.allCases[min(max(0, cursor.selected), VillageTargetKind.allCases.count - 1)]
    }

    /// Why this user may not set the village's targets, from the permission table's `setVillageTarget` row.
    func refusal(_ ctx: ScreenContext) -> TextKey? {
        if ctx.readOnly { return ctx.readOnlyWhy }
        guard ctx.user != nil else { return "status.noUser" }
        return Permissions.authorize(.setVillageTarget, user: ctx.user, target: .unit(village), board: ctx.board)
            .map { .reason($0) }
    }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        // While an offer waits, the next key answers it: no key of the screen's is offered meanwhile.
        if offer != nil { return [] }
        let no = refusal(ctx)
        let may = no == nil
        return [KeyBinding([.char("y")], .markMet, "vt.action.met", hint: may, disabled: no),
                KeyBinding([.char("x")], .markNotMet, "vt.action.notMet", hint: may, disabled: no),
                KeyBinding([.char("a")], .markNotApplicable, "vt.action.notApplicable", disabled: no),
                KeyBinding([.char("e")], .editFigure, "vt.action.figure", hint: may, disabled: no)]
            + StandardBindings.movement
    }

    public mutating func input(_ key: Key, _ ctx: ScreenContext) -> Outcome? {
        guard let o = offer else { return nil }
        // Whatever the key, the offer is answered by it and the key does nothing else.
        offer = nil
        return o.answer(key, ctx)
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if cursor.handle(action, page: VillageTargetKind.allCases.count) { return .none }
        let state: ItemState
        switch action {
        case .markMet: state = .met
        case .markNotMet: state = .notMet
        case .markNotApplicable: state = .notApplicable
        case .editFigure:
            if let no = refusal(ctx) { return .message(StatusMessage(ctx.text(no), isError: true)) }
            let current = ctx.board.unit(village)?.target(selected).figure.map(String.init) ?? ""
            return .prompt(Prompt(label: ctx.text("vt.prompt.figure", ctx.text.name(selected),
                                                  ctx.text(.figureUnit(selected), "N")),
                                  initial: current, question: .targetFigure(village, selected)))
        default: return .none
        }
        if let no = refusal(ctx) { return .message(StatusMessage(ctx.text(no), isError: true)) }
        // An empty field: the old evidence says what was, not why the new state holds (the pane shows it above).
        return .prompt(Prompt(label: ctx.text(state == .met ? "vt.prompt.evidenceMet" : "vt.prompt.evidence",
                                              ctx.text.name(selected), ctx.text.name(state)),
                              required: state == .met, question: .targetEvidence(village, selected, state)))
    }

    /// The answer to a prompt: the target as the board holds it now, changed, stamped with who and when.
    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        if case .saved(let change) = message {
            // A target now met: offer to mark the open village tasks linked to it done (the next key answers).
            offer = LinkedTaskOffer.after(change, ctx)
            return offer == nil ? .none : LinkedTaskOffer.savedStatus(ctx)
        }
        guard case .answered(let question, let typed) = message, let unit = ctx.board.unit(village) else { return .none }
        let text = typed.trimmingSpaces
        switch question {
        case .targetEvidence(_, let kind, let state):
            let from = unit.target(kind)
            var to = from
            to.state = state
            to.evidence = text
            return save(kind, from: from, to: to, ctx)
        case .targetFigure(_, let kind):
            let from = unit.target(kind)
            var to = from
            if text.isEmpty {
                to.figure = nil
            } else {
                // Digits only, and never more than a figure can hold: typed text is hostile too.
                guard text.allSatisfy(\.isASCII), let n = Int(text), n >= 0 else {
                    return .message(StatusMessage(ctx.text("vt.badFigure", text), isError: true))
                }
                to.figure = n
            }
            return save(kind, from: from, to: to, ctx)
        case .search, .markEvidence, .doneNote, .sendBackReason, .reopenReason, .verifyConfirm, .verifyMarked, .batchDue,
             .exportFolder, .exitApprove, .exitSendBack, .removeMemberConfirm, .attachPath, .findingNote, .recheckMissed, .recheckTask:
            return .none
        }
    }

    func save(_ kind: VillageTargetKind, from: VillageTarget, to: VillageTarget, _ ctx: ScreenContext) -> Outcome {
        var stamped = to
        stamped.checkedBy = ctx.user?.id
        stamped.checkedOn = ctx.board.today
        return .effects([.save(.setVillageTarget(village, kind, from: from, to: stamped))])
    }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        VillageTargetsRender.render(self, ctx, into: &canvas, area: area)
    }
}
