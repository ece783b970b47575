import VillageBoardCore

/// One unresolved household as the list needs it, computed once when the list is built, so filtering,
/// sorting and drawing never go back to the household's members, checks or tasks.
struct UnresolvedRow: Sendable {
    /// Position in `Board.households`.
    var household: Int
    var village: DivisionCode
    var township: DivisionCode?
    var county: DivisionCode?
    var head: String
    var mark: HouseholdMark
    var monitored: Bool
    var cause: PovertyCause?
    /// Bit `item.rawValue` set for each item not met.
    var unmet: UInt8
    /// Bit `item.rawValue` set for each item not yet checked.
    var unchecked: UInt8
    var cadre: UserID?
    /// The cadre's name (for sorting and the cadre menu), empty when nobody is assigned.
    var cadreName: String
    var openTasks: Int
    var overdueTasks: Int
    var lastVisit: Day?

    init(household index: Int, _ h: Household, township: DivisionCode?, county: DivisionCode?, board: Board) {
        household = index
        village = h.village
        self.township = township
        self.county = county
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
        cadreName = h.cadre.flatMap { board.user($0)?.name } ?? ""
        var open = 0, overdue = 0
        for t in board.taskIndices(forHousehold: h.id) {
            let task = board.tasks[t]
            if task.state == .open { open += 1 }
            if task.isOverdue(on: board.today) { overdue += 1 }
        }
        openTasks = open
        overdueTasks = overdue
        var last: Day?
        for v in h.visits where last.map({ v.day > $0 }) ?? true { last = v.day }
        lastVisit = last
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

/// The unresolved households of a scope, in village order: built by one pass over the scope's villages.
enum UnresolvedRows {
    /// `accepting` picks the households (the unresolved ones; tests time the list with every household).
    static func build(board: Board, scope: DivisionCode,
                      accepting: (Household) -> Bool = { $0.isUnresolved }) -> [UnresolvedRow] {
        var rows: [UnresolvedRow] = []
        for village in board.villages(under: scope) {
            guard let indices = board.householdsByVillage[village], !indices.isEmpty else { continue }
            let path = board.path(to: village)
            let township = path.last { $0.level == .township }?.code
            let county = path.last { $0.level == .county }?.code
            for i in indices {
                let h = board.households[i]
                guard accepting(h) else { continue }
                rows.append(UnresolvedRow(household: i, h, township: township, county: county, board: board))
            }
        }
        return rows
    }
}
