import TerminalKit
import VillageBoardText

/// One row of a screen's key table: the keys, the action, its description, whether the hint bar shows it,
/// and why it is unavailable right now (nil when available). The hint bar, `?`, `:` and docs/KEYS.md all read it.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
    /// Text key of the description, e.g. "action.markTaskDone".
    public var help: TextKey
    public var showInHints: Bool
    /// Why the action cannot be used now, as a text key; nil when it can.
    public var disabledReason: TextKey?

    public init(_ keys: [Key], _ action: Action, _ help: TextKey, hint: Bool = false, disabled: TextKey? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.showInHints = hint
        self.disabledReason = disabled
    }
}
