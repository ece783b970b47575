import Dispatch
import VillageBoardCore

/// One unresolved household as the list needs it, so filtering, sorting and drawing never go back to the household's
/// members, checks or tasks. A row starts with its place alone (`detailed` false: what the scan reads, enough to show
/// the list in village order); the rest is filled in, from the board, when a sort, filter or menu needs it (and for
/// the rows on screen when they are drawn).
struct UnresolvedRow: Equatable, Sendable {
    /// Position in `Board.households`.
    var household: Int
    var village: DivisionCode
    var township: DivisionCode?
    var county: DivisionCode?
    /// Whether the fields below are filled in.
    var detailed = false
    var head = ""
    var mark = HouseholdMark(.notOut)
    var monitored = false
    var cause: PovertyCause?
    /// Bit `item.rawValue` set for each item not met.
    var unmet: UInt8 = 0
    /// Bit `item.rawValue` set for each item not yet checked.
    var unchecked: UInt8 = 0
    var cadre: UserID?
    /// The cadre's name (for sorting and the cadre menu), empty when nobody is assigned.
    var cadreName = ""
    var openTasks = 0
    var overdueTasks = 0
    var lastVisit: Day?

    /// The place of household `index` alone.
    init(household index: Int, village: DivisionCode, township: DivisionCode?, county: DivisionCode?) {
        household = index
        self.village = village
        self.township = township
        self.county = county
    }

    /// The whole row of household `index` (`h` is `board.households[index]`).
    init(household index: Int, _ h: borrowing Household, township: DivisionCode?, county: DivisionCode?, board: borrowing Board,
         cadreNames: [UserID: String]? = nil) {
        self.init(household: index, village: h.village, township: township, county: county)
        detailed = true
        head = h.headName
        mark = h.mark
        monitored = h.isMonitored
        cause = h.mainCause
        var unmet: UInt8 = 0, unchecked: UInt8 = 0
        for item in ChecklistItem.allCases {
            switch h.checklist[item].state {
            case .notMet: unmet |= 1 << UInt8(item.rawValue)
            case .notChecked: unchecked |= 1 << UInt8(item.rawValue)
            case .met, .notApplicable: break
            }
        }
        self.unmet = unmet
        self.unchecked = unchecked
        cadre = h.cadre
        if let c = h.cadre {
            // From a table of names when one is given: `board.user` copies the whole user (PIN hash and all), and
            // rows filled on two cores would fight over the same user's reference counts.
            if let cadreNames { cadreName = cadreNames[c] ?? "" } else if let user = board.user(c) { cadreName = user.name }
        }
        var open = 0, overdue = 0
        for t in board.taskIndices(forHousehold: h.id) where board.tasks[t].state == .open {
            // Only open tasks can be overdue: the domain's test is asked of those alone.
            open += 1
            if board.tasks[t].isOverdue(on: board.today) { overdue += 1 }
        }
        openTasks = open
        overdueTasks = overdue
        // Only each visit's day: copying a visit out would retain its texts, which thousands of households share.
        var last: Day?
        // A voided visit (corrected as mistyped) is not a visit.
        for j in h.visits.indices where !h.visits[j].voided && (last.map({ h.visits[j].day > $0 }) ?? true) {
            last = h.visits[j].day
        }
        lastVisit = last
    }

    /// This row with every field filled in.
    func detailed(_ board: Board, cadreNames: [UserID: String]? = nil) -> UnresolvedRow {
        if detailed { return self }
        return UnresolvedRow(household: household, board.households[household], township: township, county: county, board: board,
                             cadreNames: cadreNames)
    }

    func lacks(_ item: ChecklistItem) -> Bool { unmet & (1 << UInt8(item.rawValue)) != 0 }

    /// Items in `mask`, in checklist order.
    static func items(_ mask: UInt8) -> [ChecklistItem] {
        ChecklistItem.allCases.filter { mask & (1 << UInt8($0.rawValue)) != 0 }
    }

    /// 0 not yet out, 1 unstable, 2 on the edge, 3 sudden hardship: the order of the status column.
    var statusRank: Int {
        switch mark.status {
        case .notOut: 0
        case .unstable: 1
        case .edge: 2
        case .sudden: 3
        case .out: 4
        }
    }
}

/// The unresolved households of a scope, in village order (the scope's villages in the board's order, each
/// village's households in registration order): built by one pass over the scope's villages that reads each
/// household in place and copies only what a row keeps.
enum UnresolvedRows {
    /// The rows with their place alone, or `detailed`; `everyHousehold` lists every household, not only the
    /// unresolved ones (tests time the list with all of them).
    static func build(board: Board, scope: DivisionCode, detailed: Bool = true, everyHousehold: Bool = false) -> [UnresolvedRow] {
        var rows: [UnresolvedRow] = []
        let villages = board.villages(under: scope)
        board.householdMarks.withUnsafeBufferPointer { marks in
            for village in villages {
                guard let indices = board.householdsByVillage[village], !indices.isEmpty else { continue }
                let (township, county) = places(above: village, board)
                // Only the board's compact copy of each mark is read: no household is touched that is not listed.
                for i in indices where everyHousehold || marks[i].isUnresolved {
                    rows.append(UnresolvedRow(household: i, village: village, township: township, county: county))
                }
            }
        }
        if detailed { detail(&rows, board: board) }
        return rows
    }

    /// Fills in every row's fields. (Not inside a closure over `board`: passing a captured board on copies its struct,
    /// some thirty references, per row.)
    /// A long list (a province's) is filled in on every core: the first sort or filter of 23,000 rows reads that
    /// many households, their tasks and visits, and would otherwise cost a key press some 60 ms.
    static func detail(_ rows: inout [UnresolvedRow], board: Board) {
        let parts = rows.count < 4096 ? 1 : 2
        guard parts > 1 else {
            for k in rows.indices where !rows[k].detailed { rows[k] = rows[k].detailed(board) }
            return
        }
        let names = board.users.mapValues(\.name)
        rows.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let target = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                // One copy of each per worker: passing the captured values on would copy them per row.
                let own = board, ownNames = names
                let lower = target.count * part / parts, upper = target.count * (part + 1) / parts
                for k in lower..<upper where !target[k].detailed { target[k] = target[k].detailed(own, cadreNames: ownNames) }
            }
        }
    }

    /// Every unresolved household of the board with its place alone, in position order (what `UnresolvedRowKeeper`
    /// fills in and keeps).
    static func everywhere(_ board: Board) -> [UnresolvedRow] {
        var rows: [UnresolvedRow] = []
        var places: [DivisionCode: (township: DivisionCode?, county: DivisionCode?)] = [:]
        board.householdMarks.withUnsafeBufferPointer { marks in
            for i in marks.indices where marks[i].isUnresolved && board.households.indices.contains(i) {
                let village = board.households[i].village
                let place = places[village] ?? Self.places(above: village, board)
                places[village] = place
                rows.append(UnresolvedRow(household: i, village: village, township: place.township, county: place.county))
            }
        }
        return rows
    }

    /// The households whose rows `operations` may change (their own change, or a change to one of their tasks) and,
    /// of those, the ones whose members' names changed; nil when an operation may change rows it does not name
    /// (units, users' names), so every row must be made again.
    static func touched(by operations: ArraySlice<Operation>, board: Board) -> (touched: Set<Int>, renamed: Set<Int>)? {
        var touched = Set<Int>()
        var renamed = Set<Int>()
        for op in operations {
            switch op.change {
            case .addOrgUnit, .addUser, .updateUser: return nil
            // A re-check never changes the register's marks: the rows stay as they are.
            case .setPin, .setStandard, .setVillageTarget, .setPinPolicy, .drawRecheckSample, .recordRecheck: continue
            case .addMember, .updateMember, .removeMember, .registerHousehold, .moveMember:
                for id in op.change.households { if let i = board.index(of: id) { renamed.insert(i) } }
            case .setStatus, .setCheck, .setIncome, .setEnrolments, .setCauses, .setPlan, .assignCadre, .addVisit,
                 .addTask, .markTaskDone, .verifyTask, .sendBackTask, .reopenTask, .proposeExit, .reviewExit,
                 .decideExit, .rollBackStatus, .editTask, .attachEvidence, .correctVisit,
                 .recordFinding, .lookAtFinding:
                break
            }
            let ids = op.change.task.flatMap({ board.task($0) }).flatMap(household).map { [$0] } ?? op.change.households
            for id in ids { if let i = board.index(of: id) { touched.insert(i) } }
        }
        return (touched, renamed)
    }

    /// The household a task is about, if it is about one.
    static func household(_ task: WorkTask) -> HouseholdID? {
        if case .household(let id) = task.subject { id } else { nil }
    }

    /// The township and county a village lies in.
    static func places(above village: DivisionCode, _ board: Board) -> (township: DivisionCode?, county: DivisionCode?) {
        let path = board.path(to: village)
        return (path.last { $0.level == .township }?.code, path.last { $0.level == .county }?.code)
    }

    /// The row household `index` has now, or nil when it is not (or no longer) an unresolved household of `scope`
    /// (nil: anywhere on the board).
    static func row(_ index: Int, board: Board, scope: DivisionCode?) -> UnresolvedRow? {
        guard board.householdMarks.indices.contains(index), board.householdMarks[index].isUnresolved,
              board.households.indices.contains(index) else { return nil }
        let village = board.households[index].village
        if let scope, !board.isInside(village, scope: scope) { return nil }
        let (township, county) = places(above: village, board)
        return UnresolvedRow(household: index, village: village, township: township, county: county).detailed(board)
    }

    /// Each village of the scope's rank in the list's village order (what `build` walks).
    static func villageRanks(board: Board, scope: DivisionCode) -> [DivisionCode: Int] {
        var ranks: [DivisionCode: Int] = [:]
        for (rank, village) in board.villages(under: scope).enumerated() { ranks[village] = rank }
        return ranks
    }
}
