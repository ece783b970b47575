/// The kinds of warning the monitoring radar looks for (issue 14), most urgent first: the order the radar lists them.
public enum RadarWarning: Int, CaseIterable, Hashable, Sendable, Comparable {
    /// A household off the chart (out, or its risk eliminated) whose per-capita income is under the year's line:
    /// the mistake an inspection counts as 错退.
    case incomeUnderLine = 0
    /// A household on the chart identified more than `Radar.measureDays` ago with no plan measure and no open task.
    case noMeasure
    /// An open task more than `Radar.overdueDays` past its due date.
    case longOverdue
    /// A task not yet verified that a supervisor has sent back twice or more.
    case sentBackTwice
    /// A household not visited within the year's interval for its kind (monthly on the chart, quarterly when stable).
    case notVisited
    /// A household with an item marked met and no evidence note.
    case metWithoutEvidence
    /// A task marked done, awaiting verification, with no evidence file attached (issue 21).
    case doneWithoutFiles
    /// A household with a department cross-check mismatch (学籍 / 医保 / 危房) nobody has looked at yet.
    case departmentMismatch

    /// Whether the warning is about tasks (else households).
    public var isAboutTasks: Bool {
        switch self {
        case .longOverdue, .sentBackTwice, .doneWithoutFiles: true
        case .incomeUnderLine, .noMeasure, .notVisited, .metWithoutEvidence, .departmentMismatch: false
        }
    }

    /// The stable name used in the command's JSON and CSV.
    public var key: String {
        switch self {
        case .incomeUnderLine: "income_under_line"
        case .noMeasure: "no_measure"
        case .longOverdue: "long_overdue"
        case .sentBackTwice: "sent_back_twice"
        case .notVisited: "not_visited"
        case .metWithoutEvidence: "met_without_evidence"
        case .doneWithoutFiles: "done_without_files"
        case .departmentMismatch: "department_mismatch"
        }
    }

    public static func < (a: RadarWarning, b: RadarWarning) -> Bool { a.rawValue < b.rawValue }
}
