import TerminalKit
import VillageBoardCore

/// One screen: its own state, the keys it binds, how it answers an action, and how it draws.
public protocol Screen {
    /// The breadcrumb piece for this screen (e.g. a village's name).
    func title(_ ctx: ScreenContext) -> String
    /// The keys this screen binds, in the order the hint bar and help show them.
    func bindings(_ ctx: ScreenContext) -> [KeyBinding]
    /// Answers an action; pure apart from the returned outcome.
    mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome
    /// Draws into `area` of the canvas.
    func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect)
    /// Typed text and editing keys for a focused field; nil when the screen does not take text now.
    mutating func input(_ key: Key, _ ctx: ScreenContext) -> Outcome?
    /// The rows a `/` filter can match, for `n`/`N`: nil when the screen has no list.
    mutating func search(_ query: String, _ ctx: ScreenContext) -> Outcome?
    /// An answer to the screen's prompt, or what became of a change it asked to save (see `ScreenMessage`).
    mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome
    /// Called after a saved change so the screen can refresh its cached rows.
    mutating func boardChanged(_ ctx: ScreenContext)
    /// Called when the space the screen draws in changes (and before the first key), so paging and
    /// scrolling can use the real height.
    mutating func layout(for size: Size, _ ctx: ScreenContext)
    /// Whether the global keys (number keys, `:`, `/`, `u`, `q` …) work on this screen; false for the login screen.
    var takesGlobalKeys: Bool { get }
    /// Whether `/` finds something here (its `search` answers), so the hint bar offers it only where it works.
    var canSearch: Bool { get }
    /// Whether the screen holds typed work not yet saved (an open form), so Ctrl-C asks before dropping it.
    var hasDraft: Bool { get }
}

extension Screen {
    public mutating func input(_ key: Key, _ ctx: ScreenContext) -> Outcome? { nil }
    public mutating func search(_ query: String, _ ctx: ScreenContext) -> Outcome? { nil }
    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome { .none }
    public mutating func boardChanged(_ ctx: ScreenContext) {}
    public mutating func layout(for size: Size, _ ctx: ScreenContext) {}
    public var takesGlobalKeys: Bool { true }
    public var hasDraft: Bool { false }
    public var canSearch: Bool { false }
}

/// What happened when a screen handled an action.
public enum Outcome {
    case none
    /// Go into another screen (Esc comes back).
    case push(any Screen)
    /// Come back from this screen.
    case pop
    /// Replace this screen (switching between top-level views).
    case replace(any Screen)
    /// Ask the world to do something.
    case effects([Effect])
    /// Tell the user something in the status line.
    case message(StatusMessage)
    /// Ask for one line of text in the status area.
    case prompt(Prompt)
    /// Several of the above, in order.
    indirect case all([Outcome])
}

/// A line for the status bar: text and whether it is an error.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
