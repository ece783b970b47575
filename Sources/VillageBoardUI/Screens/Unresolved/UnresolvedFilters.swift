import VillageBoardCore
import VillageBoardText

/// Which unresolved households the list shows: each filter narrows it; nil or false means "any".
public struct UnresolvedFilters: Hashable, Sendable {
    public var county: DivisionCode?
    public var township: DivisionCode?
    public var village: DivisionCode?
    public var cause: PovertyCause?
    /// Only households with this item not met.
    public var item: ChecklistItem?
    public var cadre: CadreChoice?
    /// Only households with a task past its due date.
    public var overdueOnly = false
    /// Only monitored households (监测对象) whose risk is present.
    public var monitoredOnly = false
    /// Only households not visited for this many days (never visited included), judged on `notVisitedOn`.
    public var notVisitedFor: Int?
    var notVisitedOn: Day?

    public init() {}

    public var isEmpty: Bool { self == UnresolvedFilters() }

    func accepts(_ row: UnresolvedRow) -> Bool {
        if let village, row.village != village { return false }
        if let township, row.township != township { return false }
        if let county, row.county != county { return false }
        if let cause, row.cause != cause { return false }
        if let item, !row.lacks(item) { return false }
        if let cadre {
            switch cadre {
            case .unassigned: if row.cadre != nil { return false }
            case .cadre(let id): if row.cadre != id { return false }
            }
        }
        if overdueOnly && row.overdueTasks == 0 { return false }
        if monitoredOnly && !row.monitored { return false }
        if let days = notVisitedFor, let today = notVisitedOn, let last = row.lastVisit, last.days(until: today) < days {
            return false
        }
        return true
    }

    /// These filters without the one a menu chooses (so the menu counts what choosing would show).
    func without(_ slot: FilterSlot) -> UnresolvedFilters {
        var f = self
        switch slot {
        case .county: f.county = nil; f.township = nil; f.village = nil
        case .township: f.township = nil; f.village = nil
        case .village: f.village = nil
        case .cause: f.cause = nil
        case .item: f.item = nil
        case .cadre: f.cadre = nil
        }
        return f
    }

    /// Sets one filter from a menu; choosing a place drops the narrower places that lie outside it, and
    /// clearing a place clears the narrower ones too.
    mutating func set(_ slot: FilterSlot, _ choice: FilterChoice, board: Board) {
        switch (slot, choice) {
        case (.county, .unit(let c)):
            county = c
            if let t = township, !board.isInside(t, scope: c) { township = nil }
            if let v = village, !board.isInside(v, scope: c) { village = nil }
        case (.township, .unit(let c)):
            township = c
            if let v = village, !board.isInside(v, scope: c) { village = nil }
        case (.village, .unit(let c)): village = c
        case (.cause, .cause(let c)): cause = c
        case (.item, .item(let i)): item = i
        case (.cadre, .cadre(let c)): cadre = c
        case (_, .any): self = without(slot)
        default: break
        }
    }

    /// The active filters as short labels, in the order of the keys.
    func labels(_ ctx: ScreenContext) -> [String] {
        let t = ctx.text
        let board = ctx.board
        var out: [String] = []
        for code in [county, township, village].compactMap({ $0 }) { out.append(board.unit(code)?.name ?? code.description) }
        if let cause { out.append(t.name(cause)) }
        if let item { out.append(t("filter.notMet", t.name(item))) }
        if let cadre {
            switch cadre {
            case .unassigned: out.append(t("unresolved.cadre.unassigned"))
            case .cadre(let id): out.append(t("unresolved.filter.cadre", board.user(id)?.name ?? id.raw))
            }
        }
        if overdueOnly { out.append(t("unresolved.filter.overdue")) }
        if monitoredOnly { out.append(t("unresolved.filter.monitored")) }
        if let notVisitedFor { out.append(t("visits.filter.notVisited", notVisitedFor)) }
        return out
    }
}

/// A household's responsible cadre as a filter: a named cadre, or nobody assigned.
public enum CadreChoice: Hashable, Sendable {
    case unassigned
    case cadre(UserID)
}

/// The filters a menu chooses.
public enum FilterSlot: Hashable, Sendable {
    case county, township, village, cause, item, cadre

    /// The catalogue key of the slot's menu title.
    var title: TextKey {
        switch self {
        case .county: "unresolved.menu.county"
        case .township: "unresolved.menu.township"
        case .village: "unresolved.menu.village"
        case .cause: "unresolved.menu.cause"
        case .item: "unresolved.menu.item"
        case .cadre: "unresolved.menu.cadre"
        }
    }
}

/// One value a filter menu offers; `.any` clears that filter.
public enum FilterChoice: Hashable, Sendable {
    case any
    case unit(DivisionCode)
    case cause(PovertyCause)
    case item(ChecklistItem)
    case cadre(CadreChoice)
    /// A task state, on the task board's state chooser.
    case taskState(TaskState)
}
