import TerminalKit
import VillageBoardCore

/// Shown right after a login with an initial PIN (one an imported roster gave): the user sets their own PIN, typed
/// twice, before anything else. Every key is the screen's; Esc quits, since the board stays closed until then.
public struct NewPinScreen: Screen {
    /// Which field takes typed keys.
    public enum Focus: Hashable, Sendable { case first, again }

    public private(set) var focus: Focus = .first
    public private(set) var first = TextField()
    public private(set) var again = TextField()

    public init() {}

    public var takesGlobalKeys: Bool { false }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("newPin.title") }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        [KeyBinding([.enter], .open, "newPin.action.submit", hint: true),
         KeyBinding([.tab], .nextPane, "newPin.action.switch", hint: true),
         KeyBinding([.escape], .quit, "action.quit", hint: true)]
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        switch action {
        case .open: return submit(ctx)
        case .nextPane, .previousPane: focus = focus == .first ? .again : .first
        default: break
        }
        return .none
    }

    /// Digits go to the focused field; Esc (with both fields empty) and F1 fall through to the bindings.
    public mutating func input(_ key: Key, _ ctx: ScreenContext) -> Outcome? {
        switch key {
        case .escape:
            if !first.text.isEmpty || !again.text.isEmpty { self = NewPinScreen(); return Outcome.none }
            return nil
        case .function(1), .resize, .signal: return nil
        case .tab, .backTab, .up, .down: return update(.nextPane, ctx)
        case .enter:
            if focus == .first { focus = .again; return Outcome.none }
            return submit(ctx)
        default:
            if focus == .first { _ = first.handle(key) } else { _ = again.handle(key) }
            return Outcome.none
        }
    }

    /// The same PIN twice goes to the world, which judges it (length for the role, not trivial) and saves it.
    mutating func submit(_ ctx: ScreenContext) -> Outcome {
        let typed = first.text, repeated = again.text
        self = NewPinScreen()
        guard !typed.isEmpty else { return .message(StatusMessage(ctx.text("login.pinRequired"), isError: true)) }
        guard typed == repeated else { return .message(StatusMessage(ctx.text("newPin.differ"), isError: true)) }
        return .effects([.setOwnPin(typed)])
    }

    /// Once the new PIN is on the board the user is in.
    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        if case .saved(.setPin(let id, _, _)) = message, id == ctx.user?.id {
            return .all([.pop, .message(StatusMessage(ctx.text("newPin.done")))])
        }
        return .none
    }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let t = ctx.text
        let x = area.x + 2, width = max(0, area.width - 4)
        var y = area.y + 1
        canvas.put(DisplayWidth.truncate(t("newPin.heading", ctx.user?.name ?? ""), to: width), x: x, y: y, style: "title", maxWidth: width)
        y += 1
        canvas.put(DisplayWidth.truncate(t("newPin.why"), to: width), x: x, y: y, style: "muted", maxWidth: width)
        y += 2
        for (label, field, focused) in [(t("newPin.first"), first, focus == .first), (t("newPin.again"), again, focus == .again)] {
            let used = canvas.put(label + " ", x: x, y: y, style: focused ? "focus" : "normal")
            // "*" in every glyph set, as on the login screen.
            TextField(String(repeating: "*", count: field.characters.count))
                .render(into: &canvas, x: x + used, y: y, width: min(14, max(0, width - used)), style: "normal", focused: focused)
            y += 1
        }
    }
}
