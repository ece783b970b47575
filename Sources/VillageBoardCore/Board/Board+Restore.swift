extension Board {
    // Restoring puts back state that a snapshot recorded: it was reached by applying operations on
    // some laptop, so it is not re-checked or logged again. Only the store (and generators that
    // write snapshots) use these; every live change goes through `apply`.

    /// Puts back an org unit from a snapshot (parents first).
    public mutating func restore(_ unit: OrgUnit) { putUnit(unit) }

    /// Puts back a household from a snapshot.
    public mutating func restore(_ household: Household) { insertHousehold(household) }

    /// Puts back a task from a snapshot (after the households it refers to).
    public mutating func restore(_ task: WorkTask) { insertTask(task) }

    /// Puts back a user from a snapshot.
    public mutating func restore(_ user: User) { users[user.id] = user }

    /// Puts back the PIN policy from a snapshot.
    public mutating func restore(_ policy: PinPolicy) { pinPolicy = policy }

    /// Puts back a year's standard from a snapshot.
    public mutating func restore(_ standard: YearStandard) { standards[standard.year] = standard }

    /// Puts back an attachment record from a snapshot.
    public mutating func restore(_ attachment: Attachment) { insertAttachment(attachment) }

    /// Records that a laptop's operations up to `sequence` are already in the snapshot.
    public mutating func restoreSeen(_ device: DeviceID, sequence: Int) {
        seen[device] = max(seen[device] ?? 0, sequence)
    }

    /// Forgets the operation log (after its operations were written into a new snapshot).
    public mutating func clearLog() {
        log = []
        logByHousehold = [:]
        logByTask = [:]
    }

    /// Reserves room when the number of records to restore is known.
    public mutating func reserve(households: Int, tasks: Int) {
        self.households.reserveCapacity(households)
        householdIndex.reserveCapacity(households)
        self.tasks.reserveCapacity(tasks)
        taskIndex.reserveCapacity(tasks)
    }
}
