import TerminalKit
import VillageBoardCore

/// Marking a checklist item (`y` / `x` / `a`) together with its evidence note.
extension HouseholdScreen {
    /// Asks for the evidence first, in an empty prompt with the old note shown beside it; the mark and the typed note
    /// are then saved as one change (`markEvidence`), so a new mark never carries the evidence of the old one. Esc
    /// saves nothing; an empty answer saves the mark with no evidence.
    mutating func mark(_ state: ItemState, _ ctx: ScreenContext) -> Outcome {
        if let block = editBlock(ctx) { return .message(StatusMessage(ctx.text(block), isError: true)) }
        guard pane == .checklist, let h = ctx.board.household(household), ctx.user != nil else { return .none }
        let item = selectedItem
        return .prompt(markPrompt(item, state, old: h.checklist[item].note, ctx))
    }

    /// The answer to the mark's evidence prompt; a saved or refused change needs nothing more here (the status line
    /// says what became of it).
    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        switch message {
        case .saved(let change):
            // An item now met: offer to mark the open tasks linked to it done (the next key answers).
            offer = LinkedTaskOffer.after(change, ctx)
            return offer == nil ? .none : LinkedTaskOffer.savedStatus(ctx)
        case .savedTogether, .notSaved:
            return .none
        case .answered(.markEvidence(let id, let item, let state), let typed) where id == household:
            return markWithEvidence(state, typed, on: item, ctx)
        case .answered(.removeMemberConfirm(let id, let member), _) where id == household:
            // Against the board as it is now: the member may have been moved or removed meanwhile.
            if let block = editBlock(ctx) { return .message(StatusMessage(ctx.text(block), isError: true)) }
            guard let m = ctx.board.household(id)?.members.first(where: { $0.id == member }) else { return .none }
            return .effects([.save(.removeMember(id, m))])
        case .answered(.findingNote(let id, let n), let typed) where id == household:
            return lookAtFinding(n, note: typed, ctx)
        case .answered:
            return .none
        }
    }

    /// `K`: asks what was found on looking at the next open department finding.
    mutating func askFindingNote(_ ctx: ScreenContext) -> Outcome {
        if let block = editBlock(ctx) { return .message(StatusMessage(ctx.text(block), isError: true)) }
        guard let h = ctx.board.household(household), let n = FindingText.next(h, item: selectedItem) else {
            return .message(StatusMessage(ctx.text("finding.noneOpen"), isError: true))
        }
        let f = h.findings[n]
        let said = ctx.text(FindingText.department(f.department)) + ctx.text("hh.colon") + DisplayWidth.truncate(f.says, to: 24)
        return .prompt(Prompt(label: ctx.text("finding.prompt.look", said), question: .findingNote(household, n)))
    }

    /// Saves the look with its note, against the finding as the board has it now; a note is required.
    mutating func lookAtFinding(_ n: Int, note: String, _ ctx: ScreenContext) -> Outcome {
        if let block = editBlock(ctx) { return .message(StatusMessage(ctx.text(block), isError: true)) }
        guard let h = ctx.board.household(household), let user = ctx.user, h.findings.indices.contains(n),
              h.findings[n].isOpen else { return .none }
        guard !note.trimmingSpaces.isEmpty else {
            return .message(StatusMessage(ctx.text("visits.form.reasonRequired"), isError: true))
        }
        return .effects([.save(.lookAtFinding(household, finding: n,
                                              look: FindingLook(by: user.id, on: ctx.board.today, note: note.trimmingSpaces)))])
    }

    func markPrompt(_ item: ChecklistItem, _ state: ItemState, old: String, _ ctx: ScreenContext) -> Prompt {
        let label = old.isEmpty
            ? ctx.text("hh.prompt.markEvidence", ctx.text.name(item), ctx.text.name(state))
            : ctx.text("hh.prompt.markEvidenceWasNoted", ctx.text.name(item), ctx.text.name(state),
                       DisplayWidth.truncate(old, to: 24))
        return Prompt(label: label, question: .markEvidence(household, item, state))
    }

    /// Saves the mark and its note as one change against the item as the board has it now (whatever else was saved
    /// while the prompt was open), checked by this user today.
    mutating func markWithEvidence(_ state: ItemState, _ typed: String, on item: ChecklistItem,
                                   _ ctx: ScreenContext) -> Outcome {
        if let block = editBlock(ctx) { return .message(StatusMessage(ctx.text(block), isError: true)) }
        guard let h = ctx.board.household(household), let user = ctx.user else { return .none }
        let current = h.checklist[item]
        let new = ItemCheck(state: state, note: typed.trimmingSpaces, checkedBy: user.id, checkedOn: ctx.board.today)
        guard new != current else { return .none }
        return .effects([.save(.setCheck(household, item, from: current, to: new))])
    }
}
