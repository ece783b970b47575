import VillageBoardCore

extension Store {
    /// `count` new task ids, unique across laptops: this laptop's device and the moment, then `-2`, `-3` … for the
    /// rest of a batch (and for a second add in the same millisecond), skipping any the board already holds.
    public func newTaskIDs(_ count: Int, at time: Timestamp) -> [TaskID] {
        let stem = "\(device.raw)-T\(time.millisecondsSinceEpoch)"
        var ids: [TaskID] = []
        var n = 1
        while ids.count < count {
            let id = TaskID(n == 1 ? stem : "\(stem)-\(n)")
            if board.task(id) == nil { ids.append(id) }
            n += 1
        }
        return ids
    }
}
