import VillageBoardCore

/// The catalogue keys of the radar's warnings and per-cadre columns, by exhaustive switches (as `DomainKeys`).
extension TextKey {
    public static func name(_ warning: RadarWarning) -> TextKey {
        switch warning {
        case .incomeUnderLine: "radar.warning.incomeUnderLine"
        case .noMeasure: "radar.warning.noMeasure"
        case .longOverdue: "radar.warning.longOverdue"
        case .sentBackTwice: "radar.warning.sentBackTwice"
        case .notVisited: "radar.warning.notVisited"
        case .metWithoutEvidence: "radar.warning.metWithoutEvidence"
        case .doneWithoutFiles: "radar.warning.doneWithoutFiles"
        case .departmentMismatch: "radar.warning.departmentMismatch"
        }
    }

    /// What the warning means, with the figures it is judged by as placeholders (see `RadarWords.about`).
    public static func about(_ warning: RadarWarning) -> TextKey {
        switch warning {
        case .incomeUnderLine: "radar.about.incomeUnderLine"
        case .noMeasure: "radar.about.noMeasure"
        case .longOverdue: "radar.about.longOverdue"
        case .sentBackTwice: "radar.about.sentBackTwice"
        case .notVisited: "radar.about.notVisited"
        case .metWithoutEvidence: "radar.about.metWithoutEvidence"
        case .doneWithoutFiles: "radar.about.doneWithoutFiles"
        case .departmentMismatch: "radar.about.departmentMismatch"
        }
    }

    public static func header(_ column: CadreLoad.Column) -> TextKey {
        switch column {
        case .cadre: "radar.col.cadre"
        case .households: "radar.col.households"
        case .recentVisits: "radar.col.recentVisits"
        case .overdueTasks: "radar.col.overdueTasks"
        case .warnings: "radar.col.warnings"
        }
    }
}

/// The radar's sentences, filled with the figures they are judged by (shared by the screen and the command line).
public enum RadarWords {
    /// What a warning means on this board (its income line and visit intervals).
    public static func about(_ warning: RadarWarning, board: Board, _ t: Catalog) -> String {
        let standard = board.standard
        switch warning {
        case .incomeUnderLine: return t(.about(warning), standard.map { String($0.incomeLine) } ?? "—")
        case .noMeasure: return t(.about(warning), Radar.measureDays)
        case .longOverdue: return t(.about(warning), Radar.overdueDays)
        case .sentBackTwice, .metWithoutEvidence, .doneWithoutFiles, .departmentMismatch: return t(.about(warning))
        case .notVisited: return t(.about(warning), standard?.visitDaysWatched ?? 30, standard?.visitDaysStable ?? 90)
        }
    }
}
