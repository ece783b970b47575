import VillageBoardCore

/// A question in the status area that takes one line of text (a search, a reason, a note).
public struct Prompt {
    public var label: String
    public var field: TextField
    /// Whether an empty answer is refused (reasons must be given).
    public var required: Bool
    /// What to do with the answer.
    public var submit: (String) -> Outcome

    public init(label: String, initial: String = "", required: Bool = false, submit: @escaping (String) -> Outcome) {
        self.label = label
        self.field = TextField(initial)
        self.required = required
        self.submit = submit
    }
}
