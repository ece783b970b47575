import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The sections of the household screen, in Tab order.
public enum HouseholdPane: Int, CaseIterable, Hashable, Sendable {
    case members, checklist, income, plan, tasks, visits, history

    /// The catalogue key of the pane's tab label.
    var title: TextKey {
        switch self {
        case .members: "hh.pane.members"
        case .checklist: "hh.pane.checklist"
        case .income: "hh.pane.income"
        case .plan: "hh.pane.plan"
        case .tasks: "hh.pane.tasks"
        case .visits: "hh.pane.visits"
        case .history: "hh.pane.history"
        }
    }

    /// Panes whose rows are selected one at a time (the others scroll as text).
    var isList: Bool {
        switch self {
        case .members, .checklist, .tasks, .visits, .history: true
        case .income, .plan: false
        }
    }

    var next: HouseholdPane { HouseholdPane(rawValue: (rawValue + 1) % Self.allCases.count) ?? .members }
    var previous: HouseholdPane {
        HouseholdPane(rawValue: (rawValue + Self.allCases.count - 1) % Self.allCases.count) ?? .members
    }
}

/// A line of text made of styled pieces, drawn left to right and clipped to the width it is given.
struct StyledLine {
    var pieces: [(text: String, style: StyleName)] = []

    init() {}
    init(_ text: String, _ style: StyleName = .normal) { pieces = [(text, style)] }

    mutating func add(_ text: String, _ style: StyleName = .normal) { pieces.append((text, style)) }

    var width: Int { pieces.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// Draws the pieces; a line too long for `width` ends in "…" so a cut is never silent.
    func draw(into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        let cut = self.width > width
        var cx = x
        for piece in pieces where cx < x + width {
            let room = x + width - cx
            let text = cut && DisplayWidth.of(piece.text) >= room ? DisplayWidth.truncate(piece.text, to: room) : piece.text
            cx += canvas.put(text, x: cx, y: y, style: piece.style, maxWidth: room)
        }
    }

    /// A label padded to `labelWidth` columns, then wrapped text indented under it (for "帮扶需求  …" lines).
    static func labelled(_ label: String, _ text: String, labelWidth: Int, width: Int,
                         style: StyleName = .normal) -> [StyledLine] {
        let room = max(1, width - labelWidth)
        let wrapped = text.isEmpty ? ["—"] : DisplayWidth.wrap(text, width: room)
        return wrapped.enumerated().map { i, part in
            var line = StyledLine(DisplayWidth.pad(i == 0 ? label : "", to: labelWidth), "muted")
            line.add(part, text.isEmpty ? "muted" : style)
            return line
        }
    }
}

/// Numbers, money and times as the household screen shows them.
enum HouseholdFormat {
    /// `12,000`; negative amounts keep their sign.
    static func amount(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return value < 0 ? "-" + out : out
    }

    /// `2020-06-30 14:05` in the zone `offsetSeconds` east of UTC (operations are stored in UTC).
    static func time(_ t: Timestamp, offsetSeconds: Int) -> String {
        let local = Timestamp(millisecondsSinceEpoch: t.millisecondsSinceEpoch + Int64(offsetSeconds) * 1000)
        let iso = local.iso
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5))
    }

    /// "（22 天前）", or "（今天）" for today.
    static func ago(_ day: Day, _ ctx: ScreenContext) -> String {
        let days = day.days(until: ctx.board.today)
        return days == 0 ? ctx.text("hh.today") : ctx.text("hh.daysAgo", days)
    }

    /// A user's name, or their login when the user is not on the board.
    static func user(_ id: UserID?, _ board: Board) -> String {
        guard let id else { return "—" }
        return board.user(id)?.name ?? id.raw
    }
}
