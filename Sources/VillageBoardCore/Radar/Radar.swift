/// The monitoring radar for a scope (issue 14): each kind of warning with its count, and each cadre's load. Read off a
/// `RadarIndex` (each household's and task's warnings judged once, summed per village, then kept current after saves),
/// so a province of 500,000 households opens it at key-press speed. The households or tasks behind each warning are
/// listed by a radar judged afresh (`init(board:scope:)`, for the command and tests); the program asks its kept index
/// for one warning's list when it is opened (`RadarIndex.positions(of:board:scope:)`).
public struct Radar: Equatable, Sendable {
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
    /// How many households or tasks of the scope have each warning, by `RadarWarning.rawValue`.
    private var counts: [Int]
    /// Positions (in `Board.households` or `Board.tasks`, by the warning's kind) behind each warning, board order; empty
    /// in a radar read off a kept index, which lists one warning only when asked.
    private var listed: [[Int]] = []
    /// One row per cadre met in the scope (responsible for a household, owning a task or visiting), by id.
    public private(set) var cadres: [CadreLoad]

    /// Households or tasks behind a warning: positions in `Board.households`, or in `Board.tasks` when
    /// `warning.isAboutTasks`. Only a radar judged afresh lists them (`init(board:scope:)`); one read off a kept index
    /// lists none (ask the index: `RadarIndex.positions(of:board:scope:)`).
    public func positions(_ warning: RadarWarning) -> [Int] {
        listed.indices.contains(warning.rawValue) ? listed[warning.rawValue] : []
    }

    public func count(_ warning: RadarWarning) -> Int { counts.indices.contains(warning.rawValue) ? counts[warning.rawValue] : 0 }

    /// Every warning in the scope, one per household or task per kind.
    public var total: Int { counts.reduce(0, +) }

    /// Looks at the board for a scope, judging every household and task afresh (a new `RadarIndex`), and lists what is
    /// behind each warning. The program keeps an index instead and reads each opening off it (`init(index:board:scope:)`).
    public init(board: Board, scope: DivisionCode?) {
        let index = RadarIndex(board: board)
        self = index.radar(board: board, scope: scope)
        listed = RadarWarning.allCases.map { index.positions(of: $0, board: board, scope: scope) }
    }

    /// The radar of a scope read off an index that is current for `board` (see `RadarIndex.refresh`): the counts and
    /// the cadres, no lists.
    public init(index: RadarIndex, board: Board, scope: DivisionCode?) {
        self = index.radar(board: board, scope: scope)
    }

    init(scope: DivisionCode?, today: Day, counts: [Int], cadres: [CadreLoad]) {
        self.scope = scope
        self.today = today
        self.counts = counts
        self.cadres = cadres
    }

    /// The same figures (scope, day, counts, cadres), whether or not either lists the positions behind them.
    public func sameFigures(as other: Radar) -> Bool {
        scope == other.scope && today == other.today && counts == other.counts && cadres == other.cadres
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
