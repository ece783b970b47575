import VillageBoardCore

/// Made-up weeks of work on a demo or synthetic board, dated before its "today": unmet items marked met and
/// households then taken out of poverty, more some weeks than others, each change one the board accepts (tried
/// on a copy, in order, by the first user the permission table lets make it). Saved after the board's snapshot,
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
        // Admins first: they may make every change, so a large board rarely needs a second try.
        let users = board.users.values.sorted { ($0.role == .admin ? 0 : 1, $0.id.raw) < ($1.role == .admin ? 0 : 1, $1.id.raw) }.map(\.id)
        for (week, weight) in weights.enumerated() {
            let count = week == weeks - 1 ? chosen.count - next : chosen.count * weight / total
            let day = board.today.adding(days: -7 * (weeks - week))
            for (k, position) in chosen[next..<min(chosen.count, next + count)].enumerated() {
                let h = scratch.households[position]
                let time = Timestamp(day: day.adding(days: k % 5), hour: 9 + k % 8)
                // Each change made by a user: a met item names who checked it.
                var changes: [(UserID) -> Change] = ChecklistItem.allCases.compactMap { item in
                    let check = h.checklist[item]
                    guard check.state == .notMet else { return nil }
                    return { .setCheck(h.id, item, from: check, to: ItemCheck(state: .met, note: "已整改", checkedBy: $0, checkedOn: time.day)) }
                }
                changes.append { _ in .setStatus(h.id, from: h.mark, to: HouseholdMark(.out), reason: "") }
                for make in changes {
                    for user in users {
                        let change = make(user)
                        let op = Operation(id: OperationID(device: DeviceID("made-up-history"),
                                                           sequence: scratch.nextSequence(for: DeviceID("made-up-history"))),
                                           time: time, author: user, change: change)
                        do {
                            try scratch.apply(op)
                            out.append(Entry(change: change, author: user, time: time))
                            break
                        } catch .notPermitted {
                            continue
                        } catch {
                            // Refused for itself (an exit the household does not qualify for): no one else will do.
                            break
                        }
                    }
                }
            }
            next = min(chosen.count, next + count)
        }
        return out
    }
}
