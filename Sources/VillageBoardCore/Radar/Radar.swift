/// The monitoring radar for a scope (issue 14): each kind of warning with the households or tasks behind it, and
/// each cadre's load. Computed in one pass over the scope's households and one over its tasks, from the board's
/// per-village indexes, so a province of 500,000 households opens it at key-press speed.
public struct Radar: Sendable {
    /// Days after identification by which a household on the chart should have a measure or an open task.
    public static let measureDays = 30
    /// Days past due after which an open task is a warning (any overdue task is counted per cadre).
    public static let overdueDays = 30
    /// The window of "recent" visits in the per-cadre table.
    public static let recentDays = 30

    /// The unit looked at (nil: the whole board).
    public let scope: DivisionCode?
    /// The day the warnings are judged on.
    public let today: Day
    /// Positions (in `Board.households` or `Board.tasks`, by the warning's kind) behind each warning, board order.
    private var positions: [[Int]]
    /// One row per cadre met in the scope (responsible for a household, owning a task or visiting), by id.
    public private(set) var cadres: [CadreLoad]

    /// Households or tasks behind a warning: positions in `Board.households`, or in `Board.tasks` when
    /// `warning.isAboutTasks`.
    public func positions(_ warning: RadarWarning) -> [Int] { positions[warning.rawValue] }

    public func count(_ warning: RadarWarning) -> Int { positions[warning.rawValue].count }

    /// Every warning in the scope, one per household or task per kind.
    public var total: Int { positions.reduce(0) { $0 + $1.count } }

    /// Looks at the board for a scope.
    public init(board: Board, scope: DivisionCode?) {
        let today = board.today
        var found = Array(repeating: [Int](), count: RadarWarning.allCases.count)
        var loads: [UserID: CadreLoad] = [:]
        let standard = board.standard
        let households = scope.map { board.householdIndices(under: $0) }
        let tasks = scope.map { board.taskIndices(under: $0) }
        for i in households ?? Array(board.households.indices) {
            let warnings = Self.warnings(ofHousehold: i, board, standard: standard)
            for w in warnings { found[w.rawValue].append(i) }
            let h = board.households[i]
            if let cadre = h.cadre {
                loads[cadre, default: CadreLoad(cadre: cadre)].households += 1
                loads[cadre, default: CadreLoad(cadre: cadre)].warnings += warnings.count
            }
            for v in h.visits where !v.voided && v.day <= today && v.day.days(until: today) < Self.recentDays {
                loads[v.by, default: CadreLoad(cadre: v.by)].recentVisits += 1
            }
        }
        for i in tasks ?? Array(board.tasks.indices) {
            let t = board.tasks[i]
            let warnings = Self.warnings(ofTask: t, today: today, board: board)
            for w in warnings { found[w.rawValue].append(i) }
            let overdue = t.isOverdue(on: today)
            if overdue || !warnings.isEmpty {
                if overdue { loads[t.owner, default: CadreLoad(cadre: t.owner)].overdueTasks += 1 }
                loads[t.owner, default: CadreLoad(cadre: t.owner)].warnings += warnings.count
            }
        }
        if households != nil {
            // The per-village indexes give villages in code order: list positions in board order, as for the board.
            for w in RadarWarning.allCases { found[w.rawValue].sort() }
        }
        self.scope = scope
        self.today = today
        positions = found
        cadres = loads.values.sorted { $0.cadre < $1.cadre }
    }

    /// The household warnings that hold for one household.
    static func warnings(ofHousehold i: Int, _ board: Board, standard: YearStandard?) -> [RadarWarning] {
        let h = board.households[i]
        let today = board.today
        var out: [RadarWarning] = []
        // Judged against the line of the year the income was earned in, as the exit gate judges it.
        if !h.isUnresolved, let line = (ExitRule.standard(for: h.income.year ?? board.year, in: board.standards) ?? standard)?.incomeLine,
           h.income.perCapita(people: h.size) < line {
            out.append(.incomeUnderLine)
        }
        if h.isUnresolved, let identified = h.identifiedOn, identified.days(until: today) > measureDays,
           h.plan.measures.isEmpty,
           !board.taskIndices(forHousehold: h.id).contains(where: { board.tasks[$0].state == .open }) {
            out.append(.noMeasure)
        }
        let interval = standard?.visitDays(for: h.mark) ?? (h.isUnresolved ? 30 : 90)
        // Any visit within the interval will do (a loop: `lastVisit` builds an array per household).
        // A voided visit (a correction said it was mistyped) is not a visit.
        if !h.visits.contains(where: { !$0.voided && $0.day.days(until: today) <= interval }) { out.append(.notVisited) }
        if ChecklistItem.allCases.contains(where: { h.checklist[$0].state == .met && h.checklist[$0].note.trimmedIsEmpty }) {
            out.append(.metWithoutEvidence)
        }
        if h.findings.contains(where: \.isOpen) { out.append(.departmentMismatch) }
        return out
    }

    /// The task warnings that hold for one task.
    static func warnings(ofTask t: WorkTask, today: Day, board: Board) -> [RadarWarning] {
        var out: [RadarWarning] = []
        if t.isOverdue(on: today) && t.due.days(until: today) > overdueDays { out.append(.longOverdue) }
        if t.sendBacks >= 2 && t.state != .verified { out.append(.sentBackTwice) }
        if t.state == .done && board.attachmentCount(ofTask: t.id) == 0 { out.append(.doneWithoutFiles) }
        return out
    }
}
