import Testing
@testable import VillageBoardCore

/// SplitMix64: a tiny deterministic generator, so every seed replays the same operations on every machine.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< n (n > 0).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func between(_ lo: Int, _ hi: Int) -> Int { lo + below(hi - lo + 1) }
    mutating func percent(_ p: Int) -> Bool { below(100) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// What a refused operation must leave untouched (cheap enough to take before every operation).
struct Fingerprint: Equatable {
    var rollups: [DivisionCode: Rollup]
    var logCount: Int
    var seen: [DeviceID: Int]
    var householdCount: Int
    var taskCount: Int
    var units: [DivisionCode: OrgUnit]
    var children: [DivisionCode: [DivisionCode]]
    var users: [UserID: User]
    var standards: [Int: YearStandard]
    var household: Household?
    var task: WorkTask?

    init(_ b: Board, about change: Change) {
        rollups = b.rollups
        logCount = b.log.count
        seen = b.seen
        householdCount = b.households.count
        taskCount = b.tasks.count
        units = b.units
        children = b.children
        users = b.users
        standards = b.standards
        household = change.household.flatMap(b.household)
        task = change.task.flatMap(b.task)
    }
}

/// Random valid (and some invalid) work on the fixture board.
struct RandomWork {
    var rng: SplitMix64
    var board = Fixture.board()
    var nextHousehold = 0
    var nextTask = 0
    var nextMember = 0
    var accepted: [String: Int] = [:]
    var refused: [String: Int] = [:]
    /// Refusals by error case ("exitBlocked", "selfVerification", …).
    var reasons: [String: Int] = [:]
    var exits = 0
    var riskEliminations = 0
    var maxOverdue = 0
    var moves = 0
    var refusedChangedSomething = 0

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    mutating func randomState() -> ItemState {
        let r = rng.below(100)
        return r < 60 ? .met : r < 80 ? .notMet : r < 85 ? .notApplicable : .notChecked
    }

    mutating func randomHousehold() -> Household? {
        board.households.isEmpty ? nil : board.households[rng.below(board.households.count)]
    }

    mutating func randomTask() -> WorkTask? {
        board.tasks.isEmpty ? nil : board.tasks[rng.below(board.tasks.count)]
    }

    mutating func newMember(_ h: HouseholdID) -> Member {
        nextMember += 1
        let m = Member(id: MemberID("\(h.raw)-m\(nextMember)"), name: "成员\(nextMember)", relation: rng.pick(Relation.allCases),
                       birthYear: rng.between(1930, 2019), health: rng.pick(Health.allCases), labour: rng.pick(LabourCapacity.allCases))
        return m
    }

    mutating func newHousehold() -> Household {
        nextHousehold += 1
        let id = HouseholdID("h\(nextHousehold)")
        let r = rng.below(100)
        let status: HouseholdStatus = r < 50 ? .notOut : r < 70 ? .out : r < 80 ? .unstable : r < 90 ? .edge : .sudden
        var list = Checklist()
        for item in ChecklistItem.allCases {
            let s = rng.below(100)
            list[item] = ItemCheck(state: s < 85 ? .met : s < 95 ? .notMet : .notChecked)
        }
        let members = (0..<rng.between(1, 6)).map { _ in newMember(id) }
        return Household(id: id, village: rng.pick(Fixture.villages), registered: status != .edge,
                         mark: HouseholdMark(status, riskEliminated: status.isMonitoredKind && rng.percent(20)),
                         members: members, income: Income(wages: rng.between(2500, 9000) * members.count),
                         checklist: list)
    }

    /// One random change, or nil when the step moved "today" instead.
    mutating func randomChange() -> Change? {
        let roll = rng.below(100)
        switch roll {
        case 0..<7:
            let r = rng.below(100)
            if r < 8, let h = randomHousehold() { return .registerHousehold(h) }  // duplicate
            var h = newHousehold()
            if r < 12 { h.village = rng.pick(Fixture.townships) }  // not a village
            return .registerHousehold(h)
        case 7..<20:
            guard let h = randomHousehold() else { return nil }
            var to: HouseholdMark
            if h.isMonitored && rng.percent(70) {
                to = HouseholdMark(h.status, riskEliminated: true)
            } else if h.status == .notOut && rng.percent(40) {
                to = HouseholdMark(.out)
            } else {
                let s = rng.pick(HouseholdStatus.allCases)
                to = HouseholdMark(s, riskEliminated: rng.percent(30))
            }
            return .setStatus(h.id, from: h.mark, to: to, reason: rng.percent(70) ? "复核" : "")
        case 20..<38:
            guard let h = randomHousehold() else { return nil }
            let item = rng.pick(ChecklistItem.allCases)
            return .setCheck(h.id, item, from: h.checklist[item], to: ItemCheck(state: randomState(), note: "n"))
        case 38..<42:
            guard let h = randomHousehold() else { return nil }
            return .setIncome(h.id, from: h.income, to: Income(wages: rng.between(2000, 9000) * max(1, h.size),
                                                                productionCosts: rng.between(0, 500)))
        case 42..<47:
            guard let h = randomHousehold() else { return nil }
            if rng.percent(10), let existing = h.members.first { return .addMember(h.id, existing) }
            return .addMember(h.id, newMember(h.id))
        case 47..<51:
            guard let h = randomHousehold() else { return nil }
            if h.members.isEmpty || rng.percent(15) { return .removeMember(h.id, newMember(h.id)) }
            return .removeMember(h.id, rng.pick(h.members))
        case 51..<53:
            guard let h = randomHousehold(), !h.members.isEmpty else { return nil }
            let m = rng.pick(h.members)
            var changed = m
            changed.birthYear += 1
            changed.schooling = rng.pick(Schooling.allCases)
            return .updateMember(h.id, from: m, to: changed)
        case 53..<62:
            nextTask += 1
            let id = rng.percent(5) && !board.tasks.isEmpty ? rng.pick(board.tasks).id.raw : "t\(nextTask)"
            let subject: TaskSubject
            let r = rng.below(100)
            if r < 70, let h = randomHousehold() { subject = .household(h.id) }
            else if r < 95 { subject = .village(rng.pick(Fixture.villages)) }
            else { subject = .village(rng.pick(Fixture.townships)) }
            return .addTask(Fixture.task(id, about: subject, due: board.today.adding(days: rng.between(-40, 60)),
                                         owner: rng.pick(Fixture.users)))
        case 62..<84:
            guard let t = randomTask() else { return nil }
            let reason = rng.percent(85) ? "返工" : " "
            let valid: [Change]
            switch t.state {
            case .open: valid = [.markTaskDone(t.id, note: "完成")]
            case .done: valid = [.verifyTask(t.id), .verifyTask(t.id), .sendBackTask(t.id, reason: reason)]
            case .verified: valid = [.reopenTask(t.id, reason: reason)]
            }
            if rng.percent(75) { return rng.pick(valid) }
            return rng.pick([.markTaskDone(t.id, note: ""), .verifyTask(t.id), .sendBackTask(t.id, reason: reason),
                             .reopenTask(t.id, reason: reason)])
        case 84..<87:
            board.setToday(board.today.adding(days: rng.between(-20, 30)))
            return nil
        case 87..<90:
            let pool = rng.percent(70) ? Fixture.villages : Fixture.townships
            var unit = board.unit(rng.pick(pool))!
            unit.ruralPopulation = max(0, unit.ruralPopulation + rng.between(-50, 50))
            unit.isPoorVillage = unit.level == .village && rng.percent(40)
            if rng.percent(30) {
                // Re-parent: a village to another township, a township to the other county.
                unit.parent = unit.level == .village ? rng.pick(Fixture.townships) : rng.pick(Fixture.counties)
            }
            return .addOrgUnit(unit)
        case 90..<95:
            guard let h = randomHousehold() else { return nil }
            switch rng.below(5) {
            case 0: return .addVisit(h.id, Visit(day: board.today, by: rng.pick(Fixture.users)))
            case 1: return .assignCadre(h.id, from: h.cadre, to: rng.percent(80) ? rng.pick(Fixture.users) : nil, reason: "")
            case 2: return .setEnrolments(h.id, from: h.enrolments, to: Enrolments(dibao: rng.percent(50), familyDoctor: true))
            case 3: return .setPlan(h.id, from: h.plan, to: Plan(needs: "n", measures: [Measure(kind: rng.pick(MeasureKind.allCases))]))
            default: return .setCauses(h.id, from: CauseSet(main: h.mainCause), to: CauseSet(main: rng.pick(PovertyCause.allCases)))
            }
        case 95..<97:
            return nil  // handled by `step` as a replay
        default:
            return rng.percent(50)
                ? .setCheck(HouseholdID("ghost"), .food, from: .unchecked, to: ItemCheck(state: .met))
                : .markTaskDone(TaskID("ghost"), note: "")
        }
    }

    /// Applies one random operation; returns false if a refused one changed the board.
    mutating func step() {
        let replay = rng.below(100) < 2 && !board.log.isEmpty
        let op: Operation
        if replay {
            op = board.log[rng.below(board.log.count)]
        } else {
            guard let change = randomChange() else { return }
            // Mostly an author the permission table allows (the roll-ups are under test here, not the table).
            let pool = Fixture.users + [Fixture.admin]
            let allowed = pool.filter { Permissions.denial(for: change, by: $0, on: board) == nil }
            let author = !allowed.isEmpty && rng.percent(95) ? rng.pick(allowed) : rng.pick(pool)
            op = board.operation(change, by: author, device: rng.percent(80) ? Fixture.laptop : DeviceID("laptop-2"))
        }
        let before = Fingerprint(board, about: op.change)
        let old = op.change.household.flatMap(board.household)
        do {
            try board.apply(op)
            accepted[op.change.kind.rawValue, default: 0] += 1
            if case .setStatus(_, _, let to, _) = op.change, let old {
                if to.status.countsAsOut && !old.status.countsAsOut { exits += 1 }
                if to.riskEliminated && !old.mark.riskEliminated { riskEliminations += 1 }
            }
            if case .addOrgUnit(let u) = op.change, before.units[u.code]?.parent != u.parent { moves += 1 }
            #expect(!replay, "a replayed operation was applied twice")
        } catch {
            refused[op.change.kind.rawValue, default: 0] += 1
            let reason = error == .reasonRequired ? "reasonRequired" : Mirror(reflecting: error).children.first?.label ?? "?"
            reasons[reason, default: 0] += 1
            if replay { #expect(error == .alreadyApplied(op.id)) }
            if Fingerprint(board, about: op.change) != before { refusedChangedSomething += 1 }
        }
        maxOverdue = max(maxOverdue, board.rollup(Fixture.city).tasksOverdue)
    }
}

/// The first unit whose kept roll-up differs from the recount, briefly; nil when they are equal.
func rollupDifference(_ kept: [DivisionCode: Rollup], _ recount: [DivisionCode: Rollup]) -> String? {
    guard kept != recount else { return nil }
    let codes = Set(kept.keys).union(recount.keys).sorted()
    guard let c = codes.first(where: { kept[$0] != recount[$0] }) else { return nil }
    guard let k = kept[c], let r = recount[c] else { return "\(c): kept \(kept[c] == nil ? "missing" : "present"), recount \(recount[c] == nil ? "missing" : "present")" }
    let fields = zip(Mirror(reflecting: k).children, Mirror(reflecting: r).children)
        .filter { "\($0.value)" != "\($1.value)" }
        .map { "\($0.label ?? "?") kept \($0.value) recount \($1.value)" }
    return "\(c): " + fields.joined(separator: "; ")
}

@Suite struct RollupPropertyTests {
    @Test func splitMix64MatchesTheReferenceSequence() {
        var r = SplitMix64(seed: 0)
        #expect(r.next() == 0xE220_A839_7B1D_CDAF)
        #expect(r.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(r.next() == 0x06C4_5D18_8009_454F)
    }

    @Test(arguments: [1, 7, 42, 2020, 0xBA15_4A17] as [UInt64])
    func incrementalRollupsEqualAFullRecount(seed: UInt64) {
        var work = RandomWork(seed: seed)
        let steps = 4000, every = 20
        for i in 1...steps {
            work.step()
            if i % every == 0 || i == steps {
                let recount = work.board.recountedRollups()
                if let diff = rollupDifference(work.board.rollups, recount) {
                    Issue.record("seed \(seed), after step \(i): \(diff)")
                    break
                }
            }
        }
        #expect(work.refusedChangedSomething == 0, "seed \(seed): refused operations changed the board")

        // The random work really exercised the board.
        let b = work.board
        #expect(b.households.count > 100)
        #expect(b.tasks.count > 100)
        #expect(work.exits > 10 && work.riskEliminations > 3, "exits \(work.exits), risk eliminations \(work.riskEliminations)")
        #expect(work.maxOverdue > 0)
        #expect(work.moves > 0)
        for kind in ["registerHousehold", "setStatus", "setCheck", "addMember", "removeMember", "updateMember",
                     "addTask", "markTaskDone", "verifyTask", "sendBackTask", "reopenTask", "addOrgUnit", "setIncome"] {
            #expect((work.accepted[kind] ?? 0) > 0, "seed \(seed): no \(kind) accepted")
        }
        for kind in ["registerHousehold", "setStatus", "addMember", "removeMember", "addTask", "verifyTask", "markTaskDone"] {
            #expect((work.refused[kind] ?? 0) > 0, "seed \(seed): no \(kind) refused")
        }
        for reason in ["alreadyApplied", "notAVillage", "unknownHousehold", "duplicateHousehold", "unknownMember",
                       "duplicateMember", "unknownTask", "duplicateTask", "wrongTaskState", "selfVerification",
                       "reasonRequired", "exitBlocked"] {
            #expect((work.reasons[reason] ?? 0) > 0, "seed \(seed): nothing refused with \(reason)")
        }
        let city = b.rollup(Fixture.city)
        #expect(city.households == b.households.count)
        #expect(city.tasks == b.tasks.count)
        #expect(city.people == b.households.map(\.size).reduce(0, +))
        #expect([VillageColour.red, .amber, .green, .grey].contains(b.colour(of: Fixture.city)))

        // Replaying the log on an empty board gives the same board.
        var replayed = Board(today: b.today, year: b.year)
        for op in b.log {
            do { try replayed.apply(op) } catch { Issue.record("replay refused \(op.id): \(error)"); break }
        }
        #expect(BoardState(replayed) == BoardState(b))
    }
}
