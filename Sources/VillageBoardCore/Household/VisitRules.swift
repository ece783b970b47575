/// Why a visit's day is refused.
public enum VisitDateProblem: Hashable, Sendable {
    /// The visit is dated after the day it is recorded on.
    case future(Day)
    /// The visit is dated before the household was registered (the day, the registration day).
    case beforeRegistration(Day, registered: Day)
}

/// The rules for a visit's day (issue 13): a visit is recorded for a past day or today, never a future one, and
/// never before the household was registered on the board.
public enum VisitRules {
    /// What is wrong with `day` for a visit recorded on `recordedOn`, or nil when it is fine.
    public static func problem(day: Day, recordedOn: Day, registeredOn: Day?) -> VisitDateProblem? {
        if day > recordedOn { return .future(day) }
        if let registeredOn, day < registeredOn { return .beforeRegistration(day, registered: registeredOn) }
        return nil
    }
}

extension Board {
    /// The day the household's registration was saved, when it is among the operations since the snapshot
    /// (a compacted store no longer knows it, and then only the future is refused).
    public func registeredOn(_ id: HouseholdID) -> Day? {
        for i in logByHousehold[id] ?? [] {
            if case .registerHousehold = log[i].change { return log[i].time.day }
        }
        return nil
    }

    /// What is wrong with a visit to `id` dated `day` and recorded on `recordedOn`, or nil.
    public func visitProblem(_ id: HouseholdID, day: Day, recordedOn: Day) -> VisitDateProblem? {
        VisitRules.problem(day: day, recordedOn: recordedOn, registeredOn: registeredOn(id))
    }
}

extension Household {
    /// "Not visited for `days` days" on `today`: never visited (a voided visit is none), or last visited that long ago.
    public func notVisited(for days: Int, on today: Day) -> Bool {
        guard let last = lastVisit else { return true }
        return last.days(until: today) >= days
    }
}

/// The "not visited for N days" filter's steps, as the `w` key cycles through them (then off).
public enum NotVisitedSteps {
    public static let days = [30, 60, 90]

    /// The step after `current`: off → 30 → 60 → 90 → off.
    public static func next(after current: Int?) -> Int? {
        guard let current, let i = days.firstIndex(of: current) else { return days.first }
        return i + 1 < days.count ? days[i + 1] : nil
    }
}
