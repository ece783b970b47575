/// A unit's burn-down: what is left to do, week by week, over the history the board holds (the operations applied
/// since the store began: a snapshot keeps the steps of those it folds in), with the pace against the unit's deadline. Before the first operation nothing is known, so
/// the series starts there (`countsFrom`) and says so; it never reaches further back.
public struct BurnDown: Hashable, Sendable {
    /// The figures at the end of one day.
    public struct Point: Hashable, Sendable {
        public var day: Day
        public var figures: BurnDownFigures
    }

    public var scope: DivisionCode
    /// Oldest first. With history: the figures before the first operation (dated the day before it), then the end of
    /// every seventh day back from today, today last. Without: today alone.
    public var points: [Point]
    /// The first day the history covers (the first operation's), or today when there is none.
    public var countsFrom: Day
    public var deadline: Day?
    public var pace: BurnDownPace

    /// Today's figures (the last point).
    public var now: BurnDownFigures { points.last?.figures ?? BurnDownFigures() }
}

/// How fast unresolved households go down, and what that means for the deadline.
public struct BurnDownPace: Hashable, Sendable {
    /// Households resolved a week over the last four weeks of the series (or as much of it as there is); nil with
    /// less than a day of history.
    public var perWeek: Double?
    /// When the households reach zero at that pace; nil when they already have, or the pace does not go down.
    public var projected: Day?
    /// Households a week needed to reach zero by the deadline; nil without one, past it, or with none left.
    public var needed: Int?
    /// Households left past the deadline, or a measured pace that does not reach zero by it (never without history).
    public var behind: Bool

    /// How many weeks back the pace looks.
    public static let window = 4

    static func of(_ points: [BurnDown.Point], today: Day, deadline: Day?) -> BurnDownPace {
        let left = points.last?.figures.households ?? 0
        let from = points.count > window ? points[points.count - 1 - window] : points.first
        var perWeek: Double?
        if let from, let last = points.last, from.day < last.day {
            perWeek = Double(from.figures.households - left) * 7 / Double(from.day.days(until: last.day))
        }
        var projected: Day?
        if left > 0, let perWeek, perWeek > 0 {
            let days = (Double(left) / perWeek * 7).rounded(.up)
            // A crawl of a household a decade is "never" for a campaign: no date rather than an overflow.
            if days < 36_500 { projected = today.adding(days: Int(days)) }
        }
        var needed: Int?
        if left > 0, let deadline, today < deadline {
            let weeks = Double(today.days(until: deadline)) / 7
            needed = Int((Double(left) / weeks).rounded(.up))
        }
        // Behind: households left past the deadline, or a pace measured that does not reach zero by it. Without a
        // measured pace (no history) nothing is judged: the chart never guesses.
        let behind: Bool
        if left == 0 {
            behind = false
        } else if let deadline, today >= deadline {
            behind = true
        } else if let deadline, perWeek != nil {
            behind = projected.map { $0 > deadline } ?? true
        } else {
            behind = false
        }
        return BurnDownPace(perWeek: perWeek, projected: projected, needed: needed, behind: behind)
    }
}

extension Board {
    /// The burn-down of one unit (the unit as it is made up today: households and villages counted where they are now).
    public func burnDown(of scope: DivisionCode) -> BurnDown {
        burnDowns(of: [scope])[0]
    }

    /// The burn-downs of several units in one pass over the steps (the chart's tiles ask for all their units at once).
    public func burnDowns(of scopes: [DivisionCode]) -> [BurnDown] {
        let start = min(historyFrom ?? today, today)
        let weeks = start.days(until: today) / 7 + 1
        var slot: [DivisionCode: Int] = [:]
        for (i, s) in scopes.enumerated() where slot[s] == nil { slot[s] = i }
        // buckets[unit][k]: what the steps of week k back from today changed (k = 0 is the last seven days).
        var buckets = Array(repeating: [BurnDownFigures](), count: scopes.count)
        for step in burnDownSteps {
            let k = max(0, min(weeks - 1, step.day.days(until: today) / 7))
            for c in lineage[step.unit] ?? [step.unit] {
                guard let i = slot[c] else { continue }
                if buckets[i].isEmpty { buckets[i] = Array(repeating: BurnDownFigures(), count: weeks) }
                buckets[i][k] = buckets[i][k] + step.change
            }
        }
        return scopes.enumerated().map { i, scope in
            let deadline = path(to: scope).reversed().compactMap(\.deadline).first
            var points: [BurnDown.Point] = []
            var figures = BurnDownFigures(rollup(scope))
            if historyFrom != nil {
                let steps = buckets[slot[scope] ?? i]
                for k in 0..<weeks {
                    points.append(BurnDown.Point(day: today.adding(days: -7 * k), figures: figures))
                    if !steps.isEmpty { figures = figures - steps[k] }
                }
                points.append(BurnDown.Point(day: start.adding(days: -1), figures: figures))
                points.reverse()
            } else {
                points = [BurnDown.Point(day: today, figures: figures)]
            }
            return BurnDown(scope: scope, points: points, countsFrom: start, deadline: deadline,
                            pace: .of(points, today: today, deadline: deadline))
        }
    }
}
