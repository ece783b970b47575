/// What an open task's edit may change (`Change.editTask`): its title, owner and due date, kept together so history
/// shows each old → new.
public struct TaskTerms: Hashable, Sendable {
    public var title: String
    public var owner: UserID
    public var due: Day

    public init(title: String, owner: UserID, due: Day) {
        self.title = title
        self.owner = owner
        self.due = due
    }
}

extension WorkTask {
    /// The task's terms as an edit sees them.
    public var terms: TaskTerms { TaskTerms(title: title, owner: owner, due: due) }
}
