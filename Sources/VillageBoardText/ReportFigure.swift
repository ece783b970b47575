import VillageBoardCore

/// One figure of the scope report: its machine name (CSV, JSON, .xlsx), its words (long for `village-board report`,
/// short for the reports screen) and how it is read from a row. The one definition of the report's columns.
public enum ReportFigure: Hashable, Sendable {
    case householdsRegistered, peopleRegistered, householdsOut, peopleOut, householdsRemaining, peopleRemaining
    /// Every household on the board, registered or not (what a village board's 全部 counts), and unresolved ones
    /// (remaining plus monitored at risk: what keeps a unit red).
    case households, people, householdsUnresolved, peopleUnresolved
    case householdsMonitored, peopleMonitored, incidence, ruralPopulation, villages, poorVillages
    case itemsNotMet, notMet(ChecklistItem)
    case tasksOpen, tasksDone, tasksVerified, tasksOverdue
    /// Village-level gaps (road, clinic, water, …) beside the households': targets not met in the unit's villages.
    case villageTargetsNotMet
    case colour

    /// The exports' columns, in order, after `code`, `name` and `level` (docs/STORE.md lists them).
    public static let exported: [ReportFigure] =
        [.householdsRegistered, .peopleRegistered, .householdsOut, .peopleOut, .householdsRemaining, .peopleRemaining,
         .householdsUnresolved, .peopleUnresolved, .households, .people, .householdsMonitored, .peopleMonitored, .incidence,
         .ruralPopulation, .villages, .poorVillages]
        + ChecklistItem.allCases.map { .notMet($0) } + [.tasksOpen, .tasksDone, .tasksVerified, .tasksOverdue, .villageTargetsNotMet, .colour]

    /// The columns of `village-board report`'s text table, after the unit.
    public static let printed: [ReportFigure] =
        [.householdsRegistered, .peopleRegistered, .householdsOut, .peopleOut, .householdsRemaining, .peopleRemaining,
         .incidence, .householdsMonitored, .householdsUnresolved, .peopleUnresolved, .households, .people]
        + ChecklistItem.allCases.map { .notMet($0) } + [.tasksOpen, .tasksDone, .tasksVerified, .tasksOverdue, .villageTargetsNotMet]

    /// The stable machine-readable column name.
    public var column: String {
        switch self {
        case .households: "households_all"
        case .people: "people_all"
        case .householdsUnresolved: "households_unresolved"
        case .peopleUnresolved: "people_unresolved"
        case .householdsRegistered: "households_registered"
        case .peopleRegistered: "people_registered"
        case .householdsOut: "households_out"
        case .peopleOut: "people_out"
        case .householdsRemaining: "households_remaining"
        case .peopleRemaining: "people_remaining"
        case .householdsMonitored: "households_monitored"
        case .peopleMonitored: "people_monitored"
        case .incidence: "incidence_percent"
        case .ruralPopulation: "rural_population"
        case .villages: "villages"
        case .poorVillages: "poor_villages"
        case .itemsNotMet: "items_not_met"
        case .notMet(let item): "not_met_\(item.key)"
        case .tasksOpen: "tasks_open"
        case .tasksDone: "tasks_done_awaiting_verification"
        case .tasksVerified: "tasks_verified"
        case .tasksOverdue: "tasks_overdue"
        case .villageTargetsNotMet: "village_targets_not_met"
        case .colour: "colour"
        }
    }

    /// The figure as a count; nil for the incidence (a fraction) and the colour.
    public func count(_ r: Rollup) -> Int? {
        switch self {
        case .households: r.households
        case .people: r.people
        case .householdsUnresolved: r.householdsUnresolved
        case .peopleUnresolved: r.peopleUnresolved
        case .householdsRegistered: r.householdsRegistered
        case .peopleRegistered: r.peopleRegistered
        case .householdsOut: r.householdsOut
        case .peopleOut: r.peopleOut
        case .householdsRemaining: r.householdsRemaining
        case .peopleRemaining: r.peopleRemaining
        case .householdsMonitored: r.householdsMonitored
        case .peopleMonitored: r.peopleMonitored
        case .ruralPopulation: r.ruralPopulation
        case .villages: r.villages
        case .poorVillages: r.poorVillages
        case .itemsNotMet: r.itemsNotMet
        case .notMet(let item): r.notMet[item]
        case .tasksOpen: r.tasksOpen
        case .tasksDone: r.tasksDone
        case .tasksVerified: r.tasksVerified
        case .tasksOverdue: r.tasksOverdue
        case .villageTargetsNotMet: r.villageTargetsNotMet
        case .incidence, .colour: nil
        }
    }

    /// The value in an export: counts as digits, the incidence as a percentage without the sign (empty when there is
    /// no rural population), the colour by its key.
    public func exportValue(_ row: ScopeReport.Row) -> String {
        switch self {
        case .incidence: row.rollup.incidence.map(ReportFigure.percent) ?? ""
        case .colour: row.colour.rawValue
        default: count(row.rollup).map(String.init) ?? ""
        }
    }

    /// The value in a table people read: the incidence with its sign, "—" when there is none.
    public func cell(_ row: ScopeReport.Row) -> String { cell(row.rollup) ?? row.colour.rawValue }

    /// The value of a figure read from a roll-up alone; nil for the colour (a row's, not a roll-up's).
    public func cell(_ r: Rollup) -> String? {
        switch self {
        case .incidence: r.incidence.map { ReportFigure.percent($0) + "%" } ?? "—"
        case .colour: nil
        default: count(r).map(String.init)
        }
    }

    /// A fraction as a percentage with two decimals, e.g. `0.28`.
    public static func percent(_ fraction: Double) -> String {
        let hundredths = Int((fraction * 10_000).rounded())
        let whole = hundredths / 100, part = hundredths % 100
        return "\(whole).\(part < 10 ? "0" : "")\(part)"
    }
}
