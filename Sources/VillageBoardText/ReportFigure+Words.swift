import VillageBoardCore

/// The words of the report's columns: `report.col.<figure>` for `village-board report`, with `.short` for the screen.
extension Catalog {
    /// The header of the unit column.
    public func unitHeader(short: Bool = false) -> String { short ? self("report.col.unit.short") : self("report.col.unit") }

    /// The long header (`village-board report`); an item's own column reads "吃未达标".
    public func header(_ figure: ReportFigure) -> String {
        if case .notMet(let item) = figure { return self("report.col.notMet", shortName(item)) }
        return self(ReportFigure.key(figure, short: false))
    }

    /// The short header (the reports screen); an item's own column is its short name (the screen adds its mark).
    public func shortHeader(_ figure: ReportFigure) -> String {
        if case .notMet(let item) = figure { return shortName(item) }
        return self(ReportFigure.key(figure, short: true))
    }
}

extension ReportFigure {
    /// The catalogue key of a figure's header, long or short; items' columns are worded from the item's name instead.
    static func key(_ figure: ReportFigure, short: Bool) -> TextKey {
        let key: TextKey = switch figure {
        case .households: "report.col.households"
        case .people: "report.col.people"
        case .householdsUnresolved: "report.col.householdsUnresolved"
        case .peopleUnresolved: "report.col.peopleUnresolved"
        case .householdsRegistered: "report.col.householdsRegistered"
        case .peopleRegistered: "report.col.peopleRegistered"
        case .householdsOut: "report.col.householdsOut"
        case .peopleOut: "report.col.peopleOut"
        case .householdsRemaining: "report.col.householdsRemaining"
        case .peopleRemaining: "report.col.peopleRemaining"
        case .householdsMonitored: "report.col.householdsMonitored"
        case .peopleMonitored: "report.col.peopleMonitored"
        case .incidence: "report.col.incidence"
        case .ruralPopulation: "report.col.ruralPopulation"
        case .villages: "report.col.villages"
        case .poorVillages: "report.col.poorVillages"
        case .itemsNotMet, .notMet: "report.col.itemsNotMet"
        case .tasksOpen: "report.col.tasksOpen"
        case .tasksDone: "report.col.tasksDone"
        case .tasksVerified: "report.col.tasksVerified"
        case .tasksOverdue: "report.col.tasksOverdue"
        case .villageTargetsNotMet: "report.col.villageTargetsNotMet"
        case .colour: "report.col.colour"
        }
        return short ? key.short : key
    }
}
