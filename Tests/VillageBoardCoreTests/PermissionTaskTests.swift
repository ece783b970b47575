import Testing
@testable import VillageBoardCore

/// The task permission table: every role × action, inside and outside scope, the owner, own work, state.
@Suite struct PermissionTaskTests {
    let h1 = HouseholdID("220622101201-0001")
    let banshiHousehold = HouseholdID("220621100201-0001")
    static let rc = UserID("rc.cadre")
    static let admin = UserID("root")
    static let otherSecretary = UserID("banshi.secretary")
    static let fusongSupervisor = UserID("xinglong.supervisor")

    /// 太平村 (三道湖镇, 靖宇县) with one household; 板石村 (兴隆乡, 抚松县) with one; users for every role.
    func board() -> Board {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household(h1.raw)))
        b.must(.registerHousehold(Fixture.household(banshiHousehold.raw, in: Fixture.banshi)), by: Fixture.admin)
        let users = [
            User(id: Self.rc, name: "包保", role: .responsibleCadre, scope: Fixture.sandaohu),
            User(id: Self.admin, name: "管理员", role: .admin, scope: Fixture.city),
            User(id: Self.otherSecretary, name: "板石书记", role: .villageCadre, scope: Fixture.banshi),
            User(id: Self.fusongSupervisor, name: "兴隆督导", role: .townshipSupervisor, scope: Fixture.xinglong),
        ]
        for u in users { b.must(.addUser(u), by: Fixture.admin) }
        return b
    }

    func user(_ b: Board, _ id: UserID) -> User {
        b.user(id) ?? User(id: id, name: "?", role: .villageCadre, scope: Fixture.taiping, disabled: true)
    }

    /// A task in `state`, owned by `owner`, marked done by `doneBy` when it is past open.
    func task(_ state: TaskState, owner: UserID = Fixture.secretary, doneBy: UserID? = Fixture.secretary,
              subject: TaskSubject? = nil) -> WorkTask {
        var t = Fixture.task("t1", about: subject ?? .household(h1), owner: owner)
        t.state = state
        if state != .open { t.doneBy = doneBy }
        return t
    }

    @Test func everyActionHasARuleAndOnlyMarkDoneLetsTheOwnerAct() {
        for action in TaskAction.allCases { #expect(Permissions.taskRules[action] != nil, "\(action)") }
        #expect(Permissions.rule(.markDone).owner)
        #expect(!Permissions.rule(.verify).owner && !Permissions.rule(.sendBack).owner && !Permissions.rule(.reopen).owner)
        #expect(Permissions.rule(.verify).forbidsOwnWork)
        #expect(Permissions.rule(.markDone).from == .open)
        #expect(Permissions.rule(.verify).from == .done && Permissions.rule(.sendBack).from == .done)
        #expect(Permissions.rule(.reopen).from == .verified)
    }

    /// Each role acting inside its scope on a task it does not own and did not mark done.
    @Test(arguments: TaskAction.allCases)
    func roleTableInsideScope(action: TaskAction) {
        let b = board()
        let state = Permissions.rule(action).from
        let t = task(state, owner: Self.otherSecretary, doneBy: Self.otherSecretary)
        let expected: [UserID: PermissionDenial?] = [
            Fixture.secretary: action == .markDone ? nil : .roleNotAllowed,
            Self.rc: .roleNotAllowed,
            Fixture.supervisor: action == .markDone ? .roleNotAllowed : nil,
            Fixture.head: action == .markDone ? .roleNotAllowed : nil,
            Self.admin: action == .markDone ? .roleNotAllowed : nil,
        ]
        for (id, denial) in expected {
            #expect(Permissions.check(action, user: user(b, id), task: t, board: b) == denial, "\(id) \(action)")
        }
    }

    /// The same roles on a task in 板石村 (抚松县), outside every one of their scopes but the admin's.
    @Test(arguments: TaskAction.allCases)
    func roleTableOutsideScope(action: TaskAction) {
        let b = board()
        let state = Permissions.rule(action).from
        let t = task(state, owner: Self.otherSecretary, doneBy: Self.otherSecretary, subject: .household(banshiHousehold))
        let expected: [UserID: PermissionDenial?] = [
            Fixture.secretary: action == .markDone ? .outsideScope : .roleNotAllowed,
            Self.rc: .roleNotAllowed,
            Fixture.supervisor: action == .markDone ? .roleNotAllowed : .outsideScope,
            Fixture.head: action == .markDone ? .roleNotAllowed : .outsideScope,
            Self.admin: action == .markDone ? .roleNotAllowed : nil,
            Self.fusongSupervisor: action == .markDone ? .roleNotAllowed : nil,
        ]
        for (id, denial) in expected {
            #expect(Permissions.check(action, user: user(b, id), task: t, board: b) == denial, "\(id) \(action)")
        }
    }

    @Test func theOwnerMarksDoneWhateverTheRoleAndScope() {
        let b = board()
        // A responsible cadre of 三道湖镇 owning a task in 板石村 (another county).
        let t = task(.open, owner: Self.rc, subject: .household(banshiHousehold))
        #expect(Permissions.check(.markDone, user: user(b, Self.rc), task: t, board: b) == nil)
        // …but owning a task does not let them verify or send it back.
        var done = t
        done.state = .done
        done.doneBy = Fixture.secretary
        #expect(Permissions.check(.verify, user: user(b, Self.rc), task: done, board: b) == .roleNotAllowed)
        #expect(Permissions.check(.sendBack, user: user(b, Self.rc), task: done, board: b) == .roleNotAllowed)
    }

    @Test func villageTasksCountInTheirVillage() {
        let b = board()
        let road = task(.open, owner: Fixture.supervisor, subject: .village(Fixture.taiping))
        #expect(Permissions.check(.markDone, user: user(b, Fixture.secretary), task: road, board: b) == nil)
        #expect(Permissions.check(.markDone, user: user(b, Self.otherSecretary), task: road, board: b) == .outsideScope)
    }

    @Test func nobodyVerifiesTheirOwnWorkButMaySendItBack() {
        let b = board()
        let t = task(.done, owner: Fixture.supervisor, doneBy: Fixture.supervisor)
        #expect(Permissions.check(.verify, user: user(b, Fixture.supervisor), task: t, board: b) == .ownWork)
        #expect(Permissions.check(.verify, user: user(b, Fixture.head), task: t, board: b) == nil)
        #expect(Permissions.check(.sendBack, user: user(b, Fixture.supervisor), task: t, board: b) == nil)
    }

    @Test func eachActionNeedsItsState() {
        let b = board()
        for action in TaskAction.allCases {
            let who = action == .markDone ? Fixture.secretary : Fixture.supervisor
            for state in TaskState.allCases {
                let t = task(state, owner: Fixture.secretary, doneBy: Fixture.secretary)
                let expected: PermissionDenial? = state == Permissions.rule(action).from ? nil : .wrongState
                #expect(Permissions.check(action, user: user(b, who), task: t, board: b) == expected, "\(action) on \(state)")
            }
        }
    }

    @Test func aDisabledUserMayDoNothing() {
        let b = board()
        var secretary = user(b, Fixture.secretary)
        secretary.disabled = true
        #expect(Permissions.check(.markDone, user: secretary, task: task(.open), board: b) == .userDisabled)
        #expect(!Permissions.allows(.markDone, user: secretary, task: task(.open), board: b))
        #expect(Permissions.allows(.markDone, user: user(b, Fixture.secretary), task: task(.open), board: b))
    }

    @Test func changesNameTheirAction() {
        let id = TaskID("t1")
        #expect(TaskAction.of(.markTaskDone(id, note: "")).map { $0.action } == .markDone)
        #expect(TaskAction.of(.verifyTask(id)).map { $0.action } == .verify)
        #expect(TaskAction.of(.sendBackTask(id, reason: "x")).map { $0.action } == .sendBack)
        #expect(TaskAction.of(.reopenTask(id, reason: "x")).map { $0.task } == id)
        #expect(TaskAction.of(.setStandard(.baishan2020)) == nil)
    }
}
