import VillageBoardCore
import VillageBoardText

/// Which tasks the task board shows in every pane: each filter narrows it; nil or false means "any". The state is
/// the pane itself (the state chooser switches panes), so it is not kept here.
public struct TaskFilters: Hashable, Sendable {
    public var village: DivisionCode?
    public var owner: UserID?
    /// Only open tasks past their due date.
    public var overdueOnly = false
    /// Only tasks due from today to the end of this week (Sunday), and those overdue are not among them.
    public var dueThisWeek = false

    public init() {}

    public var isEmpty: Bool { self == TaskFilters() }

    /// The last day of the week `today` lies in (weeks run Monday to Sunday; 1970-01-01 was a Thursday).
    static func endOfWeek(_ today: Day) -> Day {
        let weekday = Int((Int64(today.daysSinceEpoch) + 3) % 7 + 7) % 7
        return today.adding(days: 6 - weekday)
    }

    func accepts(_ task: borrowing WorkTask, village taskVillage: DivisionCode?, today: Day, weekEnd: Day) -> Bool {
        if let village, taskVillage != village { return false }
        if let owner, task.owner != owner { return false }
        if overdueOnly && !(task.state == .open && task.due < today) { return false }
        if dueThisWeek && (task.due < today || weekEnd < task.due) { return false }
        return true
    }

    /// These filters without the one a chooser sets (so the chooser counts what choosing would show).
    func without(_ slot: FilterSlot) -> TaskFilters {
        var f = self
        if slot == .village { f.village = nil }
        if slot == .cadre { f.owner = nil }
        return f
    }

    /// The active filters as short labels, in the order of the keys.
    func labels(_ ctx: ScreenContext) -> [String] {
        let t = ctx.text
        let board = ctx.board
        var out: [String] = []
        if let village { out.append(board.unit(village)?.name ?? village.description) }
        if let owner { out.append(t("taskflow.filter.owner", board.user(owner)?.name ?? owner.raw)) }
        if overdueOnly { out.append(t("taskflow.filter.overdue")) }
        if dueThisWeek { out.append(t("taskflow.filter.week")) }
        return out
    }
}
