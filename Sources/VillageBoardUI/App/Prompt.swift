import VillageBoardCore

/// A question in the status area that takes one line of text (a search, a reason, a note).
public struct Prompt {
    public var label: String
    public var field: TextField
    /// Whether an empty answer is refused (reasons must be given).
    public var required: Bool
    /// What is asked: the answer goes back to the screen with it.
    public var question: Question

    public init(label: String, initial: String = "", required: Bool = false, question: Question) {
        self.label = label
        self.field = TextField(initial)
        self.required = required
        self.question = question
    }
}
