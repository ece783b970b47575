import VillageBoardCore

/// What a screen's cached rows were built from: when none of it moved, the board has not changed. When it moved
/// because operations were applied to the same board, `operations(since:)` names them, so a screen can update
/// only the rows they touched instead of rebuilding from the whole board.
struct BoardStamp: Hashable {
    let operations: Int
    let households: Int
    let tasks: Int
    let sequences: Int
    let today: Day
    /// The last operation of the board's log (nil when the log is empty): tells the same board moved on from another
    /// board whose log happens to be as long.
    let last: OperationID?

    init(_ board: Board) {
        operations = board.log.count
        sequences = board.seen.values.reduce(0, +)
        households = board.households.count
        tasks = board.tasks.count
        today = board.today
        last = board.log.last?.id
    }

    /// The operations applied to `board` since this stamp was taken, oldest first; nil when the rows must be built
    /// afresh: another board (its log does not extend the one stamped, as after compaction or opening another store),
    /// a new day (overdue counts follow the calendar), or more than `limit` operations (a rebuild is cheaper).
    func operations(since board: Board, limit: Int = 64) -> ArraySlice<Operation>? {
        let log = board.log
        guard board.today == today, log.count >= operations, log.count - operations <= limit else { return nil }
        if operations > 0 && log[operations - 1].id != last { return nil }
        // The households and tasks the new operations registered are all that is new (with an empty log stamped, this
        // is the only check that it is the same board).
        let new = log[operations...]
        var households = self.households, tasks = self.tasks
        for op in new {
            if case .registerHousehold = op.change { households += 1 }
            if case .addTask = op.change { tasks += 1 }
        }
        guard households == board.households.count, tasks == board.tasks.count else { return nil }
        return new
    }
}
