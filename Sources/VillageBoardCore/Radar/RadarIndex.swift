import Dispatch

/// What the monitoring radar knows about every household and task of a board on one day (issue 14): a bitmask of the
/// warnings that hold for each, who is responsible, and the recent visits each cadre made. Built once per board and
/// day (on both cores), then kept current by `refresh`, which judges again only the households and tasks the
/// operations applied since name. A scope's radar is then sums over its masks (`Radar(index:board:scope:)`), not a
/// judgement of every household: a province of 500,000 households opens the radar at key-press speed.
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
    /// Interned cadres: number → id, and id → number.
    private var cadreIDs: [UserID]
    private var cadreNumbers: [UserID: Int32]

    /// Judges every household and task of the board.
    public init(board: Board) {
        today = board.today
        year = board.year
        logged = board.log.count
        last = board.log.last?.id
        cadreIDs = board.users.keys.sorted()
        cadreNumbers = Dictionary(uniqueKeysWithValues: cadreIDs.enumerated().map { ($1, Int32(truncatingIfNeeded: $0)) })
        let n = board.households.count
        householdMasks = Array(repeating: 0, count: n)
        householdCadres = Array(repeating: -1, count: n)
        ownVisits = Array(repeating: 0, count: n)
        otherVisits = [:]
        taskMasks = Array(repeating: 0, count: board.tasks.count)
        taskOwners = Array(repeating: -1, count: board.tasks.count)
        judgeAllHouseholds(board)
        for i in board.tasks.indices { judgeTask(i, board) }
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
        if householdMasks.count < n {
            householdMasks += repeatElement(0, count: n - householdMasks.count)
            householdCadres += repeatElement(-1, count: n - householdCadres.count)
            ownVisits += repeatElement(0, count: n - ownVisits.count)
        }
        if taskMasks.count < board.tasks.count {
            taskMasks += repeatElement(0, count: board.tasks.count - taskMasks.count)
            taskOwners += repeatElement(-1, count: board.tasks.count - taskOwners.count)
        }
        guard householdMasks.count == n, taskMasks.count == board.tasks.count else { return false }
        let judge = HouseholdJudge(board)
        for i in households {
            let entry = judge.entry(i, board)
            store(entry, at: i)
        }
        for i in tasks { judgeTask(i, board) }
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
        let numbers = cadreNumbers
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
                                if let cadre = e.cadre, let number = numbers[cadre] { c[i] = number }
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

    private func intern(_ id: UserID) -> Int32 {
        if let n = cadreNumbers[id] { return n }
        let n = Int32(truncatingIfNeeded: cadreIDs.count)
        cadreIDs.append(id)
        cadreNumbers[id] = n
        return n
    }

    // MARK: Reading

    /// The radar of a scope (nil: the whole board), read off the masks: one pass over the scope's positions.
    func radar(board: Board, scope: DivisionCode?) -> Radar {
        let villages = scope.map { board.villages(under: $0) }
        let households = Self.members(villages, count: householdMasks.count) { board.householdsByVillage[$0] ?? [] }
        let tasks = Self.members(villages, count: taskMasks.count) { board.tasksByVillage[$0] ?? [] }
        var found = Array(repeating: [Int](), count: RadarWarning.allCases.count)
        let cadres = cadreIDs.count
        var loads = (households: [Int](repeating: 0, count: cadres), visits: [Int](repeating: 0, count: cadres),
                     overdue: [Int](repeating: 0, count: cadres), warnings: [Int](repeating: 0, count: cadres),
                     met: [Bool](repeating: false, count: cadres))
        for i in 0..<householdMasks.count where households == nil || households![i] {
            let mask = householdMasks[i]
            if mask != 0 { Self.add(mask, at: i, to: &found) }
            let cadre = Int(householdCadres[i])
            if cadre >= 0 {
                loads.households[cadre] += 1
                loads.warnings[cadre] += mask.nonzeroBitCount
                loads.visits[cadre] += Int(ownVisits[i])
                loads.met[cadre] = true
            }
        }
        // Visits by others are few (a cadre covering for another): read from their own table.
        for (i, visitors) in otherVisits where households == nil || households![i] {
            for v in visitors {
                loads.visits[Int(v)] += 1
                loads.met[Int(v)] = true
            }
        }
        for i in 0..<taskMasks.count where tasks == nil || tasks![i] {
            let mask = taskMasks[i]
            guard mask != 0 else { continue }
            let warnings = mask & ~Self.overdueBit
            if warnings != 0 { Self.add(warnings, at: i, to: &found) }
            let owner = Int(taskOwners[i])
            guard owner >= 0 else { continue }
            if mask & Self.overdueBit != 0 { loads.overdue[owner] += 1 }
            loads.warnings[owner] += warnings.nonzeroBitCount
            loads.met[owner] = true
        }
        var rows: [CadreLoad] = []
        for n in 0..<cadres where loads.met[n] {
            var row = CadreLoad(cadre: cadreIDs[n])
            row.households = loads.households[n]
            row.recentVisits = loads.visits[n]
            row.overdueTasks = loads.overdue[n]
            row.warnings = loads.warnings[n]
            rows.append(row)
        }
        rows.sort { $0.cadre < $1.cadre }
        return Radar(scope: scope, today: today, positions: found, cadres: rows)
    }

    /// Appends position `i` to the list of each warning set in `mask`.
    private static func add(_ mask: UInt16, at i: Int, to found: inout [[Int]]) {
        var rest = mask
        while rest != 0 {
            let bit = rest.trailingZeroBitCount
            if bit < found.count { found[bit].append(i) }
            rest &= rest - 1
        }
    }

    /// Which positions the scope's villages cover, a flag per position, to read in board order with no sorting however
    /// big the scope; nil for every position (no scope, or a scope holding every one, as a province's admin has).
    private static func members(_ villages: [DivisionCode]?, count: Int, inVillage: (DivisionCode) -> [Int]) -> [Bool]? {
        guard let villages else { return nil }
        // Each position lies in one village: when the scope's villages hold as many as there are, they hold them all.
        if villages.reduce(0, { $0 + inVillage($1).count }) == count { return nil }
        var flags = [Bool](repeating: false, count: count)
        var covered = 0
        for village in villages {
            for i in inVillage(village) where i < count && !flags[i] {
                flags[i] = true
                covered += 1
            }
        }
        return covered == count ? nil : flags
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
