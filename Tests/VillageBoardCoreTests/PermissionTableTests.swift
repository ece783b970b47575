import Testing
@testable import VillageBoardCore

/// The whole permission table through `Board.apply`: every role × every kind of change × inside and outside the
/// user's scope, the responsible cadre's reach to their households, the task owner, one's own PIN, unknown and
/// disabled authors, the last admin, and the empty board's first admin. What `Permissions.denial` says is exactly
/// what `apply` does.
@Suite struct PermissionTableTests {
    // Who: one user of every role, all around 太平村 (三道湖镇, 靖宇县).
    static let vc = Fixture.secretary            // village cadre, 太平村
    static let rc = UserID("rc.cadre")           // responsible cadre, 三道湖镇
    static let sup = Fixture.supervisor          // township supervisor, 三道湖镇
    static let head = Fixture.head               // county office head, 靖宇县
    static let admin = Fixture.admin             // admin, 白山市
    static let roles: [UserID] = [vc, rc, sup, head, admin]
    /// Owners of the tasks, so no tested user owns or did them.
    static let taipingWorker = UserID("taiping.worker")
    static let banshiWorker = UserID("banshi.worker")
    /// Township supervisors outside the tested roles, who review the exits the county then decides.
    static let taipingReviewer = UserID("sandaohu.reviewer")
    static let banshiReviewer = UserID("xinglong.reviewer")

    // What: households and tasks inside (太平村) and outside (板石村, 抚松县) everyone's scope but the admin's.
    static let inside = HouseholdID("220622101201-0001")
    static let outside = HouseholdID("220621100201-0001")
    /// A household in 板石村 whose responsible cadre is `rc`: outside their scope, reached all the same.
    static let assigned = HouseholdID("220621100201-0002")
    /// A second household in 太平村, for a member moving between two households inside the scope.
    static let insideToo = HouseholdID("220622101201-0003")

    static func board() -> Board {
        var b = Fixture.board()
        for u in [User(id: rc, name: "包保", role: .responsibleCadre, scope: Fixture.sandaohu),
                  User(id: taipingWorker, name: "太平干部", role: .villageCadre, scope: Fixture.taiping),
                  User(id: banshiWorker, name: "板石干部", role: .villageCadre, scope: Fixture.banshi),
                  User(id: taipingReviewer, name: "三道湖督导", role: .townshipSupervisor, scope: Fixture.sandaohu),
                  User(id: banshiReviewer, name: "兴隆督导", role: .townshipSupervisor, scope: Fixture.xinglong)] {
            b.must(.addUser(u), by: admin)
        }
        b.must(.registerHousehold(Fixture.household(inside.raw, checklist: Fixture.checklist(.met))), by: admin)
        b.must(.registerHousehold(Fixture.household(outside.raw, in: Fixture.banshi)), by: admin)
        b.must(.registerHousehold(Fixture.household(assigned.raw, in: Fixture.banshi)), by: admin)
        b.must(.registerHousehold(Fixture.household(insideToo.raw)), by: admin)
        b.must(.assignCadre(assigned, from: nil, to: rc, reason: "包保"), by: admin)
        // A visit on each side, for the correction of a mistyped one.
        for h in [inside, outside] { b.must(.addVisit(h, Visit(day: Fixture.today, by: admin, found: "走访")), by: admin) }
        // And a department finding on each, to be looked at.
        for h in [inside, outside] { b.must(.recordFinding(h, Self.finding), by: admin) }
        // A 回头看 sample of the whole city drawing both, to be re-checked.
        b.must(.drawRecheckSample(RecheckSample(id: "RC1", frame: RecheckFrame(scope: Fixture.city), rule: .count(2), seed: 7,
                                                households: [inside, outside])), by: admin)
        // Beside each village's household: one out (to come under watch) and one monitored with its risk ready to go.
        for village in [Fixture.taiping, Fixture.banshi] {
            b.must(.registerHousehold(Fixture.household(village.description + "-0011", in: village, status: .out)), by: admin)
            b.must(.registerHousehold(Fixture.household(village.description + "-0012", in: village, status: .sudden,
                                                        registered: false, perCapita: 7000)), by: admin)
        }
        // Beside each: one ready to propose (-0021), one proposed (-0022), one reviewed by the township (-0023), each
        // proposed by the village's own worker, so no tested user proposed or reviewed them.
        for (village, worker, reviewer) in [(Fixture.taiping, taipingWorker, taipingReviewer),
                                            (Fixture.banshi, banshiWorker, banshiReviewer)] {
            for n in 21...23 {
                let id = HouseholdID(village.description + "-00\(n)")
                b.must(.registerHousehold(Fixture.household(id.raw, in: village)), by: admin)
                if n >= 22 { b.must(.proposeExit(id, Fixture.proposal(from: HouseholdMark(.notOut))), by: worker) }
                if n == 23 { b.must(.reviewExit(id, approve: true, note: ""), by: reviewer) }
            }
        }
        for (where_, h, owner) in [("in", inside, taipingWorker), ("out", outside, banshiWorker), ("rc", assigned, banshiWorker)] {
            for state in ["open", "done", "verified"] {
                let id = TaskID("\(where_)-\(state)")
                b.must(.addTask(Fixture.task(id.raw, about: .household(h), owner: owner)), by: admin)
                if state != "open" { b.must(.markTaskDone(id, note: ""), by: owner) }
                if state == "verified" { b.must(.verifyTask(id), by: admin) }
            }
        }
        return b
    }

    /// A valid change of each kind, on the household (and its tasks) `h` whose tasks are named `prefix-…`.
    static func change(_ action: BoardAction, _ h: HouseholdID, _ prefix: String, by user: UserID, on b: Board) -> Change? {
        guard let hh = b.household(h) else { return nil }
        let village = hh.village
        switch action {
        case .addOrgUnit:
            let township = village == Fixture.taiping ? Fixture.sandaohu : Fixture.xinglong
            let code = DivisionCode(value: township.value + 299)!
            return .addOrgUnit(OrgUnit(code: code, name: "新村", level: .village, parent: township))
        case .registerHousehold:
            var new = Fixture.household(village.description + "-0099", in: village)
            new.id = HouseholdID(village.description + "-0099")
            return .registerHousehold(new)
        case .editHousehold:
            return .setCheck(h, .water, from: hh.checklist[.water], to: ItemCheck(state: .met, note: "核查"))
        case .recordVisit:
            return .addVisit(h, Visit(day: Fixture.today, by: user, found: "走访"))
        case .setStatus:
            return .setStatus(HouseholdID(village.description + "-0011"), from: HouseholdMark(.out),
                              to: HouseholdMark(.unstable), reason: "务工不稳")
        case .exitHousehold:
            return .setStatus(h, from: hh.mark, to: HouseholdMark(.out), reason: "")
        case .eliminateRisk:
            return .setStatus(HouseholdID(village.description + "-0012"), from: HouseholdMark(.sudden),
                              to: HouseholdMark(.sudden, riskEliminated: true), reason: "")
        case .assignCadre:
            return .assignCadre(h, from: hh.cadre, to: Fixture.secretary, reason: "调整")
        case .addTask:
            return .addTask(Fixture.task("\(prefix)-new", about: .household(h)))
        case .markTaskDone: return .markTaskDone(TaskID("\(prefix)-open"), note: "")
        case .verifyTask: return .verifyTask(TaskID("\(prefix)-done"))
        case .sendBackTask: return .sendBackTask(TaskID("\(prefix)-done"), reason: "材料不全")
        case .reopenTask: return .reopenTask(TaskID("\(prefix)-verified"), reason: "回头看")
        case .manageUsers:
            return .addUser(User(id: UserID("new.user"), name: "新", role: .villageCadre, scope: village))
        case .setOwnPin:
            return .setPin(user, from: nil, to: PinHash(kdf: "scrypt", cost: 16, blockSize: 8, parallelism: 1, salt: [1], hash: [2]))
        case .setStandard:
            return .setStandard(YearStandard(year: 2021, incomeLine: 4100, monitoringLine: 6000, dibaoStandard: 4000))
        case .proposeExit:
            return .proposeExit(HouseholdID(village.description + "-0021"), Fixture.proposal(from: HouseholdMark(.notOut)))
        case .reviewExit:
            return .reviewExit(HouseholdID(village.description + "-0022"), approve: true, note: "材料齐全")
        case .decideExit:
            return .decideExit(HouseholdID(village.description + "-0023"), from: HouseholdMark(.notOut), to: HouseholdMark(.out),
                               approve: true, note: "")
        case .editTask:
            guard let t = b.task(TaskID("\(prefix)-open")) else { return nil }
            return .editTask(t.id, from: t.terms, to: TaskTerms(title: t.title + "（改）", owner: t.owner, due: t.due), reason: "调整")
        case .setVillageTarget:
            return .setVillageTarget(village, .road, from: b.unit(village)?.target(.road) ?? VillageTarget(),
                                     to: VillageTarget(state: .met, figure: 3, evidence: "已硬化", checkedBy: user))
        case .setPinPolicy:
            return .setPinPolicy(from: b.pinPolicy, to: PinPolicy(minimums: [.townshipSupervisor: 8]))
        case .attachEvidence:
            return .attachEvidence(attachment(.check(h, .housing), by: user))
        case .recheck:
            return .recordRecheck(recheck(of: hh, by: user))
        case .viewFullIDNumber, .viewHealth, .exportFullIDNumbers, .openEvidence:
            return nil
        }
    }

    /// The expected answer of the table: nil (allowed) or the denial, for a role acting inside or outside its scope.
    static func expected(_ action: BoardAction, _ user: UserID, inside: Bool) -> PermissionDenial? {
        let scoped: PermissionDenial? = inside ? nil : .outsideScope
        let isAdmin = user == admin
        switch action {
        case .addOrgUnit:
            return isAdmin ? nil : user == head ? scoped : .roleNotAllowed
        case .registerHousehold, .setStatus, .addTask, .setVillageTarget, .editTask:
            return isAdmin ? nil : [vc, sup, head].contains(user) ? scoped : .roleNotAllowed
        case .exitHousehold, .eliminateRisk:
            return isAdmin ? nil : [sup, head].contains(user) ? scoped : .roleNotAllowed
        case .proposeExit:
            return isAdmin ? nil : user == vc ? scoped : .roleNotAllowed
        case .reviewExit:
            return isAdmin ? nil : user == sup ? scoped : .roleNotAllowed
        case .decideExit:
            return isAdmin ? nil : user == head ? scoped : .roleNotAllowed
        case .editHousehold, .recordVisit, .attachEvidence, .openEvidence:
            return isAdmin ? nil : scoped
        case .assignCadre:
            return isAdmin ? nil : [sup, head].contains(user) ? scoped : .roleNotAllowed
        case .markTaskDone:
            return user == vc ? scoped : .roleNotAllowed
        case .verifyTask, .sendBackTask, .reopenTask, .recheck:
            return isAdmin ? nil : [sup, head].contains(user) ? scoped : .roleNotAllowed
        case .manageUsers, .setStandard, .setPinPolicy:
            return isAdmin ? nil : .roleNotAllowed
        case .setOwnPin:
            return nil
        case .viewFullIDNumber:
            return isAdmin ? nil : [vc, head].contains(user) ? scoped : .roleNotAllowed
        case .viewHealth:
            return isAdmin ? nil : [vc, rc, head].contains(user) ? scoped : .roleNotAllowed
        case .exportFullIDNumbers:
            return isAdmin ? nil : .roleNotAllowed
        }
    }

    /// A re-check of `hh` in sample RC1 by `user`, disagreeing on one item with a note.
    static func recheck(of hh: Household, by user: UserID) -> RecheckRecord {
        var findings = RecheckRecord.blankFindings(for: hh)
        findings[0].agrees = false
        findings[0].note = "实地不符"
        return RecheckRecord(sample: "RC1", household: hh.id, village: hh.village, markSeen: hh.mark, cadre: hh.cadre,
                             findings: findings, satisfied: true, shouldMonitor: false, by: user, on: Fixture.today)
    }

    static let finding = DepartmentFinding(department: .school, says: "张小明 不在学籍名单", foundOn: Fixture.today)

    static let changeActions = BoardAction.allCases.filter {
        ![.viewFullIDNumber, .viewHealth, .exportFullIDNumbers, .openEvidence].contains($0)
    }

    /// A file attached to `target` by `user` (the hash need not name a real file: the board keeps only the record).
    static func attachment(_ target: EvidenceTarget, by user: UserID, hash: String = String(repeating: "ab", count: 32)) -> Attachment {
        Attachment(hash: hash, name: "照片.jpg", size: 1234, type: .jpg, target: target, by: user, on: Fixture.today)
    }

    /// Every role × every change × inside and outside: the table's answer, and `apply` doing exactly that.
    @Test(arguments: changeActions)
    func everyRoleInsideAndOutsideScope(action: BoardAction) throws {
        let base = Self.board()
        for user in Self.roles {
            for inside in [true, false] {
                let change = try #require(Self.change(action, inside ? Self.inside : Self.outside, inside ? "in" : "out",
                                                      by: user, on: base))
                let want = Self.expected(action, user, inside: inside)
                let where_ = inside ? "inside" : "outside"
                #expect(Permissions.denial(for: change, by: user, on: base) == want, "\(user) \(action) \(where_)")
                var b = base
                do {
                    try b.apply(b.operation(change, by: user))
                    #expect(want == nil, "\(user) \(action) \(where_) was applied; expected \(String(describing: want))")
                } catch {
                    if let want {
                        #expect(error == .notPermitted(user, BoardAction.of(change, author: user), want), "\(user) \(action) \(where_)")
                    } else {
                        Issue.record("\(user) \(action) \(where_) refused: \(error)")
                    }
                }
            }
        }
    }

    /// A valid change of `kind` on household `h`. The switch is exhaustive over `ChangeKind`, so a new kind does not
    /// compile until it is placed in the table's test; kinds that share an action with the one `change(_:…)` makes
    /// for it get an example of their own.
    static func change(kind: ChangeKind, _ h: HouseholdID, _ prefix: String, by user: UserID, on b: Board) -> Change? {
        guard let hh = b.household(h) else { return nil }
        let other = UserID("new.user")
        switch kind {
        case .addOrgUnit: return change(.addOrgUnit, h, prefix, by: user, on: b)
        case .registerHousehold: return change(.registerHousehold, h, prefix, by: user, on: b)
        case .setStatus: return change(.setStatus, h, prefix, by: user, on: b)
        case .setCheck: return change(.editHousehold, h, prefix, by: user, on: b)
        case .setIncome: return .setIncome(h, from: hh.income, to: Income(wages: 30_000))
        case .setEnrolments: return .setEnrolments(h, from: hh.enrolments, to: Enrolments(familyDoctor: true))
        case .setCauses:
            return .setCauses(h, from: CauseSet(main: hh.mainCause, secondary: hh.secondaryCauses), to: CauseSet(main: .illness))
        case .setPlan: return .setPlan(h, from: hh.plan, to: Plan(needs: "就业", measures: [Measure(kind: .employment)]))
        case .assignCadre: return change(.assignCadre, h, prefix, by: user, on: b)
        case .addMember: return .addMember(h, Fixture.member(h, 9))
        case .updateMember:
            var m = hh.members[1]
            m.health = .chronicIllness
            return .updateMember(h, from: hh.members[1], to: m)
        case .removeMember: return .removeMember(h, hh.members[2])
        case .addVisit: return change(.recordVisit, h, prefix, by: user, on: b)
        case .addTask: return change(.addTask, h, prefix, by: user, on: b)
        case .markTaskDone: return change(.markTaskDone, h, prefix, by: user, on: b)
        case .verifyTask: return change(.verifyTask, h, prefix, by: user, on: b)
        case .sendBackTask: return change(.sendBackTask, h, prefix, by: user, on: b)
        case .reopenTask: return change(.reopenTask, h, prefix, by: user, on: b)
        case .addUser: return change(.manageUsers, h, prefix, by: user, on: b)
        case .updateUser:
            guard let worker = b.user(prefix == "in" ? taipingWorker : banshiWorker) else { return nil }
            var renamed = worker
            renamed.name += "（改）"
            return .updateUser(from: worker, to: renamed)
        case .setPin:
            // Someone else's PIN: managing users. One's own is `setOwnPin`, tested through the actions above.
            let target = prefix == "in" ? taipingWorker : banshiWorker
            return .setPin(target == user ? other : target, from: nil,
                           to: PinHash(kdf: "scrypt", cost: 16, blockSize: 8, parallelism: 1, salt: [1], hash: [2]))
        case .setStandard: return change(.setStandard, h, prefix, by: user, on: b)
        case .setVillageTarget: return change(.setVillageTarget, h, prefix, by: user, on: b)
        case .editTask: return change(.editTask, h, prefix, by: user, on: b)
        case .setPinPolicy: return change(.setPinPolicy, h, prefix, by: user, on: b)
        case .moveMember:
            // Between two households on the same side: inside 太平村, or from outside into 板石村's other household.
            let into = prefix == "in" ? insideToo : assigned
            guard let joined = b.household(into) else { return nil }
            var becomes = hh.members[2]
            becomes.id = MemberID(into.raw + "-9")
            becomes.relation = .daughterInLaw
            _ = joined
            return .moveMember(from: h, to: into, member: hh.members[2], becomes: becomes)
        case .proposeExit: return change(.proposeExit, h, prefix, by: user, on: b)
        case .reviewExit: return change(.reviewExit, h, prefix, by: user, on: b)
        case .decideExit: return change(.decideExit, h, prefix, by: user, on: b)
        case .rollBackStatus:
            // 返贫: an out household back onto the poor list, with its new risk (the `setStatus` row).
            return .rollBackStatus(HouseholdID(hh.village.description + "-0011"), from: HouseholdMark(.out),
                                   to: HouseholdMark(.notOut), risk: .illness, reason: "大病返贫")
        case .attachEvidence: return change(.attachEvidence, h, prefix, by: user, on: b)
        case .correctVisit:
            // Correcting a visit is the `recordVisit` row: voided here, with the reason it was mistyped.
            guard let v = hh.visits.first else { return nil }
            var voided = v
            voided.voided = true
            return .correctVisit(h, visit: 0, from: v, to: voided, reason: "录错户")
        // A department finding is recorded and looked at under the `editHousehold` row.
        case .recordFinding: return .recordFinding(h, Self.finding)
        case .lookAtFinding:
            return hh.findings.isEmpty ? nil : .lookAtFinding(h, finding: 0, look: FindingLook(by: user, on: Fixture.today, note: "已核实"))
        case .recordRecheck: return change(.recheck, h, prefix, by: user, on: b)
        // A sample drawn in the household's village: inside the scope of all but the admin's for 太平村 only.
        case .drawRecheckSample:
            return .drawRecheckSample(RecheckSample(id: "RC-\(prefix)-\(user.raw)", frame: RecheckFrame(scope: hh.village),
                                                    rule: .percent(10), seed: 1, households: [h], drawnBy: user))
        }
    }

    /// Evidence on a task and on a visit follows the same row as on a checklist mark; the task's owner and the
    /// household's responsible cadre reach theirs wherever they are.
    @Test func evidenceOnTasksAndVisitsFollowsTheRow() throws {
        var base = Self.board()
        base.must(.addVisit(Self.outside, Visit(day: Fixture.today, by: Self.admin, found: "走访")), by: Self.admin)
        base.must(.addVisit(Self.inside, Visit(day: Fixture.today, by: Self.admin, found: "走访")), by: Self.admin)
        for user in Self.roles {
            for inside in [true, false] {
                let h = inside ? Self.inside : Self.outside
                let want = Self.expected(.attachEvidence, user, inside: inside)
                for target in [EvidenceTarget.task(TaskID(inside ? "in-done" : "out-done")), .visit(h, 0)] {
                    let change = Change.attachEvidence(Self.attachment(target, by: user))
                    #expect(Permissions.denial(for: change, by: user, on: base) == want, "\(user) \(target)")
                }
            }
        }
        #expect(Permissions.denial(for: .attachEvidence(Self.attachment(.task(TaskID("out-open")), by: Self.banshiWorker)),
                                   by: Self.banshiWorker, on: base) == nil, "the task's owner")
        #expect(Permissions.denial(for: .attachEvidence(Self.attachment(.check(Self.assigned, .food), by: Self.rc)),
                                   by: Self.rc, on: base) == nil, "the household's responsible cadre")
    }

    /// Who may open an attachment: the `openEvidence` row; medical papers (the basic-medical item) also need
    /// `viewHealth`, so a township supervisor opens the photo of a task but not a household's diagnosis.
    @Test func openingAnAttachmentFollowsTheTableLikeHealth() throws {
        var b = Self.board()
        let photo = Self.attachment(.task(TaskID("in-done")), by: Self.vc)
        let diagnosis = Self.attachment(.check(Self.inside, .medical), by: Self.vc, hash: String(repeating: "cd", count: 32))
        b.must(.attachEvidence(photo), by: Self.vc)
        b.must(.attachEvidence(diagnosis), by: Self.vc)
        #expect(Privacy.opensAttachment(photo, for: b.user(Self.sup), board: b))
        #expect(!Privacy.opensAttachment(diagnosis, for: b.user(Self.sup), board: b), "health: not the supervisor's")
        #expect(Privacy.opensAttachment(diagnosis, for: b.user(Self.vc), board: b))
        #expect(Privacy.opensAttachment(diagnosis, for: b.user(Self.admin), board: b))
        #expect(!Privacy.opensAttachment(photo, for: nil, board: b), "nobody logged in sees nothing")
        let outsider = try #require(b.user(Self.banshiWorker))
        #expect(!Privacy.opensAttachment(photo, for: outsider, board: b), "outside the scope")
    }

    /// A move needs both households: leaving one inside the scope for one outside it is refused for every role but
    /// the admin (and the responsible cadre of the household joined, who still cannot reach the one left).
    @Test func aMoveNeedsBothHouseholds() throws {
        let base = Self.board()
        let hh = try #require(base.household(Self.inside))
        var becomes = hh.members[2]
        becomes.id = MemberID(Self.outside.raw + "-9")
        let change = Change.moveMember(from: Self.inside, to: Self.outside, member: hh.members[2], becomes: becomes)
        for user in Self.roles {
            let want: PermissionDenial? = user == Self.admin ? nil : .outsideScope
            #expect(Permissions.denial(for: change, by: user, on: base) == want, "\(user)")
        }
    }

    /// Every role × every change kind × inside and outside: each kind answered as the table answers its action.
    @Test(arguments: ChangeKind.allCases)
    func everyChangeKindFollowsItsActionsRow(kind: ChangeKind) throws {
        let base = Self.board()
        for user in Self.roles {
            for inside in [true, false] {
                let change = try #require(Self.change(kind: kind, inside ? Self.inside : Self.outside, inside ? "in" : "out",
                                                      by: user, on: base))
                #expect(change.kind == kind)
                let action = BoardAction.of(change, author: user)
                #expect(Self.changeActions.contains(action))
                let where_ = inside ? "inside" : "outside"
                var want = Self.expected(action, user, inside: inside)
                // Accounts are not places: managing one is the admin's, wherever its scope lies.
                if action == .manageUsers { want = user == Self.admin ? nil : .roleNotAllowed }
                #expect(Permissions.denial(for: change, by: user, on: base) == want, "\(user) \(kind) \(where_)")
                var b = base
                do {
                    try b.apply(b.operation(change, by: user))
                    #expect(want == nil, "\(user) \(kind) \(where_) was applied; expected \(String(describing: want))")
                } catch {
                    if let want {
                        #expect(error == .notPermitted(user, action, want), "\(user) \(kind) \(where_)")
                    } else {
                        Issue.record("\(user) \(kind) \(where_) refused: \(error)")
                    }
                }
            }
        }
    }

    /// Seeing ID numbers and health in full, and exporting ID numbers: the same table, asked by the screens.
    @Test(arguments: [BoardAction.viewFullIDNumber, .viewHealth, .exportFullIDNumbers, .openEvidence])
    func whatEachRoleSeesInFull(action: BoardAction) throws {
        let b = Self.board()
        for user in Self.roles {
            for inside in [true, false] {
                let h = try #require(b.household(inside ? Self.inside : Self.outside))
                let target: AccessTarget = action == .exportFullIDNumbers ? .board : .household(h)
                let want = action == .exportFullIDNumbers ? Self.expected(action, user, inside: true)
                    : Self.expected(action, user, inside: inside)
                #expect(Permissions.authorize(action, user: b.user(user), target: target, board: b) == want, "\(user) \(action) \(inside)")
            }
        }
    }

    @Test func privacyMasksWhatTheRoleMayNotSee() throws {
        var b = Self.board()
        let id = ResidentID(bodyDigits: 22_062_219_580_312_123)!
        var h = try #require(b.household(Self.inside))
        let m = Member(id: MemberID(h.id.raw + "-9"), name: "张福", relation: .other, birthYear: 1958, idNumber: id,
                       health: .seriousIllness)
        b.must(.addMember(h.id, m), by: Self.vc)
        h = try #require(b.household(Self.inside))
        #expect(Privacy.idNumber(of: m, in: h, for: b.user(Self.vc), board: b) == id.full)
        #expect(Privacy.idNumber(of: m, in: h, for: b.user(Self.sup), board: b) == id.masked)
        #expect(Privacy.idNumber(of: m, in: h, for: nil, board: b) == id.masked)
        #expect(Privacy.health(of: m, in: h, for: b.user(Self.rc), board: b) == .seriousIllness)
        #expect(Privacy.health(of: m, in: h, for: b.user(Self.sup), board: b) == nil)
        #expect(Privacy.exportsFullIDNumbers(user: b.user(Self.admin), explicitly: true, board: b))
        #expect(!Privacy.exportsFullIDNumbers(user: b.user(Self.admin), explicitly: false, board: b), "only when asked")
        #expect(!Privacy.exportsFullIDNumbers(user: b.user(Self.head), explicitly: true, board: b))
    }

    // MARK: The reaches beyond scope

    @Test func theResponsibleCadreReachesTheirHouseholdsWhereverTheyAre() throws {
        let base = Self.board()
        for action in [BoardAction.editHousehold, .recordVisit, .addTask, .markTaskDone] {
            let change = try #require(Self.change(action, Self.assigned, "rc", by: Self.rc, on: base))
            var b = base
            b.must(change, by: Self.rc)
            // The same on a household of the same village that is not theirs: outside their scope.
            let other = try #require(Self.change(action, Self.outside, "out", by: Self.rc, on: base))
            #expect(Permissions.denial(for: other, by: Self.rc, on: base) != nil, "\(action)")
        }
        // Reaching a household does not make them a verifier.
        #expect(Permissions.denial(for: .verifyTask(TaskID("rc-done")), by: Self.rc, on: base) == .roleNotAllowed)
        #expect(Permissions.denial(for: .assignCadre(Self.assigned, from: Self.rc, to: nil, reason: "x"), by: Self.rc, on: base)
                    == .roleNotAllowed)
    }

    @Test func theOwnerMarksTheirTaskDoneAnywhere() {
        var b = Self.board()
        b.must(.markTaskDone(TaskID("out-open"), note: "自己的任务"), by: Self.banshiWorker)
        #expect(b.task(TaskID("out-open"))?.state == .done)
    }

    // MARK: Refusals that are not about roles

    @Test func nobodyVerifiesTheirOwnWorkNotEvenAnAdmin() {
        var b = Self.board()
        b.must(.addTask(Fixture.task("own", about: .household(Self.inside), owner: Self.admin)), by: Self.admin)
        b.must(.markTaskDone(TaskID("own"), note: ""), by: Self.admin)  // the owner
        b.mustRefuse(.verifyTask(TaskID("own")), by: Self.admin, .selfVerification(TaskID("own"), Self.admin))
        #expect(Permissions.check(.verify, user: b.user(Self.admin)!, task: b.task(TaskID("own"))!, board: b) == .ownWork)
        // Someone else marked it done, but the verifier owns it: still their own work.
        b.must(.addTask(Fixture.task("owned", about: .household(Self.inside), owner: Self.sup)), by: Self.sup)
        b.must(.markTaskDone(TaskID("owned"), note: ""), by: Self.vc)
        b.mustRefuse(.verifyTask(TaskID("owned")), by: Self.sup, .selfVerification(TaskID("owned"), Self.sup))
        b.must(.verifyTask(TaskID("owned")), by: Self.head)
    }

    @Test func sendingBackAndReopeningNeedAReasonAndOnlySupervisorsReopen() {
        var b = Self.board()
        b.mustRefuse(.sendBackTask(TaskID("in-done"), reason: "  "), by: Self.sup, .reasonRequired)
        b.mustRefuse(.reopenTask(TaskID("in-verified"), reason: ""), by: Self.sup, .reasonRequired)
        b.mustRefuse(.reopenTask(TaskID("in-verified"), reason: "回头看"), by: Self.vc,
                     .notPermitted(Self.vc, .reopenTask, .roleNotAllowed))
        b.must(.reopenTask(TaskID("in-verified"), reason: "回头看"), by: Self.sup)
        #expect(b.task(TaskID("in-verified"))?.returnReason == "回头看")
    }

    @Test func unknownAndDisabledAuthorsMayDoNothing() throws {
        var b = Self.board()
        let visit = Change.addVisit(Self.inside, Visit(day: Fixture.today, by: Self.vc))
        b.mustRefuse(visit, by: UserID("stranger"), .notPermitted(UserID("stranger"), .recordVisit, .unknownUser))
        var off = try #require(b.user(Self.vc))
        off.disabled = true
        b.must(.updateUser(from: b.user(Self.vc)!, to: off), by: Self.admin)
        b.mustRefuse(visit, by: Self.vc, .notPermitted(Self.vc, .recordVisit, .userDisabled))
        b.mustRefuse(.setPin(Self.vc, from: nil, to: PinHash(kdf: "scrypt", cost: 16, blockSize: 8, parallelism: 1, salt: [1], hash: [1])),
                     by: Self.vc, .notPermitted(Self.vc, .setOwnPin, .userDisabled))
    }

    @Test func aPinIsOnesOwnOrAnAdminsToSet() {
        var b = Self.board()
        let pin = PinHash(kdf: "scrypt", cost: 16, blockSize: 8, parallelism: 1, salt: [9], hash: [9])
        b.must(.setPin(Self.vc, from: nil, to: pin), by: Self.vc)
        #expect(b.user(Self.vc)?.pin == pin)
        b.mustRefuse(.setPin(Self.sup, from: nil, to: pin), by: Self.vc, .notPermitted(Self.vc, .manageUsers, .roleNotAllowed))
        b.mustRefuse(.setPin(Self.sup, from: nil, to: pin), by: Self.head, .notPermitted(Self.head, .manageUsers, .roleNotAllowed))
        b.must(.setPin(Self.sup, from: nil, to: pin), by: Self.admin)
        b.mustRefuse(.setPin(UserID("ghost"), from: nil, to: pin), by: Self.admin, .unknownUser(UserID("ghost")))
    }

    @Test func theLastActiveAdminCannotBeDisabledOrDemoted() throws {
        var b = Self.board()
        let me = try #require(b.user(Self.admin))
        var off = me
        off.disabled = true
        b.mustRefuse(.updateUser(from: me, to: off), by: Self.admin, .notPermitted(Self.admin, .manageUsers, .lastAdmin))
        var demoted = me
        demoted.role = .countyOfficeHead
        b.mustRefuse(.updateUser(from: me, to: demoted), by: Self.admin, .notPermitted(Self.admin, .manageUsers, .lastAdmin))
        // With a second admin, the first may step down.
        b.must(.addUser(User(id: UserID("second.admin"), name: "二", role: .admin, scope: Fixture.city)), by: Self.admin)
        b.must(.updateUser(from: me, to: off), by: Self.admin)
        #expect(b.user(Self.admin)?.disabled == true)
    }

    @Test func onlyAnEmptyBoardsFirstAdminAddsThemselves() {
        var empty = Board(today: Fixture.today, year: 2020)
        let cadre = User(id: UserID("first"), name: "一", role: .villageCadre, scope: Fixture.taiping)
        empty.mustRefuse(.addUser(cadre), by: cadre.id, .notPermitted(cadre.id, .manageUsers, .unknownUser))
        let root = User(id: UserID("root"), name: "根", role: .admin, scope: Fixture.city)
        empty.mustRefuse(.addUser(root), by: UserID("someone"), .notPermitted(UserID("someone"), .manageUsers, .unknownUser))
        empty.must(.addUser(root), by: root.id)
        // Once there is a user, nobody adds themselves.
        let second = User(id: UserID("second"), name: "二", role: .admin, scope: Fixture.city)
        empty.mustRefuse(.addUser(second), by: second.id, .notPermitted(second.id, .manageUsers, .unknownUser))
    }

    @Test func movingAUnitNeedsBothPlacesInScope() throws {
        var b = Self.board()
        var taiping = try #require(b.unit(Fixture.taiping))
        taiping.parent = Fixture.jingyuTown  // within 靖宇县: the county office head may
        b.must(.addOrgUnit(taiping), by: Self.head)
        var banshi = try #require(b.unit(Fixture.banshi))
        banshi.parent = Fixture.sandaohu  // from 抚松县 into 靖宇县: not theirs to take
        b.mustRefuse(.addOrgUnit(banshi), by: Self.head, .notPermitted(Self.head, .addOrgUnit, .outsideScope))
    }

    @Test func exitIsGatedByTheYearsStandardWhoeverAsks() throws {
        var b = Self.board()
        // Income 4,100 per head: over 2020's line (4,000), under a 2021 line of 4,500.
        let h = HouseholdID("220622101201-0002")
        b.must(.registerHousehold(Fixture.household(h.raw, checklist: Fixture.checklist(.met), perCapita: 4100)), by: Self.vc)
        b.must(.setStandard(YearStandard(year: 2021, incomeLine: 4500, monitoringLine: 6500, dibaoStandard: 4200)), by: Self.admin)
        var next = b
        next.year = 2021
        next.mustRefuse(.setStatus(h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Self.admin,
                        .exitBlocked(h, unmet: [], incomeShort: true))
        b.must(.setStatus(h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Self.sup)
        // An unmet item blocks exit whatever the role; the rollback needs a reason.
        let hh = try #require(b.household(Self.inside))
        b.must(.setCheck(Self.inside, .housing, from: hh.checklist[.housing], to: ItemCheck(state: .notMet, note: "C级危房")), by: Self.vc)
        b.mustRefuse(.setStatus(Self.inside, from: hh.mark, to: HouseholdMark(.out), reason: ""), by: Self.admin,
                     .exitBlocked(Self.inside, unmet: [.housing], incomeShort: false))
        b.mustRefuse(.setStatus(h, from: HouseholdMark(.out), to: HouseholdMark(.notOut), reason: ""), by: Self.sup, .reasonRequired)
        b.must(.setStatus(h, from: HouseholdMark(.out), to: HouseholdMark(.notOut), reason: "返贫风险"), by: Self.sup)
    }

    /// The household's own responsible cadre never decides its status alone, whatever their role and scope: not an
    /// exit, not a risk elimination, not bringing it under watch.
    @Test func aHouseholdsOwnCadreMayNotChangeItsStatus() throws {
        var b = Self.board()
        // A supervisor in scope who is also the household's 包保干部.
        b.must(.assignCadre(Self.inside, from: nil, to: Self.sup, reason: "包保"), by: Self.admin)
        let hh = try #require(b.household(Self.inside))
        let exit = Change.setStatus(Self.inside, from: hh.mark, to: HouseholdMark(.out), reason: "")
        #expect(BoardAction.of(exit, author: Self.sup) == .exitHousehold)
        b.mustRefuse(exit, by: Self.sup, .notPermitted(Self.sup, .exitHousehold, .ownHousehold))
        b.must(exit, by: Self.head)
        // The responsible cadre of 板石村's household reaches its records, not its status.
        let out = Change.setStatus(Self.assigned, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: "")
        #expect(Permissions.denial(for: out, by: Self.rc, on: b) == .ownHousehold)
        // Nor does a supervisor re-check (回头看) a household they are the cadre of: the county head does.
        let recheck = Change.recordRecheck(Self.recheck(of: hh, by: Self.sup))
        b.mustRefuse(recheck, by: Self.sup, .notPermitted(Self.sup, .recheck, .ownHousehold))
        b.must(.recordRecheck(Self.recheck(of: hh, by: Self.head)), by: Self.head)
    }
}
