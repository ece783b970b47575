/// One cadre's row on the radar: what they carry in the scope and how much of it is slipping.
public struct CadreLoad: Hashable, Sendable {
    public var cadre: UserID
    /// Households in the scope they are responsible for (包保).
    public var households = 0
    /// Visits they recorded in the scope in the last `Radar.recentDays` days, today included.
    public var recentVisits = 0
    /// Open tasks they own that are past due.
    public var overdueTasks = 0
    /// Warnings on their households and on the tasks they own.
    public var warnings = 0

    public init(cadre: UserID) { self.cadre = cadre }

    /// The columns the per-cadre table sorts by.
    public enum Column: Int, CaseIterable, Hashable, Sendable {
        case cadre, households, recentVisits, overdueTasks, warnings
    }

    /// The row's figure in a column (the cadre column has none).
    public func figure(_ column: Column) -> Int {
        switch column {
        case .cadre: 0
        case .households: households
        case .recentVisits: recentVisits
        case .overdueTasks: overdueTasks
        case .warnings: warnings
        }
    }
}
