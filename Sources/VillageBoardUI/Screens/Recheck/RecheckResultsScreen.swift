import TerminalKit
import VillageBoardCore
import VillageBoardText

/// A 回头看 sample's results (`r`): the three national measures with their 95 % intervals against their thresholds
/// (and a plain word when the sample is too small to say), the agreement per cadre, per village and per item, and the
/// households that disagreed, one line per item found otherwise. On such a line `t` opens a task for the household's
/// responsible cadre, linked to the item, due in 30 days: confirmed with Enter, saved as one operation.
public struct RecheckResultsScreen: Screen {
    public let sample: String
    /// The lines shown; the disagreement lines carry their household and item.
    public private(set) var lines: [Line] = []
    var cursor = ListCursor()
    var size = Size(width: 80, height: 21)

    /// Days a task from a disagreement is given.
    static let taskDays = 30

    /// One line of the results.
    public struct Line: Hashable, Sendable {
        public var text: String
        var style: StyleName
        /// A disagreement: the household and the item found otherwise.
        public var disagreement: (household: HouseholdID, item: ChecklistItem)? {
            guard let household, let item else { return nil }
            return (household, item)
        }
        var household: HouseholdID?
        var item: ChecklistItem?
    }

    public init(sample: String, ctx: ScreenContext) {
        self.sample = sample
        rebuild(ctx)
        // The cursor starts on the first disagreement: that is where there is something to do.
        if let first = lines.firstIndex(where: { $0.disagreement != nil }) { cursor.select(first) }
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("rcs.results.title", sample) }

    mutating func rebuild(_ ctx: ScreenContext) {
        lines = Self.lines(sample: sample, ctx)
        cursor.setCount(lines.count)
    }

    static func lines(sample: String, _ ctx: ScreenContext) -> [Line] {
        let t = ctx.text
        let board = ctx.board
        let book = board.rechecks
        guard let s = book.sample(sample) else { return [Line(text: t("rcs.sample.gone", sample), style: "error")] }
        let r = book.results(of: sample)
        var out: [Line] = []
        func add(_ text: String, _ style: StyleName = "normal") { out.append(Line(text: text, style: style)) }
        let done = s.households.filter { book.latest(sample: sample, household: $0) != nil }.count
        add(t("rcs.results.summary", RecheckText.place(s.frame.scope, board), RecheckText.rule(s.rule, t), String(s.seed),
              done, s.households.count, r.households), "muted")
        add(t("rcs.results.measures"), "title")
        let nameWidth = RecheckMeasureKind.allCases.map { DisplayWidth.of(t(RecheckWords.measure($0))) }.max() ?? 0
        for m in r.measures {
            let name = t(RecheckWords.measure(m.kind))
            let padded = name + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(name)))
            let verdict = m.verdict
            let style: StyleName = verdict == .met ? "status.cleared" : verdict == .notMet ? "status.unresolved" : "status.pending"
            add("  " + padded + "  " + RecheckText.rate(m, t) + "  " + RecheckText.threshold(m, t) + "  " + t(RecheckWords.verdict(verdict)),
                style)
        }
        if r.measures.contains(where: { $0.verdict == .uncertain || $0.verdict == .noData }) {
            add("  " + t("rcs.results.tooSmall", r.households), "muted")
        }
        add(t("rcs.results.byCadre"), "title")
        let cadres = r.byCadre.sorted { a, b in
            let (x, y) = (a.value.proportion.rate ?? 1, b.value.proportion.rate ?? 1)
            if x != y { return x < y }
            return HouseholdFormat.user(a.key, board) < HouseholdFormat.user(b.key, board)
        }
        for (cadre, a) in cadres {
            let name = cadre.map { HouseholdFormat.user($0, board) } ?? t("rcs.results.nobody")
            add(row(name, a, t), a.disagreedHouseholds.isEmpty ? "normal" : "status.unresolved")
        }
        add(t("rcs.results.byVillage"), "title")
        for (village, a) in r.byVillage.sorted(by: { $0.key < $1.key }) {
            add(row(RecheckText.place(village, board), a, t), a.disagreedHouseholds.isEmpty ? "normal" : "status.unresolved")
        }
        add(t("rcs.results.byItem"), "title")
        for item in ChecklistItem.allCases {
            guard let a = r.byItem[item] else { continue }
            add(row(t.name(item), a, t), a.disagreedHouseholds.isEmpty ? "normal" : "status.unresolved")
        }
        add(t("rcs.results.disagreed"), "title")
        var any = false
        for id in r.overall.disagreedHouseholds {
            guard let record = book.latest(sample: sample, household: id) else { continue }
            let head = RecheckText.household(id, board)
            for f in record.findings where !f.agrees {
                any = true
                let text = "  " + t("rcs.results.disagreement", head, t.name(f.item), t.name(f.original), f.note,
                                    HouseholdFormat.user(record.cadre, board))
                out.append(Line(text: text, style: "status.unresolved", household: id, item: f.item))
            }
        }
        if !any { add("  " + t("rcs.results.noDisagreement"), "muted") }
        return out
    }

    /// "  李四    agreed 20/21 items (95.2%) · 1 household disagreed".
    static func row(_ name: String, _ a: RecheckAgreement, _ t: Catalog) -> String {
        let padded = name + String(repeating: " ", count: max(0, 12 - DisplayWidth.of(name)))
        let households = a.disagreedHouseholds.isEmpty ? "" : " · " + t("rcs.results.households", a.disagreedHouseholds.count)
        return "  " + padded + " " + RecheckText.agreement(a, t) + households
    }

    var selected: Line? { lines.indices.contains(cursor.selected) ? lines[cursor.selected] : nil }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        let reason: TextKey?
        if let d = selected?.disagreement {
            reason = taskReason(d.household, ctx)
        } else {
            reason = "rcs.results.notOnDisagreement"
        }
        return [KeyBinding([.char("t")], .recheckTask, "rcs.results.action.task", hint: true, disabled: reason)]
            + StandardBindings.movement
    }

    /// Why a task cannot be opened for this household here: the permission table's `addTask` row.
    func taskReason(_ id: HouseholdID, _ ctx: ScreenContext) -> TextKey? {
        if ctx.readOnly { return ctx.readOnlyWhy }
        guard let user = ctx.user else { return "tasks.denied.noUser" }
        let board = ctx.board
        guard let h = board.household(id) else { return "rcs.noHousehold" }
        return Permissions.authorize(.addTask, user: user, target: .household(h), board: board).map { TextKey.reason($0) }
    }

    var pageHeight: Int { max(1, size.height - 1) }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        if cursor.handle(action, page: pageHeight) {
            _ = cursor.visibleRange(rows: pageHeight)
            return .none
        }
        guard action == .recheckTask, let d = selected?.disagreement else { return .none }
        let board = ctx.board
        let cadre = board.household(d.household)?.cadre
        let label = ctx.text("rcs.task.prompt", HouseholdFormat.user(cadre ?? ctx.user?.id, board), Self.taskDays)
        let initial = ctx.text("rcs.task.title", ctx.text.name(d.item))
        return .prompt(Prompt(label: label, initial: initial, required: true, question: .recheckTask(d.household, d.item)))
    }

    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        switch message {
        case .answered(.recheckTask(let id, let item), let typed):
            let board = ctx.board
            guard let h = board.household(id), let author = ctx.user?.id else { return .none }
            if let reason = taskReason(id, ctx) { return .message(StatusMessage(ctx.text(reason), isError: true)) }
            // The existing batch path with one household: the world gives the id, one write, one operation.
            var batch = TaskBatch(title: typed.trimmingSpaces, scope: h.village, item: item,
                                  due: board.today.adding(days: Self.taskDays), board: board, author: author)
            batch.households = [id]
            batch.owners = [h.cadre ?? author]
            return .effects([.createTasks(batch)])
        case .savedTogether(let changes):
            guard case .addTask(let task)? = changes.first else { return .none }
            return .message(StatusMessage(ctx.text("rcs.task.saved", task.title, HouseholdFormat.user(task.owner, ctx.board))))
        default:
            return .none
        }
    }

    public mutating func boardChanged(_ ctx: ScreenContext) {
        rebuild(ctx)
        _ = cursor.visibleRange(rows: pageHeight)
    }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) {
        self.size = size
        _ = cursor.visibleRange(rows: pageHeight)
    }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 0 else { return }
        let window = cursor.window(rows: area.height)
        for (k, i) in window.enumerated() {
            let line = lines[i]
            let y = area.y + k
            let selected = i == cursor.selected
            if selected { canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: "focus") }
            canvas.put(Self.cut(line.text, to: area.width - 1), x: area.x + 1, y: y, style: selected ? "focus" : line.style)
        }
    }

    /// A line cut to `width` ending with "…"; a figure the cut would split ("above 9" of "90.0%") goes whole, so no
    /// shorter number is left standing.
    static func cut(_ text: String, to width: Int) -> String {
        guard width > 0, DisplayWidth.of(text) > width else { return width > 0 ? text : "" }
        var kept = String(DisplayWidth.truncate(text, to: width).dropLast())
        func figure(_ c: Character?) -> Bool { c.map { $0.isNumber || $0 == "." || $0 == "%" } ?? false }
        if figure(text.dropFirst(kept.count).first) {
            while figure(kept.last) { kept.removeLast() }
        }
        return kept + "…"
    }
}
