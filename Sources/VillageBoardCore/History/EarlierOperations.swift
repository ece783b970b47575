/// The operations a board no longer holds in its log: those folded into the snapshot at the last compaction, which
/// the journals still keep. Whoever keeps them (the store) reads them when a history is asked for, so the history of
/// a household or a task, and the log, reach back past a compaction.
public protocol EarlierOperations: AnyObject {
    /// The earlier operations about a household (registering it, its checks, members, visits…), oldest first.
    func about(household id: HouseholdID) -> [Operation]
    /// The earlier operations about a task, oldest first.
    func about(task id: TaskID) -> [Operation]
    /// Every earlier operation, in the merge order (by time, then laptop, each laptop's own order kept).
    func all() -> [Operation]
}
