extension Board {
    /// The files attached to one thing, in the order attached.
    public func attachments(of target: EvidenceTarget) -> [Attachment] {
        (attachmentsByTarget[target] ?? []).map { attachments[$0] }
    }

    /// Every file attached to a household: to its checklist marks and visits, then to its tasks.
    public func attachments(ofHousehold id: HouseholdID) -> [Attachment] {
        var out = (attachmentsByHousehold[id] ?? []).map { attachments[$0] }
        for i in taskIndices(forHousehold: id) { out += attachments(of: .task(tasks[i].id)) }
        return out
    }

    /// How many files are attached to a task.
    public func attachmentCount(ofTask id: TaskID) -> Int { attachmentsByTarget[.task(id)]?.count ?? 0 }

    /// The household an attachment's target lies in (a task's through the task), if any.
    public func household(of target: EvidenceTarget) -> HouseholdID? {
        switch target {
        case .check(let id, _), .visit(let id, _): id
        case .task(let id):
            if case .household(let h)? = task(id)?.subject { h } else { nil }
        }
    }
}
