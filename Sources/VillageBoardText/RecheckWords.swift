import VillageBoardCore

/// The 回头看 names shared by the screens and the commands still to come (issue 14).
public enum RecheckWords {
    /// 错退率, 漏评率 or 群众认可度.
    public static func measure(_ kind: RecheckMeasureKind) -> TextKey {
        switch kind {
        case .wrongExit: "recheck.measure.wrongExit"
        case .missed: "recheck.measure.missed"
        case .satisfaction: "recheck.measure.satisfaction"
        }
    }

    /// "must stay below" or "must stay above", to be filled with the threshold.
    public static func threshold(_ kind: RecheckMeasureKind) -> TextKey {
        kind.higherIsBetter ? "recheck.threshold.above" : "recheck.threshold.below"
    }

    /// A measure's verdict against its threshold.
    public static func verdict(_ verdict: RecheckVerdict) -> TextKey {
        switch verdict {
        case .met: "recheck.verdict.met"
        case .uncertain: "recheck.verdict.uncertain"
        case .notMet: "recheck.verdict.notMet"
        case .noData: "recheck.verdict.noData"
        }
    }
}
