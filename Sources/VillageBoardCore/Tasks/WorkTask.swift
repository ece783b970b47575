/// A task (任务) on the board: for one household or one village, with an owner, a due date and a state.
public struct WorkTask: Hashable, Sendable {
    public var id: TaskID
    public var subject: TaskSubject
    public var title: String
    public var owner: UserID
    public var due: Day
    public var state: TaskState
    public var createdBy: UserID
    public var createdOn: Day
    /// Who marked it done, when, and what they said.
    public var doneBy: UserID?
    public var doneOn: Day?
    public var doneNote: String
    /// Who verified it (struck it off, 销号) and when.
    public var verifiedBy: UserID?
    public var verifiedOn: Day?
    /// What the verifier noted when striking it off (empty when nothing was said).
    public var verifyNote = ""
    /// The reason it was last sent back or reopened; empty if never.
    public var returnReason: String
    public var returnedBy: UserID?
    /// How many times a supervisor has sent it back (the radar watches tasks sent back twice or more); kept on the
    /// task because the log only reaches back to the last snapshot.
    public var sendBacks: Int
    /// Whether that return reopened a verified task (true) or sent back one awaiting verification (false), so the
    /// screens name it as what it was.
    public var reopened = false
    /// The checklist item a household task works toward (危房改造 → 住房): when it becomes met, the household screen
    /// offers to mark the task done. Nil for a task with no such item.
    public var item: ChecklistItem?
    /// The village target a village task works toward (硬化路, 卫生室, …): shown under the target on the village pane,
    /// and offered to be marked done when the target is set met.
    public var target: VillageTargetKind?

    public init(id: TaskID, subject: TaskSubject, title: String, owner: UserID, due: Day, state: TaskState = .open,
                createdBy: UserID, createdOn: Day, doneBy: UserID? = nil, doneOn: Day? = nil, doneNote: String = "",
                verifiedBy: UserID? = nil, verifiedOn: Day? = nil, returnReason: String = "", returnedBy: UserID? = nil, sendBacks: Int = 0) {
        self.id = id
        self.subject = subject
        self.title = title
        self.owner = owner
        self.due = due
        self.state = state
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.doneBy = doneBy
        self.doneOn = doneOn
        self.doneNote = doneNote
        self.verifiedBy = verifiedBy
        self.verifiedOn = verifiedOn
        self.returnReason = returnReason
        self.returnedBy = returnedBy
        self.sendBacks = sendBacks
    }

    /// Open past its due date (done-and-waiting tasks are the verifier's to chase, not overdue).
    public func isOverdue(on today: Day) -> Bool { state == .open && due < today }
}

/// What a task is about.
public enum TaskSubject: Hashable, Sendable {
    case household(HouseholdID)
    case village(DivisionCode)
}

/// open → done → verified, or back to open with a reason.
public enum TaskState: String, CaseIterable, Hashable, Sendable {
    case open, done, verified
}

/// A task's identity, stable across laptops.
public struct TaskID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var raw: String
    public init(_ raw: String) { self.raw = raw }
    public var description: String { raw }
    public static func < (a: TaskID, b: TaskID) -> Bool { a.raw < b.raw }
}
