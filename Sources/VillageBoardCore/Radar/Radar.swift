/// The monitoring radar for a scope (issue 14): each kind of warning with the households or tasks behind it, and
/// each cadre's load. Read off a `RadarIndex` (each household's and task's warnings judged once, then kept current
/// after saves), so a province of 500,000 households opens it at key-press speed.
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

    /// Looks at the board for a scope, judging every household and task afresh (a new `RadarIndex`). The program
    /// keeps an index instead and reads each opening off it (`init(index:board:scope:)`).
    public init(board: Board, scope: DivisionCode?) {
        self = RadarIndex(board: board).radar(board: board, scope: scope)
    }

    /// The radar of a scope read off an index that is current for `board` (see `RadarIndex.refresh`).
    public init(index: RadarIndex, board: Board, scope: DivisionCode?) {
        self = index.radar(board: board, scope: scope)
    }

    init(scope: DivisionCode?, today: Day, positions: [[Int]], cadres: [CadreLoad]) {
        self.scope = scope
        self.today = today
        self.positions = positions
        self.cadres = cadres
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
