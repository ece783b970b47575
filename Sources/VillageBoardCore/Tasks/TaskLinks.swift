/// The open tasks linked to what they work toward: a household's checklist item, a village's target. When that
/// becomes met, the screens offer to mark these done.
extension Board {
    /// Household `id`'s open tasks linked to `item`, in board order.
    public func openTasks(of id: HouseholdID, linkedTo item: ChecklistItem) -> [WorkTask] {
        taskIndices(forHousehold: id).map { tasks[$0] }.filter { $0.state == .open && $0.item == item }
    }

    /// Village `code`'s open village tasks linked to `target`, in board order.
    public func openTasks(in code: DivisionCode, linkedTo target: VillageTargetKind) -> [WorkTask] {
        taskIndices(inVillage: code).map { tasks[$0] }.filter {
            $0.state == .open && $0.target == target && $0.subject == .village(code)
        }
    }
}
