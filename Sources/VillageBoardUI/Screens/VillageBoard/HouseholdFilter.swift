import VillageBoardCore
import VillageBoardText

/// Which households a list shows.
public enum HouseholdFilter: Hashable, Sendable {
    case all
    case unresolved
    case monitored
    case notMet(ChecklistItem)

    /// The cycle the `f` key steps through.
    public static let cycle: [HouseholdFilter] = [.all, .unresolved, .monitored] + ChecklistItem.allCases.map { .notMet($0) }

    public var next: HouseholdFilter {
        let i = Self.cycle.firstIndex(of: self) ?? 0
        return Self.cycle[(i + 1) % Self.cycle.count]
    }

    public func accepts(_ h: Household) -> Bool {
        switch self {
        case .all: true
        case .unresolved: h.isUnresolved
        case .monitored: h.isMonitored
        case .notMet(let item): h.checklist[item].state == .notMet
        }
    }

    public func label(_ text: Catalog) -> String {
        switch self {
        case .all: text("filter.all")
        case .unresolved: text("filter.unresolved")
        case .monitored: text("filter.monitored")
        case .notMet(let item): text("filter.notMet", text.name(item))
        }
    }
}
