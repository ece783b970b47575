import VillageBoardCore
import VillageBoardText

// The household's people and cadre on screen: add, edit and move a member (members pane), change the 包保 cadre.
extension HouseholdScreen {
    func peopleBindings(_ ctx: ScreenContext) -> [KeyBinding] {
        let block = editBlock(ctx)
        let onMembers = pane == .members && form == nil
        let memberBlock: TextKey? = block ?? (pane != .members ? "reg.reason.membersPane" : selectedMember(ctx) == nil ? "reg.reason.noMember" : nil)
        return [
            KeyBinding([.char("m")], .addMember, "reg.action.addMember", hint: onMembers, disabled: block),
            // Only `m` in the hint bar: at 80 columns more would push out Esc and q.
            KeyBinding([.char("E")], .editMember, "reg.action.editMember", disabled: memberBlock),
            KeyBinding([.char("M")], .moveMember, "reg.action.moveMember", disabled: memberBlock),
            KeyBinding([.char("D")], .removeMember, "reg.action.removeMember", disabled: memberBlock),
            KeyBinding([.char("c")], .changeCadre, "reg.action.changeCadre", disabled: cadreBlock(ctx)),
        ]
    }

    /// The member the members pane's selection is on.
    func selectedMember(_ ctx: ScreenContext) -> Member? {
        guard let h = ctx.board.household(household) else { return nil }
        let i = cursors[HouseholdPane.members.rawValue].selected
        return h.members.indices.contains(i) ? h.members[i] : nil
    }

    /// Why this user may not change the household's cadre (the permission table's `assignCadre` row).
    func cadreBlock(_ ctx: ScreenContext) -> TextKey? {
        if ctx.readOnly { return "status.readOnlyRefused" }
        if ctx.user == nil { return "status.noUser" }
        guard let h = ctx.board.household(household) else { return "hh.missing" }
        return Permissions.authorize(.assignCadre, user: ctx.user, target: .household(h), board: ctx.board).map { .reason($0) }
    }

    mutating func openPeopleForm(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        let block = action == .changeCadre ? cadreBlock(ctx) : editBlock(ctx)
        if let block { return .message(StatusMessage(ctx.text(block), isError: true)) }
        guard let h = ctx.board.household(household) else { return .none }
        switch action {
        case .addMember:
            pane = .members
            form = .member(nil, ctx: ctx)
        case .editMember, .moveMember:
            guard pane == .members, let m = selectedMember(ctx) else {
                return .message(StatusMessage(ctx.text("reg.reason.noMember"), isError: true))
            }
            form = action == .editMember ? .member(m, ctx: ctx) : .move(m, from: h, ctx: ctx)
        case .changeCadre:
            form = .cadre(h, ctx: ctx)
        case .removeMember:
            guard pane == .members, let m = selectedMember(ctx) else {
                return .message(StatusMessage(ctx.text("reg.reason.noMember"), isError: true))
            }
            // A confirmation naming the person: a stray key removes nobody.
            return .prompt(Prompt(label: ctx.text("reg.prompt.removeMember", m.name, ctx.text.name(m.relation)),
                                  question: .removeMemberConfirm(h.id, m.id)))
        default:
            break
        }
        return .none
    }

    /// A person being added whose ID number is already someone's on the board: one person is never in two
    /// households (a move is `M`). The words to say, or nil.
    func personTaken(_ change: Change, _ ctx: ScreenContext) -> String? {
        let member: Member
        switch change {
        case .addMember(_, let m): member = m
        case .updateMember(_, let from, let to) where from.idNumber != to.idNumber: member = to
        default: return nil
        }
        guard let id = member.idNumber else { return nil }
        for h in ctx.board.households {
            if let there = h.members.first(where: { $0.idNumber == id && $0.id != member.id }) {
                return ctx.text("reg.form.idTaken", id.masked, there.name, h.headName)
            }
        }
        return nil
    }
}
