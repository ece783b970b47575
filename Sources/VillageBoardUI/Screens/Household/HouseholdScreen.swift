import Foundation
import TerminalKit
import VillageBoardCore
import VillageBoardText

/// One household: a header, then panes for its members (ID numbers masked), checklist with evidence,
/// income worksheet, plan (一人一策), tasks, visits and history. Keys mark checklist items and open forms
/// for the check, plan, income and a visit; every edit leaves as one `Change` in `.effects([.save(…)])`.
public struct HouseholdScreen: Screen {
    public let household: HouseholdID
    public internal(set) var pane: HouseholdPane = .checklist
    /// Per pane: the selected row of a list pane (a text pane uses `scrolls`).
    var cursors = Array(repeating: ListCursor(), count: HouseholdPane.allCases.count)
    /// Per pane: the first line shown of a text pane.
    var scrolls = Array(repeating: 0, count: HouseholdPane.allCases.count)
    /// The form being filled in; while open it takes every key.
    public internal(set) var form: HouseholdForm?
    /// After an item was saved met: the offer to mark its linked open tasks done, answered by the next key.
    var offer: LinkedTaskOffer?
    public var hasDraft: Bool { form != nil }
    var size = Size(width: 80, height: 21)
    /// Positions of the household's tasks, from the board's index (never a scan of all tasks).
    var taskRows: [Int] = []
    /// Positions in `visits`, newest first.
    var visitRows: [Int] = []
    /// Operations about the household and its tasks, newest first.
    var historyRows: [VillageBoardCore.Operation] = []
    /// Whether the members' ID numbers are shown in full (`I`, for roles the permission table lets see them).
    public private(set) var revealIDs = false
    /// Seconds east of UTC for the history's times: the store keeps UTC, people read their own clock.
    public var utcOffsetSeconds = TimeZone.current.secondsFromGMT()

    public init(household: HouseholdID, ctx: ScreenContext) {
        self.household = household
        rebuild(ctx)
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.board.household(household)?.headName ?? household.raw }

    // MARK: Keys

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        // While an offer waits, the next key answers it: no key of the screen's is offered meanwhile.
        if offer != nil { return [] }
        let block = editBlock(ctx)
        let itemBlock: TextKey? = block ?? (pane == .checklist ? nil : "hh.reason.checklistPane")
        // While a form is open it takes the keys and lists its own; the hint bar keeps quiet about the screen's.
        let onChecklist = pane == .checklist && form == nil
        let elsewhere = pane != .checklist && pane != .income && form == nil
        return [
            // The tab row names the panes and says "Tab"; the hint bar keeps its room for the edit keys.
            KeyBinding([.tab], .nextPane, "action.nextPane"),
            KeyBinding([.backTab], .previousPane, "action.previousPane"),
            KeyBinding([.char("y")], .markMet, "action.markMet", hint: onChecklist, disabled: itemBlock),
            // `x` (drawn ✗), not `n`: `n` is "next match" on every screen.
            KeyBinding([.char("x")], .markNotMet, "action.markNotMet", hint: onChecklist, disabled: itemBlock),
            // Not in the hint bar: at 80 columns it would push out Esc and q.
            KeyBinding([.char("a")], .markNotApplicable, "action.markNotApplicable", disabled: itemBlock),
            KeyBinding([.char("e")], .editCheck, "action.editCheck", hint: onChecklist, disabled: itemBlock),
            KeyBinding([.char("i")], .editIncome, "action.editIncome", hint: pane == .income && form == nil, disabled: block),
            KeyBinding([.char("p")], .editPlan, "action.editPlan", hint: elsewhere, disabled: block),
            KeyBinding([.char("v")], .addVisit, "action.addVisit", hint: elsewhere, disabled: block),
            // Only on the visits pane, in its hint bar; a voided visit is not voided twice.
            KeyBinding([.char("R")], .correctVisit, "visits.action.correct", hint: pane == .visits && form == nil,
                       disabled: block ?? visitBlock(ctx)),
            KeyBinding([.char("V")], .voidVisit, "visits.action.void", hint: pane == .visits && form == nil,
                       disabled: block ?? visitBlock(ctx)),
            KeyBinding([.char("K")], .lookAtFinding, "finding.action.look",
                       hint: form == nil && (ctx.board.household(household)?.findings.contains(where: \.isOpen) ?? false),
                       disabled: block),
            KeyBinding([.char("I")], .revealIDs, "hh.action.revealIDs", disabled: revealBlock(ctx)),
            // The exit gate and its stages: open to anyone who sees the household (each step has its own row).
            KeyBinding([.char("X")], .openExit, "exit.action.open", disabled: ctx.board.household(household) == nil ? "hh.missing" : nil),
            KeyBinding([.char("f")], .showEvidence, "evidence.action.show",
                       disabled: ctx.board.household(household) == nil ? "hh.missing" : nil),
        ] + peopleBindings(ctx) + StandardBindings.movement.map { binding in
            // Here ←/→ (h/l) step between panes, and the help says so.
            var b = binding
            if b.action == .left { b.help = "action.previousPane" }
            if b.action == .right { b.help = "action.nextPane" }
            return b
        }
    }

    /// Why nothing can be edited here now (read-only store, no user, household gone); nil when it can.
    func editBlock(_ ctx: ScreenContext) -> TextKey? {
        if ctx.readOnly { return ctx.readOnlyWhy }
        if ctx.user == nil { return "status.noUser" }
        if ctx.board.household(household) == nil { return "hh.missing" }
        // The permission table: role, scope, or being the household's responsible cadre.
        if let h = ctx.board.household(household),
           let denial = Permissions.authorize(.editHousehold, user: ctx.user, target: .household(h), board: ctx.board) {
            return .reason(denial)
        }
        return nil
    }

    /// The visit the visits pane's selection is on (its position in the household's visits).
    var selectedVisit: Int? {
        let i = cursors[HouseholdPane.visits.rawValue].selected
        return visitRows.indices.contains(i) ? visitRows[i] : nil
    }

    /// Why no visit can be corrected now: not on the visits pane, or no visit there.
    func visitBlock(_ ctx: ScreenContext) -> TextKey? {
        if pane != .visits { return "visits.reason.visitsPane" }
        return selectedVisit == nil ? "visits.noVisit" : nil
    }

    /// Why this user may not see the members' ID numbers in full; nil when they may.
    func revealBlock(_ ctx: ScreenContext) -> TextKey? {
        guard let h = ctx.board.household(household) else { return "hh.missing" }
        guard let denial = Permissions.authorize(.viewFullIDNumber, user: ctx.user, target: .household(h), board: ctx.board)
        else { return nil }
        return .reason(denial)
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        switch action {
        case .nextPane, .right: pane = pane.next
        case .previousPane, .left: pane = pane.previous
        case .up, .down, .pageUp, .pageDown, .top, .bottom: move(action, ctx)
        case .markMet: return mark(.met, ctx)
        case .markNotMet: return mark(.notMet, ctx)
        case .markNotApplicable: return mark(.notApplicable, ctx)
        case .editCheck, .editIncome, .editPlan, .addVisit, .correctVisit, .voidVisit: return open(action, ctx)
        case .addMember, .editMember, .moveMember, .changeCadre, .removeMember: return openPeopleForm(action, ctx)
        case .lookAtFinding: return askFindingNote(ctx)
        case .openExit: return .push(ExitGateScreen(household: household))
        case .showEvidence:
            guard ctx.board.household(household) != nil else { break }
            return .push(EvidenceScreen(.household(household), ctx: ctx))
        case .revealIDs:
            if let reason = revealBlock(ctx) { return .message(StatusMessage(ctx.text(reason), isError: true)) }
            revealIDs.toggle()
        default: break
        }
        return .none
    }

    mutating func move(_ action: Action, _ ctx: ScreenContext) {
        let geometry = HouseholdLayout(size: size)
        if pane.isList {
            let rows = max(1, tableRows(paneHeight: geometry.pane.height) - 1)
            _ = cursors[pane.rawValue].handle(action, page: rows)
            // Keep the scroll offset, so moving back up scrolls only when the selection leaves the window.
            _ = cursors[pane.rawValue].visibleRange(rows: rows)
            return
        }
        let total = textLines(pane, ctx, width: geometry.pane.width).count
        let page = max(1, geometry.pane.height)
        let last = max(0, total - page)
        var s = scrolls[pane.rawValue]
        switch action {
        case .up: s -= 1
        case .down: s += 1
        case .pageUp: s -= page
        case .pageDown: s += page
        case .top: s = 0
        default: s = last
        }
        scrolls[pane.rawValue] = max(0, min(s, last))
    }

    /// The selected checklist item.
    var selectedItem: ChecklistItem {
        ChecklistItem(rawValue: cursors[HouseholdPane.checklist.rawValue].selected) ?? .food
    }

    mutating func open(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if let block = editBlock(ctx) { return .message(StatusMessage(ctx.text(block), isError: true)) }
        guard let h = ctx.board.household(household) else { return .none }
        switch action {
        case .editCheck:
            guard pane == .checklist else { return .none }
            form = .check(selectedItem, current: h.checklist[selectedItem], ctx: ctx)
        case .editIncome: form = .income(h.income, ctx: ctx)
        case .editPlan: form = .plan(h.plan, ctx: ctx)
        case .addVisit: form = .visit(for: h, ctx: ctx)
        case .correctVisit, .voidVisit:
            guard pane == .visits, let n = selectedVisit, h.visits.indices.contains(n) else {
                return .message(StatusMessage(ctx.text("visits.noVisit"), isError: true))
            }
            if action == .voidVisit && h.visits[n].voided {
                return .message(StatusMessage(ctx.text("visits.alreadyVoided"), isError: true))
            }
            form = action == .correctVisit ? .correctVisit(n, of: h, ctx: ctx) : .voidVisit(n, of: h, ctx: ctx)
        default: return .none
        }
        return .none
    }

    // MARK: Typing into a form

    public mutating func input(_ key: Key, _ ctx: ScreenContext) -> Outcome? {
        if let o = offer {
            // Whatever the key, the offer is answered by it and the key does nothing else.
            offer = nil
            return o.answer(key, ctx)
        }
        guard var f = form else { return nil }
        switch f.handle(key) {
        case .keep:
            form = f
            // Spelled out: a bare `.none` here would be Optional.none, which hands the key to the bindings.
            return Outcome.none
        case .cancel:
            form = nil
            return .message(StatusMessage(ctx.text("hh.form.cancelled")))
        case .save:
            return save(f, ctx)
        }
    }

    mutating func save(_ f: HouseholdForm, _ ctx: ScreenContext) -> Outcome {
        var f = f
        let refused = f.problems.merging(f.saveProblems()) { a, _ in a }
        if let first = refused.keys.min() {
            f.problems = refused
            f.focus(on: first)
            form = f
            return .message(StatusMessage(ctx.text("hh.form.fix"), isError: true))
        }
        if let block = f.purpose == .cadre ? cadreBlock(ctx) : editBlock(ctx) {
            form = nil
            return .message(StatusMessage(ctx.text(block), isError: true))
        }
        guard let h = ctx.board.household(household) else { return .none }
        form = nil
        guard let change = f.change(for: h, ctx: ctx) else {
            return .message(StatusMessage(ctx.text("hh.form.unchanged")))
        }
        switch change {
        case .addVisit, .correctVisit: pane = .visits
        default: break
        }
        if let taken = personTaken(change, ctx) { form = f; return .message(StatusMessage(taken, isError: true)) }
        return .effects([.save(change)])
    }

    // MARK: Board and size

    public mutating func boardChanged(_ ctx: ScreenContext) { rebuild(ctx) }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) { self.size = size }

    /// Refreshes the cached rows from the board's indexes: the household's tasks, visits and history.
    mutating func rebuild(_ ctx: ScreenContext) {
        let board = ctx.board
        let h = board.household(household)
        taskRows = board.taskIndices(forHousehold: household)
        let visits = h?.visits ?? []
        visitRows = visits.indices.sorted { a, b in
            visits[a].day == visits[b].day ? a > b : visits[a].day > visits[b].day
        }
        historyRows = HouseholdHistoryText.operations(of: household, tasks: taskRows, board: board, earlier: ctx.earlier)
        for p in HouseholdPane.allCases where p.isList {
            cursors[p.rawValue].setCount(rowCount(p, h))
        }
    }

    func rowCount(_ p: HouseholdPane, _ h: Household?) -> Int {
        switch p {
        case .members: h?.members.count ?? 0
        case .checklist: ChecklistItem.allCases.count
        case .tasks: taskRows.count
        case .visits: visitRows.count
        case .history: historyRows.count
        case .income, .plan: 0
        }
    }
}
