/// Tasks created in one go from a measure: one for every unresolved household of a scope whose item is not met
/// (the households the unresolved list shows for that place and item), each owned by the household's responsible
/// cadre, or by the author where nobody is assigned.
public struct TaskBatch: Hashable, Sendable {
    public var title: String
    public var scope: DivisionCode
    public var item: ChecklistItem
    public var due: Day
    /// The households the tasks are for, in the unresolved list's order (village by village, by registration).
    public var households: [HouseholdID]
    /// Each household's owner, in the same order.
    public var owners: [UserID]

    /// The batch `author` would create now: the households are found on `board` as it is.
    public init(title: String, scope: DivisionCode, item: ChecklistItem, due: Day, board: Board, author: UserID) {
        self.title = title
        self.scope = scope
        self.item = item
        self.due = due
        var households: [HouseholdID] = [], owners: [UserID] = []
        for i in board.unresolvedHouseholds(under: scope, notMeeting: item) {
            households.append(board.households[i].id)
            owners.append(board.households[i].cadre ?? author)
        }
        self.households = households
        self.owners = owners
    }

    public var count: Int { households.count }

    /// The `addTask` changes for the batch, with the ids given (one per household, e.g. from `Store.newTaskIDs`).
    public func changes(ids: [TaskID], author: UserID, on day: Day) -> [Change] {
        zip(ids, zip(households, owners)).map { id, pair in
            var task = WorkTask(id: id, subject: .household(pair.0), title: title, owner: pair.1, due: due,
                                createdBy: author, createdOn: day)
            // Linked to the item the batch was made for: when it becomes met, the screen offers to mark the task done.
            task.item = item
            return .addTask(task)
        }
    }
}

extension Board {
    /// Positions of the unresolved households at or under `scope` whose `item` is not met, in village order: the
    /// rows the unresolved list shows with that place and item as its filters.
    public func unresolvedHouseholds(under scope: DivisionCode, notMeeting item: ChecklistItem) -> [Int] {
        var out: [Int] = []
        for village in villages(under: scope) {
            for i in householdsByVillage[village] ?? [] where householdMarks[i].isUnresolved
                && households[i].checklist[item].state == .notMet {
                out.append(i)
            }
        }
        return out
    }
}
