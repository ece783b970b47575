/// The article's kind of summary for a scope: one row for the scope and one per unit directly under it.
public struct ScopeReport: Hashable, Sendable {
    /// One line of the report: a unit and its roll-up.
    public struct Row: Hashable, Sendable {
        public var code: DivisionCode
        public var name: String
        public var level: OrgLevel
        public var rollup: Rollup
        public var colour: VillageColour
    }

    public var scope: Row
    /// Units directly under the scope (counties of a city, townships of a county, …), in code order.
    public var rows: [Row]
    /// The day the figures were taken (overdue is judged against it).
    public var asOf: Day
    public var standard: YearStandard?
    /// The scope's burn-down: its figures week by week over the history the board holds.
    public var burnDown: BurnDown

    /// The report for a unit; nil when the unit is not on the board.
    public init?(board: Board, scope code: DivisionCode) {
        guard let unit = board.unit(code) else { return nil }
        func row(_ u: OrgUnit) -> Row {
            Row(code: u.code, name: u.name, level: u.level, rollup: board.rollup(u.code), colour: board.colour(of: u.code))
        }
        scope = row(unit)
        rows = (board.children[code] ?? []).compactMap { board.unit($0) }.map(row)
        asOf = board.today
        standard = board.standard
        burnDown = board.burnDown(of: code)
    }
}
