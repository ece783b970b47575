import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The 回头看 form for one household: every checklist item with the register's mark, who made it and when, beside the
/// re-checker's agree / disagree (←/→) and a note (typed straight in; a disagreement needs one); then whether the
/// household should be monitored and its own answer for 认可度. Ctrl-S (or Enter on the last row) saves it as one
/// `recordRecheck`; the cadre's marks are never changed. Takes every key while open.
public struct RecheckFormScreen: Screen {
    public let sample: String
    public let household: HouseholdID
    public let addedAsMissed: Bool
    /// One per checklist item, the register's mark as the form opened; `agrees` is the re-checker's toggle.
    public private(set) var findings: [RecheckFinding]
    var notes: [TextField]
    public private(set) var shouldMonitor: Bool
    /// nil: not asked.
    public private(set) var satisfied: Bool?
    /// The row with the focus: the items, then "should be monitored", then 认可度.
    public private(set) var focus = 0

    public init(sample: String, household: HouseholdID, addedAsMissed: Bool, ctx: ScreenContext) {
        self.sample = sample
        self.household = household
        self.addedAsMissed = addedAsMissed
        let board = ctx.board
        let blank = board.household(household).map(RecheckRecord.blankFindings(for:)) ?? []
        // A household re-checked before opens with what was found then, against the register as it is now.
        if let earlier = board.rechecks.latest(sample: sample, household: household) {
            findings = blank.map { f in
                guard let old = earlier.findings.first(where: { $0.item == f.item }) else { return f }
                var f = f
                f.agrees = old.agrees
                f.note = old.note
                return f
            }
            shouldMonitor = earlier.shouldMonitor
            satisfied = earlier.satisfied
        } else {
            findings = blank
            shouldMonitor = addedAsMissed
            satisfied = nil
        }
        notes = findings.map { TextField($0.note) }
    }

    public var takesGlobalKeys: Bool { false }
    public var hasDraft: Bool { true }

    var monitorRow: Int { findings.count }
    var satisfiedRow: Int { findings.count + 1 }

    public func title(_ ctx: ScreenContext) -> String {
        ctx.text("rcs.form.title", ctx.board.household(household)?.headName ?? household.raw)
    }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        [KeyBinding([.ctrl("s")], .open, "rcs.form.action.save", hint: true),
         KeyBinding([.left, .right], .toggleMark, "rcs.form.action.toggle", hint: true),
         KeyBinding([.tab], .nextPane, "rcs.form.action.next", hint: true),
         KeyBinding([.escape], .back, "rcs.form.action.cancel", hint: true)]
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        action == .back ? .pop : .none
    }

    public mutating func input(_ key: Key, _ ctx: ScreenContext) -> Outcome? {
        if key == .resize || key == .function(1) { return nil }
        let rows = findings.count + 2
        switch key {
        case .escape: return .all([.pop, .message(StatusMessage(ctx.text("rcs.form.cancelled")))])
        case .ctrl("s"): return save(ctx)
        case .enter, .char("\n"), .char("\r"):
            if focus == rows - 1 { return save(ctx) }
            focus += 1
        case .tab, .down: focus = (focus + 1) % rows
        case .backTab, .up: focus = (focus + rows - 1) % rows
        case .left, .right:
            toggle(forward: key == .right)
        default:
            if findings.indices.contains(focus) {
                _ = notes[focus].handle(key)
                findings[focus].note = notes[focus].text
            } else if key == .char(" ") {
                toggle(forward: true)
            }
        }
        return Outcome.none
    }

    /// ←/→ on a row: agree ↔ disagree; yes ↔ no; not asked → satisfied → not satisfied.
    mutating func toggle(forward: Bool) {
        if findings.indices.contains(focus) {
            findings[focus].agrees.toggle()
        } else if focus == monitorRow {
            shouldMonitor.toggle()
        } else {
            let order: [Bool?] = [nil, true, false]
            let at = order.firstIndex(of: satisfied) ?? 0
            satisfied = order[(at + (forward ? 1 : 2)) % 3]
        }
    }

    /// The record the form holds now, or nil when the household is gone from the board.
    func record(_ ctx: ScreenContext) -> RecheckRecord? {
        let board = ctx.board
        guard let i = board.index(of: household) else { return nil }
        let h = board.households[i]
        let cleaned = findings.map { f -> RecheckFinding in
            var f = f
            f.note = f.note.trimmingSpaces
            return f
        }
        return RecheckRecord(sample: sample, household: household, village: h.village, markSeen: board.householdMarks[i],
                             cadre: h.cadre, findings: cleaned, satisfied: satisfied, shouldMonitor: shouldMonitor,
                             addedAsMissed: addedAsMissed, by: ctx.user?.id, on: board.today)
    }

    mutating func save(_ ctx: ScreenContext) -> Outcome {
        guard let record = record(ctx) else {
            return .message(StatusMessage(ctx.text("rcs.noHousehold"), isError: true))
        }
        if let problem = record.problem {
            switch problem {
            case .disagreementWithoutNote(let item), .itemTwice(let item):
                if let row = findings.firstIndex(where: { $0.item == item }) { focus = row }
                return .message(StatusMessage(ctx.text("rcs.form.needsNote", ctx.text.name(item)), isError: true))
            }
        }
        if let reason = RecheckGate.reason(ctx, household: household) {
            return .message(StatusMessage(ctx.text(reason), isError: true))
        }
        return .effects([.save(.recordRecheck(record))])
    }

    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        guard case .saved(.recordRecheck(let r)) = message else { return .none }
        let name = ctx.board.household(r.household)?.headName ?? r.household.raw
        return .all([.pop, .message(StatusMessage(ctx.text("rcs.form.saved", name)))])
    }

    // MARK: Drawing

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 0, area.width > 4 else { return }
        let t = ctx.text
        let board = ctx.board
        let x0 = area.x + 1, width = area.width - 1
        if let i = board.index(of: household) {
            let h = board.households[i]
            let about = t("rcs.form.about", sample, h.headName, household.raw, RecheckText.place(h.village, board),
                          t.name(board.householdMarks[i]), HouseholdFormat.user(h.cadre, board))
            canvas.put(about, x: x0, y: area.y, style: "muted", maxWidth: width)
        }
        if addedAsMissed, area.height > 1 {
            canvas.put(t("rcs.form.missed"), x: x0, y: area.y + 1, style: "status.unresolved", maxWidth: width)
        }
        let top = area.y + 2
        // The columns are as wide as the item rows need; the two rows under them have no mark or note, so their
        // longer labels and answers run on into that room (the note keeps its width on narrow screens).
        let itemWidth = max(DisplayWidth.of(t("rcs.form.col.item")), ChecklistItem.allCases.map { DisplayWidth.of(t.name($0)) }.max() ?? 0)
        let toggleWidth = max(DisplayWidth.of(t("rcs.form.agree")), DisplayWidth.of(t("rcs.form.disagree"))) + 4
        let stateWidth = max(DisplayWidth.of(t("rcs.form.col.mark")), ItemState.allCases.map { DisplayWidth.of(t.name($0)) }.max() ?? 0)
        let byWidth = 8, dayWidth = 10
        var x = x0 + 2
        let cols = [(t("rcs.form.col.item"), itemWidth), (t("rcs.form.col.mark"), stateWidth), (t("rcs.form.col.by"), byWidth),
                    (t("rcs.form.col.on"), dayWidth), (t("rcs.form.col.recheck"), toggleWidth)]
        var starts: [Int] = []
        for (title, w) in cols {
            starts.append(x)
            if top - 1 >= area.y + 1, x < area.maxX { canvas.put(title, x: x, y: top - 1, style: "header", maxWidth: min(w, area.maxX - x)) }
            x += w + 1
        }
        let noteX = x
        if noteX < area.maxX { canvas.put(t("rcs.form.col.note"), x: noteX, y: top - 1, style: "header", maxWidth: area.maxX - noteX) }
        let hintY = area.maxY - 1
        for (row, f) in findings.enumerated() {
            let y = top + row
            guard y < hintY else { break }
            let focused = row == focus
            canvas.put(focused ? ctx.glyphs.pointer : " ", x: x0, y: y, style: "focus")
            canvas.put(t.name(f.item), x: starts[0], y: y, style: focused ? "focus" : "normal", maxWidth: itemWidth)
            canvas.put(t.name(f.original), x: starts[1], y: y, style: Self.style(f.original), maxWidth: stateWidth)
            canvas.put(f.markedBy.map { HouseholdFormat.user($0, board) } ?? "—", x: starts[2], y: y, style: "muted", maxWidth: byWidth)
            canvas.put(f.markedOn?.iso ?? "—", x: starts[3], y: y, style: "muted", maxWidth: dayWidth)
            let choice = "< " + t(f.agrees ? "rcs.form.agree" : "rcs.form.disagree") + " >"
            canvas.put(choice, x: starts[4], y: y, style: focused ? "focus" : (f.agrees ? "input" : "status.unresolved"),
                       maxWidth: toggleWidth)
            if noteX < area.maxX {
                notes[row].render(into: &canvas, x: noteX, y: y, width: max(1, area.maxX - noteX), style: focused ? "focus" : "input",
                                  focused: focused)
            }
        }
        let extra: [(String, String)] = [
            (t("rcs.form.monitor"), t(shouldMonitor ? "rcs.yes" : "rcs.no")),
            (t("rcs.form.satisfied"), satisfied.map { t($0 ? "rcs.form.isSatisfied" : "rcs.form.notSatisfied") } ?? t("rcs.form.notAsked")),
        ]
        for (k, (label, value)) in extra.enumerated() {
            let row = findings.count + k
            let y = top + row + 1
            guard y < hintY else { break }
            let focused = row == focus
            canvas.put(focused ? ctx.glyphs.pointer : " ", x: x0, y: y, style: "focus")
            canvas.put(label, x: starts[0], y: y, style: focused ? "focus" : "normal", maxWidth: max(0, starts[4] - starts[0] - 1))
            canvas.put("< " + value + " >", x: starts[4], y: y, style: focused ? "focus" : "input", maxWidth: max(0, area.maxX - starts[4]))
        }
        let helpY = top + findings.count + 4
        if helpY < hintY {
            canvas.put(t("rcs.form.unchanged"), x: x0, y: helpY, style: "muted", maxWidth: width)
        }
        if hintY > top { canvas.put(t("rcs.form.keys"), x: x0, y: hintY, style: "muted", maxWidth: width) }
    }

    static func style(_ state: ItemState) -> StyleName {
        switch state {
        case .met: "status.cleared"
        case .notMet: "status.unresolved"
        default: "muted"
        }
    }
}
