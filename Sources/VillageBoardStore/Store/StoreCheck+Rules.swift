import VillageBoardCore

// The status rules on a whole board: breaches are problems, warnings are notes.
extension StoreCheck {
    /// Households that break no rule but deserve a look (not problems: a clean store may have them).
    static func warnings(on board: Board) -> [Problem] {
        board.households.flatMap { h in
            board.warnings(for: h).map { w in
                switch w {
                case .unmonitoredInMonitoringRange(let perCapita, let line):
                    Problem(file: Snapshot.fileName, line: nil, .unmonitoredInRange(h.id, perCapita: perCapita, line: line))
                }
            }
        }
    }

    static func describe(_ breach: StatusBreach) -> String {
        switch breach {
        case .registrationDoesNotFit(let status, let registered):
            registered ? "marked registered (建档立卡) but \(status.rawValue) households never are"
                       : "\(status.rawValue) but not registered (建档立卡): only registered households can be"
        case .resolvedWithUnmetItems(let items):
            "out or risk eliminated with \(items.map(\.key).joined(separator: ", ")) not met"
        case .safetyNetWithoutLabourEliminated:
            "risk eliminated, but without labour capacity and under safety-net support it stays monitored"
        case .notApplicableNotAllowed(let items):
            "\(items.map(\.key).joined(separator: ", ")) marked not applicable where the year's rule does not allow it"
        }
    }
}
