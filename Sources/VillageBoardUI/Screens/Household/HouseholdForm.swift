import TerminalKit
import VillageBoardCore
import VillageBoardText

/// A small form drawn over the household screen: labelled fields, one focused, each with its validation
/// message beside it. While open it takes every key (Tab moves, Enter on the last field or Ctrl-S saves,
/// Esc cancels), so typing `q` or `n` into a note never quits or marks anything.
public struct HouseholdForm {
    /// What the form edits; the screen turns the filled-in form into one `Change`.
    public enum Purpose: Hashable, Sendable {
        case check(ChecklistItem)
        case income
        case plan
        case visit
        /// A recorded visit (its position in the household's visits) corrected, with a reason.
        case correctVisit(Int)
        /// A recorded visit voided, with a reason.
        case voidVisit(Int)
        /// A member added (nil) or edited.
        case member(MemberID?)
        /// A member moving to another household of the village.
        case move(MemberID)
        /// The 包保 cadre changed, with a reason.
        case cadre
        /// A new household registered in a village (新识别 / 纳入监测).
        case register(DivisionCode)
        /// The village's exit proposal: target, democratic review, notice, note.
        case proposeExit
        /// 返贫 / 重新纳入监测 / 风险回退: the mark to go back to, the risk, the reason.
        case rollBack
    }

    /// One field of the form.
    struct Field {
        enum Kind {
            /// Free text; Chinese arrives whole from an input method.
            case text(TextField)
            /// A non-negative whole number of yuan.
            case number(TextField)
            /// One of a few options, changed with ←/→ or Space.
            case choice(options: [String], selected: Int)
            /// Shown, not editable (a visit's date and author).
            case fixed(String)
        }
        var label: String
        var kind: Kind
        /// Drawn on the same row as the field before it (a measure's kind, then its detail).
        var inline = false
        /// A plan's measure that existed when the form opened: choosing "—" removes it, detail and all.
        var existing = false

        var isEditable: Bool { if case .fixed = kind { false } else { true } }

        var text: String {
            switch kind {
            case .text(let f), .number(let f): f.text
            case .choice(let options, let i): options.indices.contains(i) ? options[i] : ""
            case .fixed(let s): s
            }
        }

        var choice: Int { if case .choice(_, let i) = kind { i } else { 0 } }
    }

    public let purpose: Purpose
    let title: String
    var fields: [Field]
    public private(set) var focus: Int
    /// Why a field's content is refused, as a catalogue key; recomputed after every edit.
    var problems: [Int: TextKey] = [:]
    /// A plan form's measure kinds as shown, and the label of its n-th row, for the rows it adds itself.
    var measureLabels: [String] = []
    var measureRowLabel: (Int) -> String = { String($0) }
    /// A cadre choice's users, in the order shown (nil: nobody).
    var cadreOptions: [UserID?] = []
    /// A move's households to choose from, in the order shown.
    var householdOptions: [HouseholdID] = []
    /// An exit proposal's or roll-back's marks to choose from, in the order shown.
    var markOptions: [HouseholdMark] = []
    /// The board's year, the latest birth year a person form accepts.
    var thisYear = 2100
    /// A visit form's bounds: today (no later) and the household's registration (no earlier, when known); and for
    /// a correction, the visit as it is.
    var visitToday: Day?, visitRegistered: Day?, visitOriginal: Visit?

    init(purpose: Purpose, title: String, fields: [Field]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        focus = fields.firstIndex(where: \.isEditable) ?? 0
        afterEdit()
    }

    /// What a key did.
    enum KeyResult { case keep, cancel, save }

    mutating func handle(_ key: Key) -> KeyResult {
        switch key {
        case .escape: return .cancel
        case .ctrl("s"): return .save
        case .tab, .down: moveFocus(by: 1)
        case .backTab, .up: moveFocus(by: -1)
        case .enter, .char("\n"), .char("\r"):
            if focus == fields.lastIndex(where: \.isEditable) { return .save }
            moveFocus(by: 1)
        default:
            guard fields.indices.contains(focus) else { return .keep }
            switch fields[focus].kind {
            case .text(var f):
                _ = f.handle(key)
                fields[focus].kind = .text(f)
            case .number(var f):
                // A field showing the 0 it started with takes a typed digit in its place: 1200, not 01200.
                if f.text == "0", case .char(let c) = key, c.isNumber { f = TextField() }
                _ = f.handle(key)
                fields[focus].kind = .number(f)
            case .choice(let options, let i):
                let step: Int
                switch key {
                case .right, .char(" "), .char("l"): step = 1
                case .left, .char("h"): step = -1
                default: step = 0
                }
                guard step != 0, !options.isEmpty else { return .keep }
                fields[focus].kind = .choice(options: options, selected: (i + step + options.count) % options.count)
            case .fixed:
                break
            }
            afterEdit()
        }
        return .keep
    }

    mutating func moveFocus(by step: Int) {
        let editable = fields.indices.filter { fields[$0].isEditable }
        guard !editable.isEmpty else { return }
        let at = editable.firstIndex(of: focus) ?? 0
        focus = editable[(at + step + editable.count) % editable.count]
    }

    /// Puts the focus on a field (the first refused one after a failed save).
    mutating func focus(on index: Int) {
        if fields.indices.contains(index) && fields[index].isEditable { focus = index }
    }

    // MARK: Drawing

    /// Rows of field indices: a field marked `inline` shares the row of the one before it.
    var rows: [[Int]] {
        var out: [[Int]] = []
        for i in fields.indices {
            if fields[i].inline, !out.isEmpty { out[out.count - 1].append(i) } else { out.append([i]) }
        }
        return out
    }

    /// The box the form takes in `area`: as wide as useful, as tall as its rows and `info` lines need.
    func box(in area: Rect, infoLines: Int) -> Rect {
        let width = min(area.width, 92)
        let height = min(area.height, rows.count + infoLines + 5)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y, width: width, height: height)
    }

    /// Draws the form in a frame over `area`, with `info` lines under the fields (sums, the criterion),
    /// and puts the terminal cursor at the focused field's caret.
    func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect, info: [StyledLine]) {
        let frame = box(in: area, infoLines: info.count)
        guard frame.width >= 20, frame.height >= 5 else { return }
        canvas.fill(frame, style: "dialog")
        canvas.drawBox(frame, glyphs: ctx.glyphs, style: "dialog.border")
        canvas.put(" " + title + " ", x: frame.x + 2, y: frame.y, style: "title", maxWidth: frame.width - 4)
        let inner = frame.insetBy(dx: 2, dy: 1)
        let hintRow = inner.maxY - 1
        let visible = max(1, inner.height - info.count - 2)
        let allRows = rows
        let focusRow = allRows.firstIndex { $0.contains(focus) } ?? 0
        let first = max(0, min(focusRow - visible + 1, allRows.count - visible))
        let labelWidth = fields.filter { !$0.inline }.map { DisplayWidth.of($0.label) }.max() ?? 0
        for (line, row) in allRows.dropFirst(first).prefix(visible).enumerated() {
            drawRow(row, y: inner.y + line, inner: inner, labelWidth: labelWidth, ctx: ctx, into: &canvas)
        }
        for (i, line) in info.enumerated() {
            let y = inner.y + min(allRows.count, visible) + 1 + i
            guard y < hintRow else { break }
            line.draw(into: &canvas, x: inner.x, y: y, width: inner.width)
        }
        canvas.put(ctx.text(hasChoice ? "hh.form.keysChoice" : "hh.form.keys"), x: inner.x, y: hintRow, style: "muted",
                   maxWidth: inner.width)
    }

    var hasChoice: Bool { fields.contains { if case .choice = $0.kind { true } else { false } } }

    private func drawRow(_ row: [Int], y: Int, inner: Rect, labelWidth: Int, ctx: ScreenContext, into canvas: inout Canvas) {
        let focused = row.contains(focus)
        canvas.put(focused ? ctx.glyphs.pointer : " ", x: inner.x, y: y, style: "focus")
        var x = inner.x + 2
        canvas.put(fields[row[0]].label, x: x, y: y, style: focused ? "focus" : "normal", maxWidth: labelWidth)
        x += labelWidth + 1
        let problem = row.lazy.compactMap { self.problems[$0] }.first.map { ctx.text($0) }
        let messageWidth = problem.map { min(DisplayWidth.of($0) + 1, max(0, (inner.maxX - x) / 2)) } ?? 0
        let end = inner.maxX - messageWidth
        for i in row {
            let field = fields[i]
            let style: StyleName = i == focus ? "focus" : "input"
            switch field.kind {
            case .text(let f):
                f.render(into: &canvas, x: x, y: y, width: max(1, end - x), style: style, focused: i == focus)
                x = end
            case .number(let f):
                let w = min(14, max(1, end - x))
                f.render(into: &canvas, x: x, y: y, width: w, style: style, focused: i == focus)
                x += w + 1
            case .choice(let options, _):
                let w = min((options.map { DisplayWidth.of($0) }.max() ?? 0) + 4, max(1, end - x))
                // ASCII arrows: "◀ ▶" are ambiguous-width and some Chinese fonts draw them two columns wide.
                let shown = "< " + DisplayWidth.fit(field.text, to: max(0, w - 4)) + " >"
                canvas.put(shown, x: x, y: y, style: style, maxWidth: w)
                x += w + 1
            case .fixed(let s):
                canvas.put(s, x: x, y: y, style: "normal", maxWidth: max(0, end - x))
                x = end
            }
        }
        guard let problem else { return }
        // Right after a short field (a number), or in the room kept at the end of a row with a text field.
        let messageX = x >= end ? end + 1 : x
        canvas.put(problem, x: messageX, y: y, style: "error", maxWidth: max(0, inner.maxX - messageX))
    }
}
