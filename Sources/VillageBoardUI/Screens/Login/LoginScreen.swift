import TerminalKit
import VillageBoardCore

/// The first screen: choose your user (the one last used on this laptop is offered first; typing filters the list)
/// and type your PIN, shown masked. Enter asks the world to check it (`Effect.login`); the PIN itself is never kept
/// after that. Every key is the screen's own until the user is in: the number keys, `:` and `/` do nothing here.
public struct LoginScreen: Screen {
    /// Which field takes typed keys.
    public enum Focus: Hashable, Sendable { case user, pin }

    public private(set) var focus: Focus
    /// What has been typed to filter the users.
    public private(set) var filter = TextField()
    public private(set) var pin = TextField()
    /// Active users matching the filter, in id order.
    public private(set) var shown: [UserID] = []
    var cursor = ListCursor()
    var size = Size(width: 80, height: 21)
    /// Says the demo PIN on the screen (for demo and training stores, whose users all have it).
    public var demoHint: String?

    /// `preselected` is `--as` or the user last logged in on this laptop: it is selected, but focus stays on the
    /// list, so a name typed first filters the users instead of landing in the PIN.
    public init(ctx: ScreenContext, preselected: UserID? = nil, demoHint: String? = nil) {
        self.demoHint = demoHint
        focus = .user
        refilter(ctx)
        if let preselected, let i = shown.firstIndex(of: preselected) { cursor.select(i) }
    }

    /// The user the list's selection is on.
    public var selectedUser: UserID? { shown.indices.contains(cursor.selected) ? shown[cursor.selected] : nil }

    public var takesGlobalKeys: Bool { false }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("login.title") }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        [KeyBinding([.enter], .open, "login.action.submit", hint: true,
                    disabled: selectedUser == nil ? "login.noUser" : nil),
         KeyBinding([.tab], .nextPane, "login.action.switch", hint: true),
         KeyBinding([.up, .down], .down, "login.action.choose", hint: true),
         KeyBinding([.escape], .quit, "action.quit", hint: true)]
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        switch action {
        case .open: return submit(ctx)
        case .nextPane, .previousPane: focus = focus == .user ? .pin : .user
        case .up, .down, .pageUp, .pageDown, .top, .bottom: _ = cursor.handle(action, page: max(1, listRows))
        default: break
        }
        return .none
    }

    /// Takes every key but Esc (which quits) and F1 (help): typing goes to the focused field.
    public mutating func input(_ key: Key, _ ctx: ScreenContext) -> Outcome? {
        switch key {
        case .escape:
            if focus == .pin && !pin.text.isEmpty { pin = TextField(); return Outcome.none }
            if focus == .user && !filter.text.isEmpty { filter = TextField(); refilter(ctx); return Outcome.none }
            return nil
        case .function(1), .resize, .signal: return nil
        case .tab, .backTab: return update(.nextPane, ctx)
        case .up: return update(.up, ctx)
        case .down: return update(.down, ctx)
        case .pageUp: return update(.pageUp, ctx)
        case .pageDown: return update(.pageDown, ctx)
        case .enter:
            if focus == .user {
                guard selectedUser != nil else { return .message(StatusMessage(ctx.text("login.noUser"), isError: true)) }
                focus = .pin
                return Outcome.none
            }
            return submit(ctx)
        default:
            switch focus {
            case .user:
                if filter.handle(key) == .edited { refilter(ctx) }
            case .pin:
                _ = pin.handle(key)
            }
            return Outcome.none
        }
    }

    /// Hands the user and PIN to the world and forgets the PIN.
    mutating func submit(_ ctx: ScreenContext) -> Outcome {
        guard let id = selectedUser else { return .message(StatusMessage(ctx.text("login.noUser"), isError: true)) }
        let typed = pin.text
        pin = TextField()
        guard !typed.isEmpty else {
            focus = .pin
            return .message(StatusMessage(ctx.text("login.pinRequired"), isError: true))
        }
        return .effects([.login(id, pin: typed)])
    }

    /// Keeps the selected user selected while they still match, so clearing the filter does not jump to the first.
    mutating func refilter(_ ctx: ScreenContext) {
        let kept = selectedUser
        let query = filter.text.lowercased()
        shown = ctx.board.users.values
            .filter { !$0.disabled }
            .filter { query.isEmpty || $0.id.raw.lowercased().contains(query) || $0.name.lowercased().contains(query) }
            .map(\.id).sorted()
        cursor.setCount(shown.count)
        if let kept, let i = shown.firstIndex(of: kept) { cursor.select(i) }
    }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) { self.size = size }

    public mutating func boardChanged(_ ctx: ScreenContext) { refilter(ctx) }

    /// Rows of the user list.
    var listRows: Int { max(1, size.height - 8) }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let t = ctx.text
        let board = ctx.board
        let x = area.x + 2, width = max(0, area.width - 4)
        var y = area.y + 1
        canvas.put(DisplayWidth.truncate(t("login.heading"), to: width), x: x, y: y, style: "title", maxWidth: width)
        y += 2
        let userLabel = t("login.user") + " "
        let used = canvas.put(userLabel, x: x, y: y, style: focus == .user ? "focus" : "normal")
        filter.render(into: &canvas, x: x + used, y: y, width: min(30, max(0, width - used)), style: "normal",
                      focused: focus == .user)
        y += 1
        let rows = listRows
        let window = cursor.window(rows: rows)
        for (line, i) in window.enumerated() {
            let id = shown[i]
            let user = board.user(id)
            let place = user.flatMap { board.unit($0.scope)?.name } ?? ""
            let role = user.map { t.name($0.role) } ?? ""
            let text = "\(id.raw)  \(user?.name ?? "")  \(role)  \(place)"
            let row = y + line
            if i == cursor.selected {
                canvas.fill(Rect(x: x, y: row, width: width, height: 1), style: "selection")
                canvas.put(ctx.glyphs.pointer + " " + text, x: x, y: row, style: "selection", maxWidth: width)
            } else {
                canvas.put("  " + text, x: x, y: row, style: "normal", maxWidth: width)
            }
        }
        if shown.isEmpty { canvas.put(DisplayWidth.truncate(t("login.noMatch"), to: width), x: x + 2, y: y, style: "muted", maxWidth: width) }
        y += rows + 1
        let pinLabel = t("login.pin") + " "
        let pinUsed = canvas.put(pinLabel, x: x, y: y, style: focus == .pin ? "focus" : "normal")
        // "*" in every glyph set: "•" is ambiguous-width and some Chinese fonts draw it two columns wide.
        let masked = TextField(String(repeating: "*", count: pin.characters.count))
        masked.render(into: &canvas, x: x + pinUsed, y: y, width: min(14, max(0, width - pinUsed)), style: "normal",
                      focused: focus == .pin)
        if let demoHint { canvas.put(demoHint, x: x, y: y + 1, style: "muted", maxWidth: width) }
    }
}
