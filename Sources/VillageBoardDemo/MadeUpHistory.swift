import VillageBoardCore

/// Made-up weeks of work on a demo or synthetic board, dated before its "today": unmet items marked met by the
/// household's own cadre (or the nearest user who may), then the household taken out through the staged procedure
/// (village proposal, township review, county decision), more some weeks than others, each change one the board
/// accepts (tried on a copy, in order). Saved after the board's snapshot,
/// they give the burn-down a history to draw (`init --demo --with-history`, the tests, the bench). Never used on
/// a real store: the figures it makes are invented, and said to be (the command's help).
public enum MadeUpHistory {
    /// One change, who makes it, and when.
    public struct Entry: Sendable {
        public var change: Change
        public var author: UserID
        public var time: Timestamp
    }

    /// Up to `households` unresolved households worked on over `weeks` weeks ending the day before `board.today`.
    public static func entries(on board: Board, weeks: Int, households: Int, seed: UInt64 = 7) -> [Entry] {
        var scratch = board
        return apply(to: &scratch, weeks: weeks, households: households, seed: seed)
    }

    /// The same, applied to `scratch` as it goes (the bench keeps the board it made).
    public static func apply(to scratch: inout Board, weeks: Int, households: Int, seed: UInt64 = 7) -> [Entry] {
        let board = scratch
        var rng = SplitMix64(seed: seed)
        let weeks = max(1, weeks)
        let candidates = board.householdMarks.indices.filter { board.householdMarks[$0].status == .notOut && board.households[$0].registered }
        // Spread over the board (every k-th), so every county has some work to show.
        let stride = max(1, candidates.count / max(1, households))
        let chosen = Array(Swift.stride(from: 0, to: candidates.count, by: stride).map { candidates[$0] }.prefix(max(0, households)))
        // Uneven weeks: a campaign speeds up and stalls.
        let weights = (0..<weeks).map { _ in 1 + rng.below(5) }
        let total = weights.reduce(0, +)
        var out: [Entry] = []
        var next = 0
        // Who works a household, nearest first: its own cadre, then the users whose scope is its village, township,
        // county…; admins last. Each change is made by the first of them the permission table lets make it.
        var byScope: [DivisionCode: [UserID]] = [:]
        for user in board.users.values.sorted(by: { $0.id < $1.id }) where !user.disabled {
            byScope[user.scope, default: []].append(user.id)
        }
        let admins = board.users.values.filter { $0.role == .admin && !$0.disabled }.map(\.id).sorted()
        func workers(_ h: Household) -> [UserID] {
            let above = board.path(to: h.village).reversed().flatMap { byScope[$0.code] ?? [] }
            return (h.cadre.map { [$0] } ?? []) + above + admins
        }
        func make(_ change: Change, by users: [UserID], at time: Timestamp) -> Bool {
            for user in users {
                let op = Operation(id: OperationID(device: DeviceID("made-up-history"),
                                                   sequence: scratch.nextSequence(for: DeviceID("made-up-history"))),
                                   time: time, author: user, change: change)
                do {
                    try scratch.apply(op)
                    out.append(Entry(change: change, author: user, time: time))
                    return true
                } catch .notPermitted {
                    continue
                } catch {
                    // Refused for itself (an exit the household does not qualify for): no one else will do.
                    return false
                }
            }
            return false
        }
        for (week, weight) in weights.enumerated() {
            let count = week == weeks - 1 ? chosen.count - next : chosen.count * weight / total
            let day = board.today.adding(days: -7 * (weeks - week))
            for (k, position) in chosen[next..<min(chosen.count, next + count)].enumerated() {
                let h = scratch.households[position]
                let time = Timestamp(day: day.adding(days: k % 5), hour: 9 + k % 8)
                let users = workers(h)
                for item in ChecklistItem.allCases where h.checklist[item].state == .notMet {
                    // A met item names who checked it: made by each candidate in turn until one may.
                    for user in users {
                        let change = Change.setCheck(h.id, item, from: h.checklist[item],
                                                     to: ItemCheck(state: .met, note: "已整改", checkedBy: user, checkedOn: time.day))
                        if make(change, by: [user], at: time) { break }
                    }
                }
                // Then the exit as the procedure has it: the village proposes after its review and public notice, the
                // township reviews the next day, the county decides the day after (each by the nearest who may).
                let proposal = ExitProposal(from: h.mark, target: HouseholdMark(.out), reviewedOn: time.day.adding(days: -8),
                                            reviewResult: "民主评议通过", noticeFrom: time.day.adding(days: -7),
                                            noticeUntil: time.day.adding(days: -1))
                guard make(.proposeExit(h.id, proposal), by: users, at: time) else { continue }
                let reviewAt = Timestamp(day: time.day.adding(days: 1), hour: 10)
                guard make(.reviewExit(h.id, approve: true, note: "审核通过"), by: users, at: reviewAt) else { continue }
                let decideAt = Timestamp(day: time.day.adding(days: 2), hour: 11)
                _ = make(.decideExit(h.id, from: h.mark, to: HouseholdMark(.out), approve: true, note: "审定通过"), by: users,
                         at: decideAt)
            }
            next = min(chosen.count, next + count)
        }
        // Saved in time order, as laptops write them (the steps of one household were made in turn, which the order
        // keeps; households are independent of each other).
        out = out.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
        return out
    }
}
