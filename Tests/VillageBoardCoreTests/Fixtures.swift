import Testing
@testable import VillageBoardCore

/// Parses a value that the test itself spells out; a typo fails the test instead of crashing.
func spelled<T>(_ text: String, _ parse: (String) -> T?, or fallback: T, sourceLocation: SourceLocation) -> T {
    if let value = parse(text) { return value }
    Issue.record("test spells an invalid \(T.self): \(text)", sourceLocation: sourceLocation)
    return fallback
}

func code(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> DivisionCode {
    spelled(text, { DivisionCode($0) }, or: DivisionCode(value: 0)!, sourceLocation: sourceLocation)
}

func day(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) -> Day {
    spelled(iso, { Day(iso: $0) }, or: Day(daysSinceEpoch: 0), sourceLocation: sourceLocation)
}

/// A small Baishan: one city, two counties, five townships, ten villages, three users and the 2020 standard.
enum Fixture {
    static let city = code("220600000000")
    static let jingyu = code("220622000000")
    static let fusong = code("220621000000")
    static let jingyuTown = code("220622100000")
    static let sandaohu = code("220622101000")
    static let naerhong = code("220622102000")
    static let xinglong = code("220621100000")
    static let songjiang = code("220621101000")
    static let taiping = code("220622101201")
    static let yongsheng = code("220622100201")
    static let lianhe = code("220622100202")
    static let banshi = code("220621100201")
    static let counties = [jingyu, fusong]
    static let townships = [jingyuTown, sandaohu, naerhong, xinglong, songjiang]
    static let villages: [DivisionCode] = [
        yongsheng, lianhe, taiping, code("220622101202"), code("220622102201"), code("220622102202"),
        banshi, code("220621100202"), code("220621101201"), code("220621101202"),
    ]

    static let secretary = UserID("li.secretary")
    static let supervisor = UserID("wang.supervisor")
    static let head = UserID("zhao.head")
    /// The board's admin: adds itself first (an empty board's one self-added account), then sets the board up.
    static let admin = UserID("root.admin")
    static let users = [secretary, supervisor, head]

    static let laptop = DeviceID("taiping-laptop")
    static let setupLaptop = DeviceID("county-office")
    static let today = day("2020-06-01")

    /// Each village's rural population: 1000 + 100 × its position.
    static func population(of village: DivisionCode) -> Int { 1000 + 100 * (villages.firstIndex(of: village) ?? 0) }

    static func units() -> [OrgUnit] {
        var out = [OrgUnit(code: city, name: "白山市", level: .city, parent: nil)]
        out.append(OrgUnit(code: jingyu, name: "靖宇县", level: .county, parent: city))
        out.append(OrgUnit(code: fusong, name: "抚松县", level: .county, parent: city))
        for t in townships {
            out.append(OrgUnit(code: t, name: "乡镇\(t)", level: .township, parent: t.impliedParent))
        }
        for (i, v) in villages.enumerated() {
            out.append(OrgUnit(code: v, name: "村\(v)", level: .village, parent: v.impliedParent,
                               coordinate: Coordinate(latitude: 42 + Double(i) / 10, longitude: 127),
                               isPoorVillage: i % 3 == 0, ruralPopulation: population(of: v)))
        }
        return out
    }

    /// The empty chart, built through `apply` like any other board.
    static func board(standard: YearStandard? = .baishan2020) -> Board {
        var b = Board(today: today, year: 2020)
        b.must(.addUser(User(id: admin, name: "管理员", role: .admin, scope: city)), by: admin, device: setupLaptop)
        for u in units() { b.must(.addOrgUnit(u), by: admin, device: setupLaptop) }
        b.must(.addUser(User(id: secretary, name: "李书记", role: .villageCadre, scope: taiping)), by: admin, device: setupLaptop)
        b.must(.addUser(User(id: supervisor, name: "王督导", role: .townshipSupervisor, scope: sandaohu)), by: admin, device: setupLaptop)
        b.must(.addUser(User(id: head, name: "赵主任", role: .countyOfficeHead, scope: jingyu)), by: admin, device: setupLaptop)
        if let standard { b.must(.setStandard(standard), by: admin, device: setupLaptop) }
        return b
    }

    static func member(_ household: HouseholdID, _ n: Int, relation: Relation = .other, birthYear: Int = 1970) -> Member {
        Member(id: MemberID("\(household.raw)-\(n)"), name: "成员\(n)", relation: n == 1 ? .head : relation, birthYear: birthYear)
    }

    /// Every item of the checklist in one state.
    static func checklist(_ state: ItemState, except: [ChecklistItem: ItemState] = [:]) -> Checklist {
        var c = Checklist()
        for item in ChecklistItem.allCases {
            c[item] = ItemCheck(state: except[item] ?? state, note: "test", checkedBy: secretary, checkedOn: today)
        }
        return c
    }

    /// A registered household; by default not yet out, every item met and income well above the 2020 line.
    static func household(_ id: String, in village: DivisionCode = taiping, people: Int = 3,
                          status: HouseholdStatus = .notOut, riskEliminated: Bool = false, registered: Bool = true,
                          checklist: Checklist = Fixture.checklist(.met), perCapita: Int = 5000) -> Household {
        let hid = HouseholdID(id)
        return Household(id: hid, village: village, registered: registered,
                         mark: HouseholdMark(status, riskEliminated: riskEliminated),
                         members: (0..<people).map { member(hid, $0 + 1) },
                         income: Income(wages: perCapita * people), checklist: checklist)
    }

    static func task(_ id: String, about subject: TaskSubject, due: Day = day("2020-07-01"),
                     owner: UserID = secretary) -> WorkTask {
        WorkTask(id: TaskID(id), subject: subject, title: "任务\(id)", owner: owner, due: due,
                 createdBy: supervisor, createdOn: today)
    }
}

extension Board {
    /// An operation from `device` with the next free sequence, stamped at noon of `today`.
    func operation(_ change: Change, by author: UserID = Fixture.secretary, device: DeviceID = Fixture.laptop) -> Operation {
        Operation(id: OperationID(device: device, sequence: nextSequence(for: device)),
                  time: Timestamp(day: today, hour: 12), author: author, change: change)
    }

    /// Applies a change that the test expects to be accepted.
    mutating func must(_ change: Change, by author: UserID = Fixture.secretary, device: DeviceID = Fixture.laptop,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try apply(operation(change, by: author, device: device))
        } catch {
            Issue.record("\(change.kind) refused: \(error)", sourceLocation: sourceLocation)
        }
    }

    /// Applies a change the test expects to be refused with `expected`, and checks that nothing changed.
    mutating func mustRefuse(_ change: Change, by author: UserID = Fixture.secretary, device: DeviceID = Fixture.laptop,
                             _ expected: BoardError, sourceLocation: SourceLocation = #_sourceLocation) {
        mustRefuse(operation(change, by: author, device: device), expected, sourceLocation: sourceLocation)
    }

    mutating func mustRefuse(_ op: Operation, _ expected: BoardError, sourceLocation: SourceLocation = #_sourceLocation) {
        let before = BoardState(self)
        do {
            try apply(op)
            Issue.record("\(op.change.kind) was accepted; expected \(expected)", sourceLocation: sourceLocation)
        } catch {
            #expect(error == expected, sourceLocation: sourceLocation)
            #expect(BoardState(self) == before, "a refused \(op.change.kind) changed the board", sourceLocation: sourceLocation)
        }
    }

    /// The error an operation is refused with, or nil when accepted.
    mutating func refusal(of change: Change, by author: UserID = Fixture.secretary) -> BoardError? {
        do {
            try apply(operation(change, by: author))
            return nil
        } catch {
            return error
        }
    }
}

/// Everything observable about a board, for "a refused operation changes nothing".
struct BoardState: Equatable {
    var units: [DivisionCode: OrgUnit]
    var children: [DivisionCode: [DivisionCode]]
    var households: [Household]
    var householdsByVillage: [DivisionCode: [Int]]
    var tasks: [WorkTask]
    var users: [UserID: User]
    var standards: [Int: YearStandard]
    var rollups: [DivisionCode: Rollup]
    var today: Day
    var year: Int
    var seen: [DeviceID: Int]
    var log: [Operation]
    var attachments: [Attachment]

    init(_ b: Board) {
        attachments = b.attachments
        units = b.units
        children = b.children
        households = b.households
        householdsByVillage = b.householdsByVillage
        tasks = b.tasks
        users = b.users
        standards = b.standards
        rollups = b.rollups
        today = b.today
        year = b.year
        seen = b.seen
        log = b.log
    }
}
