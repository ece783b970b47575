import VillageBoardCore

extension AppModel {
    /// What came of an effect: the status line says it, the screens on the stack follow a changed board, and the top
    /// screen (which asked) hears what became of its change. Returns what the world must do next (a screen may ask
    /// for a note once its change is saved).
    public mutating func receive(_ result: EffectResult) -> [Effect] {
        switch result {
        case .saved(let op, let message):
            // Who is logged in follows their own account (a PIN of their own replacing an initial one).
            if let me = ctx.user, op.change.user == me.id { ctx.user = ctx.board.user(me.id) }
            boardChanged()
            status = message
            return apply(stack[stack.count - 1].receive(.saved(op.change), ctx))
        case .savedTogether(let ops, let message):
            boardChanged()
            status = message
            return apply(stack[stack.count - 1].receive(.savedTogether(ops.map(\.change)), ctx))
        case .notSaved(let change, let reason):
            status = reason
            return apply(stack[stack.count - 1].receive(.notSaved(change), ctx))
        case .loggedIn(let user):
            loggedIn(user)
            return []
        case .told(let message):
            status = message
            return []
        case .boardMoved:
            boardChanged()
            return []
        }
    }

    /// The live board changed: the screens on the stack update the rows the new operations touched; the kept views
    /// catch up when shown.
    mutating func boardChanged() {
        for i in stack.indices {
            // In place: a copy of the screen would make the first row it changes copy the whole list.
            stack[i].boardChanged(ctx)
        }
    }
}
