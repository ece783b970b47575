import Dispatch
import VillageBoardCore

// The status rules on a whole board: breaches are problems, warnings are notes.
extension StoreCheck {
    /// Households that break no rule but deserve a look (not problems: a clean store may have them). In shares on
    /// both cores, in household order.
    static func warnings(on board: Board) -> [Problem] {
        let households = board.households
        let shares = HouseholdShare.shares(of: households.count)
        DispatchQueue.concurrentPerform(iterations: shares.count) { k in
            for h in households[shares[k].range] {
                for w in board.warnings(for: h) {
                    switch w {
                    case .unmonitoredInMonitoringRange(let perCapita, let line):
                        shares[k].references.append(
                            Problem(file: Snapshot.fileName, line: nil, .unmonitoredInRange(h.id, perCapita: perCapita, line: line)))
                    }
                }
            }
        }
        return shares.flatMap(\.references)
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
