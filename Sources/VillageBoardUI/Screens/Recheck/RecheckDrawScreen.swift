import TerminalKit
import VillageBoardCore
import VillageBoardText

/// Drawing a 回头看 sample (`d` on the samples list): the scope, how many (N households or p %), an optional period of
/// exit decisions, stratified by village or not, and the seed (today's date to start with, seen and changeable; it is
/// recorded). The preview under the form is the draw itself, redone after every edit; Enter saves it as one
/// `drawRecheckSample` operation. Takes every key while open, so digits and letters are typed, never global keys.
public struct RecheckDrawScreen: Screen {
    /// The fields, top to bottom.
    enum Field: Int, CaseIterable {
        case scope, size, from, to, stratified, seed
    }

    /// The places offered: the user's scope first, then the units under it.
    let places: [DivisionCode]
    var place = 0
    var sizeField = TextField("10%")
    var fromField = TextField()
    var toField = TextField()
    var stratified = false
    var seedField: TextField
    var focus = Field.scope
    /// What the form would save now, or why it cannot.
    public private(set) var preview: Preview?
    public private(set) var problem: TextKey?

    /// A draw as the form stands: the frame, rule, seed, how many households it drew from and which it drew.
    public struct Preview: Hashable, Sendable {
        public var frame: RecheckFrame
        public var rule: RecheckRule
        public var seed: UInt64
        public var candidates: Int
        public var drawn: [HouseholdID]
    }

    public init(place: DivisionCode?, ctx: ScreenContext) {
        let board = ctx.board
        var places: [DivisionCode] = []
        if let place {
            places = [place] + (board.children[place] ?? [])
        } else {
            places = board.roots
        }
        self.places = places
        // Seen and changeable; recorded with the sample, so it need not be secret, only not chosen after the fact.
        let c = board.today.civil
        seedField = TextField(String(c.year * 10000 + c.month * 100 + c.day))
        redraw(ctx)
    }

    public var takesGlobalKeys: Bool { false }
    public var hasDraft: Bool { true }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("rcs.draw.title") }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        [KeyBinding([.enter], .open, "rcs.draw.action.save", hint: true),
         KeyBinding([.tab], .nextPane, "rcs.draw.action.next", hint: true),
         KeyBinding([.escape], .back, "rcs.draw.action.cancel", hint: true)]
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        action == .back ? .pop : .none
    }

    /// The rule typed: `10%` (a share) or `20` (households).
    static func rule(_ text: String) -> RecheckRule? {
        var s = text.trimmingSpaces
        var percent = false
        if s.hasSuffix("%") || s.hasSuffix("％") {
            percent = true
            s.removeLast()
        }
        // Digits only and a sane length: typed text is hostile too (no overflow trap on a long number).
        guard !s.isEmpty, s.count <= 6, s.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(s), n > 0 else { return nil }
        if percent { return n <= 100 ? .percent(n) : nil }
        return .count(n)
    }

    /// Works the form out against the board: the preview, or why there is none.
    mutating func redraw(_ ctx: ScreenContext) {
        preview = nil
        problem = nil
        guard places.indices.contains(place) else { problem = "rcs.draw.noPlace"; return }
        guard let rule = Self.rule(sizeField.text) else { problem = "rcs.draw.badSize"; return }
        let fromText = fromField.text.trimmingSpaces, toText = toField.text.trimmingSpaces
        let from = fromText.isEmpty ? nil : Day(iso: fromText)
        let to = toText.isEmpty ? nil : Day(iso: toText)
        if !fromText.isEmpty && from == nil || !toText.isEmpty && to == nil { problem = "rcs.draw.badDay"; return }
        var period: ClosedRange<Day>?
        if from != nil || to != nil {
            let first = from ?? Day(daysSinceEpoch: Int32.min / 2), last = to ?? Day(daysSinceEpoch: Int32.max / 2)
            guard first <= last else { problem = "rcs.draw.badPeriod"; return }
            period = first...last
        }
        let seedText = seedField.text.trimmingSpaces
        guard seedText.count <= 19, seedText.allSatisfy({ $0.isASCII && $0.isNumber }), let seed = UInt64(seedText) else {
            problem = "rcs.draw.badSeed"
            return
        }
        let board = ctx.board
        let frame = RecheckFrame(scope: places[place], period: period, stratified: stratified)
        let candidates = period == nil
            ? RecheckDraw.candidates(on: board, frame: frame)
            : RecheckDraw.candidates(on: board, frame: frame, decidedOn: { board.recheckDecisionDay(of: $0.id) })
        let drawn = RecheckDraw.draw(candidates, rule: rule, stratified: stratified, seed: seed)
        preview = Preview(frame: frame, rule: rule, seed: seed, candidates: candidates.count, drawn: drawn)
        if drawn.isEmpty { problem = "rcs.draw.empty" }
    }

    public mutating func input(_ key: Key, _ ctx: ScreenContext) -> Outcome? {
        if key == .resize || key == .function(1) { return nil }
        let all = Field.allCases
        switch key {
        case .escape: return .all([.pop, .message(StatusMessage(ctx.text("rcs.draw.cancelled")))])
        case .enter, .char("\n"), .char("\r"), .ctrl("s"): return save(ctx)
        case .tab, .down: focus = all[(focus.rawValue + 1) % all.count]; return Outcome.none
        case .backTab, .up: focus = all[(focus.rawValue + all.count - 1) % all.count]; return Outcome.none
        default: break
        }
        switch focus {
        case .scope, .stratified:
            let step: Int
            switch key {
            case .right, .char(" "), .char("l"): step = 1
            case .left, .char("h"): step = -1
            default: return Outcome.none
            }
            if focus == .scope, !places.isEmpty {
                place = (place + step + places.count) % places.count
            } else if focus == .stratified {
                stratified.toggle()
            }
        case .size: _ = sizeField.handle(key)
        case .from: _ = fromField.handle(key)
        case .to: _ = toField.handle(key)
        case .seed: _ = seedField.handle(key)
        }
        redraw(ctx)
        return Outcome.none
    }

    mutating func save(_ ctx: ScreenContext) -> Outcome {
        redraw(ctx)
        if let problem { return .message(StatusMessage(ctx.text(problem), isError: true)) }
        guard let preview else { return .none }
        if let reason = RecheckGate.reason(ctx, place: preview.frame.scope) {
            return .message(StatusMessage(ctx.text(reason), isError: true))
        }
        let board = ctx.board
        let sample = RecheckSample(id: board.rechecks.nextSampleID, frame: preview.frame, rule: preview.rule,
                                   seed: preview.seed, households: preview.drawn, drawnBy: ctx.user?.id, drawnOn: board.today)
        return .effects([.save(.drawRecheckSample(sample))])
    }

    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        guard case .saved(.drawRecheckSample(let s)) = message else { return .none }
        return .all([.pop, .message(StatusMessage(ctx.text("rcs.draw.saved", s.id, s.households.count)))])
    }

    // MARK: Drawing

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height > 0, area.width > 4 else { return }
        let t = ctx.text
        let board = ctx.board
        let labels: [Field: String] = [.scope: t("rcs.draw.scope"), .size: t("rcs.draw.size"), .from: t("rcs.draw.from"),
                                       .to: t("rcs.draw.to"), .stratified: t("rcs.draw.stratified"), .seed: t("rcs.draw.seed")]
        let labelWidth = labels.values.map { DisplayWidth.of($0) }.max() ?? 0
        let x0 = area.x + 1, width = area.width - 1
        var y = area.y
        for field in Field.allCases where y < area.maxY {
            let focused = field == focus
            canvas.put(focused ? ctx.glyphs.pointer : " ", x: x0, y: y, style: "focus")
            canvas.put(labels[field] ?? "", x: x0 + 2, y: y, style: focused ? "focus" : "normal", maxWidth: labelWidth)
            let fx = x0 + 3 + labelWidth
            let fw = max(1, min(24, area.maxX - fx - 1))
            let style: StyleName = focused ? "focus" : "input"
            switch field {
            case .scope:
                let name = places.indices.contains(place) ? RecheckText.place(places[place], board) : ""
                canvas.put("< " + name + " >", x: fx, y: y, style: style, maxWidth: area.maxX - fx)
            case .stratified:
                canvas.put("< " + t(stratified ? "rcs.yes" : "rcs.no") + " >", x: fx, y: y, style: style, maxWidth: area.maxX - fx)
            case .size: sizeField.render(into: &canvas, x: fx, y: y, width: fw, style: style, focused: focused)
            case .from: fromField.render(into: &canvas, x: fx, y: y, width: fw, style: style, focused: focused)
            case .to: toField.render(into: &canvas, x: fx, y: y, width: fw, style: style, focused: focused)
            case .seed: seedField.render(into: &canvas, x: fx, y: y, width: fw, style: style, focused: focused)
            }
            let help: TextKey
            switch field {
            case .scope: help = "rcs.draw.help.scope"
            case .size: help = "rcs.draw.help.size"
            case .from, .to: help = "rcs.draw.help.day"
            case .stratified: help = "rcs.draw.help.stratified"
            case .seed: help = "rcs.draw.help.seed"
            }
            let hx = fx + (field == .scope || field == .stratified ? 0 : fw + 2)
            if field != .scope && field != .stratified && hx < area.maxX {
                canvas.put(t(help), x: hx, y: y, style: "muted", maxWidth: area.maxX - hx)
            }
            y += 1
        }
        y += 1
        let lastLine = area.maxY - 1
        var lines: [(String, StyleName)] = []
        if let preview {
            lines.append((t("rcs.draw.preview", preview.candidates, preview.drawn.count), "title"))
            var perVillage: [DivisionCode: Int] = [:]
            var order: [DivisionCode] = []
            for id in preview.drawn {
                guard let v = board.household(id)?.village else { continue }
                if perVillage[v] == nil { order.append(v) }
                perVillage[v, default: 0] += 1
            }
            let villages = order.sorted().map { "\(RecheckText.place($0, board)) \(perVillage[$0] ?? 0)" }
            lines += wrap(t("rcs.draw.villages", order.count), villages, sep: t("rcs.sep"), width: width)
            lines += wrap(t("rcs.draw.drawn"), preview.drawn.map { RecheckText.household($0, board) + "(" + $0.raw + ")" }, sep: t("rcs.sep"),
                          width: width)
        }
        if let problem { lines.append((t(problem), "error")) }
        for (text, style) in lines where y < lastLine {
            canvas.put(text, x: x0, y: y, style: style, maxWidth: width)
            y += 1
        }
        if lastLine > area.y + Field.allCases.count {
            canvas.put(t("rcs.draw.keys"), x: x0, y: lastLine, style: "muted", maxWidth: width)
        }
    }

    /// A label and items joined by `sep`, wrapped to `width` columns (items are never cut).
    private func wrap(_ label: String, _ items: [String], sep: String, width: Int) -> [(String, StyleName)] {
        var out: [(String, StyleName)] = []
        var line = label
        for (i, item) in items.enumerated() {
            let piece = (i == 0 ? "" : sep) + item
            if DisplayWidth.of(line) + DisplayWidth.of(piece) > width && line != label {
                out.append((line, "normal"))
                line = "  " + item
            } else {
                line += piece
            }
        }
        out.append((line, "normal"))
        return out
    }
}
