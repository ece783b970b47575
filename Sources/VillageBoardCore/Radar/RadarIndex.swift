import Dispatch

/// What the monitoring radar knows about every household and task of a board on one day (issue 14): a bitmask of the
/// warnings that hold for each, who is responsible, and the recent visits each cadre made, summed per village
/// (`RadarTallies`). Built once per board and day (on both cores), then kept current by `refresh`, which judges again
/// only the households and tasks the operations applied since name and moves their part of the sums. A scope's radar
/// adds up its villages' sums (`Radar(index:board:scope:)`), and the households or tasks behind one warning are listed
/// only when asked (`positions(of:board:scope:)`, on Enter): a province of 500,000 households opens the radar without
/// reading a mask.
///
/// A class: the app keeps one and refreshes it in place; it holds positions and small numbers, never a `Board`.
public final class RadarIndex: @unchecked Sendable {
    /// The mask bit of a task that is overdue at all (counted per cadre; not itself a warning).
    static let overdueBit: UInt16 = 1 << 15

    /// The day the warnings were judged on.
    public private(set) var today: Day
    /// The board's year, whose standard the visit intervals come from.
    public private(set) var year: Int
    /// The log's length and last operation when last brought up to date: tells what `refresh` has to judge again.
    private var logged: Int
    private var last: OperationID?
    /// Per household (board position): the warnings that hold, one bit per `RadarWarning.rawValue`.
    private(set) var householdMasks: [UInt16]
    /// Per task (board position): the warnings that hold, and `overdueBit` when open past due.
    private(set) var taskMasks: [UInt16]
    /// Per household: its responsible cadre (an interned number, -1 for none).
    private var householdCadres: [Int32]
    /// Per task: its owner (interned).
    private var taskOwners: [Int32]
    /// Per household: recent visits by its own cadre (the usual case, kept without an array per household).
    private var ownVisits: [Int32]
    /// Recent visits by someone other than the household's cadre: household position → the visitors, one per visit.
    private var otherVisits: [Int: [Int32]]
    /// Interned cadres.
    private var cadres: Interned<UserID>
    /// Per household and per task: its village's number (0: none, for a task outside every village). Neither moves.
    private var householdVillages: [Int32]
    private var taskVillages: [Int32]
    /// Interned villages (nil, for no village, at 0).
    private var villages = Interned<DivisionCode?>([nil])
    /// The per-village sums the radar of a scope adds up.
    private var tallies = RadarTallies()

    /// Judges every household and task of the board.
    public init(board: Board) {
        today = board.today
        year = board.year
        logged = board.log.count
        last = board.log.last?.id
        cadres = Interned(board.users.keys.sorted())
        let n = board.households.count
        householdMasks = Array(repeating: 0, count: n)
        householdCadres = Array(repeating: -1, count: n)
        ownVisits = Array(repeating: 0, count: n)
        otherVisits = [:]
        taskMasks = Array(repeating: 0, count: board.tasks.count)
        taskOwners = Array(repeating: -1, count: board.tasks.count)
        householdVillages = Array(repeating: 0, count: n)
        taskVillages = Array(repeating: 0, count: board.tasks.count)
        for (village, positions) in board.householdsByVillage {
            let number = villages.number(village)
            for i in positions where i < n { householdVillages[i] = number }
        }
        for (village, positions) in board.tasksByVillage {
            let number = villages.number(village)
            for i in positions where i < taskVillages.count { taskVillages[i] = number }
        }
        judgeAllHouseholds(board)
        for i in board.tasks.indices { judgeTask(i, board) }
        tallies.reserve(villages: villages.count)
        for i in 0..<n { tallyHousehold(i, sign: 1) }
        for i in board.tasks.indices { tallyTask(i, sign: 1) }
    }

    /// Brings the index up to date with `board`: judges again the households and tasks that the operations applied
    /// since name. False (nothing changed) when it cannot: another board, a new day or year, or a new standard;
    /// the caller builds a new index then.
    public func refresh(_ board: Board) -> Bool {
        let log = board.log
        guard board.today == today, board.year == year, log.count >= logged else { return false }
        if logged > 0 && log[logged - 1].id != last { return false }
        if log.count == logged { return householdMasks.count == board.households.count && taskMasks.count == board.tasks.count }
        var households: Set<Int> = [], tasks: Set<Int> = []
        for op in log[logged...] {
            if case .setStandard = op.change { return false }
            for id in op.change.households { if let i = board.index(of: id) { households.insert(i) } }
            if let id = op.change.task, let i = board.taskIndex[id] {
                tasks.insert(i)
                // A task's state decides its household's "no measure" warning.
                if case .household(let h) = board.tasks[i].subject, let j = board.index(of: h) { households.insert(j) }
            }
        }
        let n = board.households.count
        guard householdMasks.count <= n, taskMasks.count <= board.tasks.count else { return false }
        // New households and tasks (nothing judged yet, so no part in the sums): their villages, which never change.
        for i in householdMasks.count..<n {
            householdMasks.append(0)
            householdCadres.append(-1)
            ownVisits.append(0)
            householdVillages.append(villages.number(board.households[i].village))
        }
        for i in taskMasks.count..<board.tasks.count {
            taskMasks.append(0)
            taskOwners.append(-1)
            taskVillages.append(board.village(of: board.tasks[i]).map { villages.number($0) } ?? 0)
        }
        tallies.reserve(villages: villages.count)
        let judge = HouseholdJudge(board)
        for i in households {
            let entry = judge.entry(i, board)
            tallyHousehold(i, sign: -1)
            store(entry, at: i)
            tallyHousehold(i, sign: 1)
        }
        for i in tasks {
            tallyTask(i, sign: -1)
            judgeTask(i, board)
            tallyTask(i, sign: 1)
        }
        logged = log.count
        last = log.last?.id
        return true
    }

    // MARK: Judging

    /// Every household, in two halves on the two cores. Each half writes only its own positions; a cadre missing
    /// from the board's users (a hostile file) is interned afterwards, on one thread.
    private func judgeAllHouseholds(_ board: Board) {
        let n = board.households.count
        let parts = n < 8192 ? 1 : 2
        var others = Array(repeating: [Entry](), count: parts)
        let numbers = cadres
        householdMasks.withUnsafeMutableBufferPointer { masks in
            householdCadres.withUnsafeMutableBufferPointer { cadres in
                ownVisits.withUnsafeMutableBufferPointer { own in
                    others.withUnsafeMutableBufferPointer { othersOut in
                        nonisolated(unsafe) let m = masks
                        nonisolated(unsafe) let c = cadres
                        nonisolated(unsafe) let o = own
                        nonisolated(unsafe) let out = othersOut
                        DispatchQueue.concurrentPerform(iterations: parts) { part in
                            // One copy of the board per worker: a captured value passed on would be copied per call.
                            let own = board
                            let judge = HouseholdJudge(own)
                            var leftOver: [Entry] = []
                            for i in (n * part / parts)..<(n * (part + 1) / parts) {
                                let e = judge.entry(i, own)
                                m[i] = e.mask
                                o[i] = e.ownVisits
                                if let cadre = e.cadre, let number = numbers.existing(cadre) { c[i] = number }
                                // Unknown cadres and visitors other than the cadre: interned below, one thread.
                                if (e.cadre != nil && c[i] < 0) || !e.otherVisitors.isEmpty { leftOver.append(e) }
                            }
                            out[part] = leftOver
                        }
                    }
                }
            }
        }
        for e in others.joined() { store(e, at: e.position) }
    }

    /// What is judged of one household.
    struct Entry {
        var position: Int
        var mask: UInt16
        var cadre: UserID?
        var ownVisits: Int32
        var otherVisitors: [UserID]
    }

    /// Puts a household's judgement in place (interning its cadre and visitors).
    private func store(_ e: Entry, at i: Int) {
        householdMasks[i] = e.mask
        householdCadres[i] = e.cadre.map(intern) ?? -1
        ownVisits[i] = e.ownVisits
        otherVisits[i] = e.otherVisitors.isEmpty ? nil : e.otherVisitors.map(intern)
    }

    private func judgeTask(_ i: Int, _ board: Board) {
        let t = board.tasks[i]
        var mask: UInt16 = 0
        for w in Radar.warnings(ofTask: t, today: board.today, board: board) { mask |= 1 << UInt16(w.rawValue) }
        if t.isOverdue(on: board.today) { mask |= Self.overdueBit }
        taskMasks[i] = mask
        taskOwners[i] = intern(t.owner)
    }

    /// Adds household `i`'s part to its village's sums (`sign` 1), or takes it away (-1) before it is judged again.
    private func tallyHousehold(_ i: Int, sign: Int) {
        tallies.household(mask: householdMasks[i], village: householdVillages[i], cadre: householdCadres[i],
                          ownVisits: ownVisits[i], visitors: otherVisits[i], sign: sign)
    }

    private func tallyTask(_ i: Int, sign: Int) {
        tallies.task(mask: taskMasks[i], village: taskVillages[i], owner: taskOwners[i], sign: sign)
    }

    private func intern(_ id: UserID) -> Int32 { cadres.number(id) }

    // MARK: Reading

    /// The radar of a scope (nil: the whole board): its villages' sums added up, no mask read.
    func radar(board: Board, scope: DivisionCode?) -> Radar {
        let (counts, loads) = tallies.sum(scope.map { villageFlags(under: $0, board) }, cadres: cadres.count)
        var rows: [CadreLoad] = []
        for (n, load) in loads.enumerated() where load.met > 0 {
            var row = CadreLoad(cadre: cadres.values[n])
            row.households = load.households
            row.recentVisits = load.visits
            row.overdueTasks = load.overdue
            row.warnings = load.warnings
            rows.append(row)
        }
        // Numbered in id order (the board's users, sorted), so already sorted unless a cadre missing from the users
        // was numbered later.
        if zip(rows, rows.dropFirst()).contains(where: { !($0.cadre < $1.cadre) }) { rows.sort { $0.cadre < $1.cadre } }
        return Radar(scope: scope, today: today, counts: counts, cadres: rows)
    }

    /// The households (or, for a task warning, the tasks) of a scope behind one warning, in board order: one pass
    /// over the masks, made when the list is opened rather than with every radar.
    public func positions(of warning: RadarWarning, board: Board, scope: DivisionCode?) -> [Int] {
        let included = scope.map { villageFlags(under: $0, board) }
        let bit = UInt16(1) << UInt16(warning.rawValue)
        let (masks, villages) = warning.isAboutTasks ? (taskMasks, taskVillages) : (householdMasks, householdVillages)
        var out: [Int] = []
        for i in masks.indices where masks[i] & bit != 0 {
            if let included, !included[Int(villages[i])] { continue }
            out.append(i)
        }
        return out
    }

    /// A flag per village number: whether the village lies in the scope (a village the index has not met is in none
    /// of its sums).
    private func villageFlags(under scope: DivisionCode, _ board: Board) -> [Bool] {
        var flags = [Bool](repeating: false, count: villages.count)
        for village in board.villages(under: scope) {
            if let n = villages.existing(village) { flags[Int(n)] = true }
        }
        return flags
    }
}

/// Judges one household's warnings for the radar, with what every household's judgement shares looked up once.
struct HouseholdJudge {
    let today: Day
    let year: Int
    let standard: YearStandard?
    let standards: [Int: YearStandard]

    init(_ board: Board) {
        today = board.today
        year = board.year
        standard = board.standard
        standards = board.standards
    }

    /// The income line a household is judged against: the standard of the year its income was earned in, as the exit
    /// gate judges it.
    func line(for incomeYear: Int?) -> Int? {
        (ExitRule.standard(for: incomeYear ?? year, in: standards) ?? standard)?.incomeLine
    }

    /// The household at position `i`: its warnings' mask, cadre and recent visits.
    func entry(_ i: Int, _ board: Board) -> RadarIndex.Entry {
        board.households.withUnsafeBufferPointer { all in
            var mask: UInt16 = 0
            func set(_ w: RadarWarning) { mask |= 1 << UInt16(w.rawValue) }
            let unresolved = all[i].mark.isUnresolved
            if !unresolved, let line = line(for: all[i].income.year), all[i].income.perCapita(people: all[i].size) < line {
                set(.incomeUnderLine)
            }
            if unresolved, let identified = all[i].identifiedOn, identified.days(until: today) > Radar.measureDays,
               all[i].plan.measures.isEmpty,
               !board.taskIndices(forHousehold: all[i].id).contains(where: { board.tasks[$0].state == .open }) {
                set(.noMeasure)
            }
            let interval = standard?.visitDays(for: all[i].mark) ?? (unresolved ? 30 : 90)
            let cadre = all[i].cadre
            var visited = false, own: Int32 = 0
            var others: [UserID] = []
            // A voided visit (a correction said it was mistyped) is not a visit.
            for v in all[i].visits where !v.voided {
                let days = v.day.days(until: today)
                if days <= interval { visited = true }
                guard days >= 0 && days < Radar.recentDays else { continue }
                if v.by == cadre { own &+= 1 } else { others.append(v.by) }
            }
            if !visited { set(.notVisited) }
            if ChecklistItem.allCases.contains(where: { all[i].checklist[$0].state == .met && all[i].checklist[$0].note.trimmedIsEmpty }) {
                set(.metWithoutEvidence)
            }
            if all[i].findings.contains(where: \.isOpen) { set(.departmentMismatch) }
            return RadarIndex.Entry(position: i, mask: mask, cadre: cadre, ownVisits: own, otherVisitors: others)
        }
    }
}
