import VillageBoardCore

/// Marking a checklist item (`y` / `n` / `a`) and its evidence note.
extension HouseholdScreen {
    /// Records the new state at once (checked by the user, today, keeping the note); once the board has it, the
    /// evidence note is asked for. Esc on that prompt keeps the mark and the old note.
    mutating func mark(_ state: ItemState, _ ctx: ScreenContext) -> Outcome {
        if let block = editBlock(ctx) { return .message(StatusMessage(ctx.text(block), isError: true)) }
        guard pane == .checklist, let h = ctx.board.household(household), let user = ctx.user else { return .none }
        let item = selectedItem
        let old = h.checklist[item]
        let new = ItemCheck(state: state, note: old.note, checkedBy: user.id, checkedOn: ctx.board.today)
        // Re-marking what this user already recorded today changes nothing: only the note is asked for.
        if new == old { return .prompt(notePrompt(item, initial: old.note, ctx)) }
        noteAfterMark = item
        return .effects([.save(.setCheck(household, item, from: old, to: new))])
    }

    /// The answer to the note prompt, or what became of a mark: a saved mark asks for its note, one not saved asks
    /// for nothing (the status line says why).
    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        switch message {
        case .saved(.setCheck(let id, let item, _, let to)) where id == household && item == noteAfterMark:
            noteAfterMark = nil
            return .prompt(notePrompt(item, initial: to.note, ctx))
        case .saved, .notSaved:
            noteAfterMark = nil
            return .none
        case .answered(.checkNote(let id, let item), let typed) where id == household:
            return note(typed, on: item, ctx)
        case .answered:
            return .none
        }
    }

    func notePrompt(_ item: ChecklistItem, initial: String, _ ctx: ScreenContext) -> Prompt {
        Prompt(label: ctx.text("hh.prompt.note", ctx.text.name(item)), initial: initial, question: .checkNote(household, item))
    }

    /// Saves a typed note on the item as the board has it now: the change's `from` is what the board holds, whatever
    /// became of the mark before it or whatever else was saved meanwhile.
    mutating func note(_ typed: String, on item: ChecklistItem, _ ctx: ScreenContext) -> Outcome {
        if let block = editBlock(ctx) { return .message(StatusMessage(ctx.text(block), isError: true)) }
        guard let h = ctx.board.household(household) else { return .none }
        let current = h.checklist[item]
        let note = typed.trimmingSpaces
        guard note != current.note else { return .none }
        var noted = current
        noted.note = note
        return .effects([.save(.setCheck(household, item, from: current, to: noted))])
    }
}
