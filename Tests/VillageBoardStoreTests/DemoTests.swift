import Testing
import VillageBoardCore
@testable import VillageBoardStore
@testable import VillageBoardDemo

/// Built once for the whole suite: the demo is deterministic, so every test may share it.
private let demo = BaishanDemo.board()

private func village(named name: String, in board: Board) -> OrgUnit? {
    board.units.values.first { $0.level == .village && $0.name == name }
}

@Suite("Baishan demo")
struct DemoTests {
    @Test func cityFiguresMatchTheArticle() throws {
        let r = demo.rollup(BaishanDemo.cityCode)
        #expect(r.householdsRegistered == 10_592)
        #expect(r.peopleRegistered == 18_807)
        #expect(r.householdsOut == 10_178)
        #expect(r.peopleOut == 18_076)
        #expect(r.householdsRemaining == 414)
        #expect(r.peopleRemaining == 731)
        #expect(r.poorVillages == 112)
        #expect(r.ruralPopulation == 265_000)
        let incidence = try #require(r.incidence)
        #expect(incidence < 0.003)
        let atStart = Double(r.peopleRegistered) / Double(r.ruralPopulation)
        #expect(abs(atStart - 0.071) < 0.0005)
    }

    /// The demo obeys the status rules `check` enforces: no risk eliminated on a safety-net household without labour
    /// (61 of them did), no not-applicable mark the rule forbids, registration fitting each status, and no household
    /// left unmonitored inside the monitoring range.
    @Test func theDemoObeysTheStatusRules() {
        var breaches = 0, warnings = 0, safetyNet = 0, eliminated = 0
        for h in demo.households {
            breaches += demo.breaches(of: h).count
            warnings += demo.warnings(for: h).count
            if h.isSafetyNetWithoutLabour { safetyNet += 1 }
            if h.mark.riskEliminated { eliminated += 1 }
            #expect(!(h.mark.riskEliminated && h.isSafetyNetWithoutLabour), "\(h.id)")
            #expect(h.income.year == demo.year, "\(h.id): income carries its year")
        }
        #expect(breaches == 0 && warnings == 0)
        // The rules had something to bite on: households on the safety net without labour, and eliminated risks.
        #expect(safetyNet > 100 && eliminated > 100, "safety net \(safetyNet), eliminated \(eliminated)")
        // Labour capacity in the register's terms: lost (丧失劳动力) as well as never had (无劳动力).
        #expect(demo.households.contains { $0.members.contains { $0.labour == .lost } })
    }

    @Test func sixCountyLevelUnitsWithRealCodes() {
        let counties = demo.children[BaishanDemo.cityCode] ?? []
        #expect(counties.map(\.description) == ["220602000000", "220605000000", "220621000000", "220622000000",
                                                 "220623000000", "220681000000"])
        #expect(counties.compactMap { demo.unit($0)?.name } == ["浑江区", "江源区", "抚松县", "靖宇县", "长白朝鲜族自治县", "临江市"])
        #expect(demo.roots == [BaishanDemo.cityCode])
        #expect(demo.unit(BaishanDemo.cityCode)?.name == "白山市")
    }

    @Test(arguments: [
        ("板石村", "兴隆乡", "抚松县"), ("太平村", "三道湖镇", "靖宇县"), ("大杨树村", "六道沟镇", "临江市"),
        ("永胜村", "靖宇镇", "靖宇县"), ("联合村", "靖宇镇", "靖宇县"), ("江沿村", "六道江镇", "浑江区"),
        ("榆木桥子村", "石人镇", "江源区"), ("遥林村", "石人镇", "江源区"), ("果园民俗村", "马鹿沟镇", "长白朝鲜族自治县"),
        ("锦江木屋村", "漫江镇", "抚松县"), ("松岭雪村", "花山镇", "临江市"),
    ])
    func namedVillageSitsUnderItsTownshipAndCounty(_ name: String, _ township: String, _ county: String) throws {
        let v = try #require(village(named: name, in: demo))
        #expect(demo.path(to: v.code).map(\.name) == ["白山市", county, township, name])
        #expect(v.coordinate != nil)
    }

    @Test func namedTownshipsExist() {
        for (township, county) in [("那尔轰镇", "靖宇县"), ("闹枝镇", "临江市"), ("红土崖镇", "浑江区")] {
            let unit = demo.units.values.first { $0.level == .township && $0.name == township }
            #expect(unit.flatMap { $0.parent }.flatMap { demo.unit($0)?.name } == county, "\(township)")
        }
    }

    @Test func villageNamesAreUniqueAcrossTheCity() {
        let names = demo.units.values.filter { $0.level == .village }.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.count == 176)
    }

    @Test func theFourNamedUsers() throws {
        let taiping = try #require(village(named: "太平村", in: demo))
        let sandaohu = try #require(taiping.parent)
        let expected: [(String, Role, DivisionCode)] = [
            ("taiping-sec", .villageCadre, taiping.code),
            ("sandaohu-sup", .townshipSupervisor, sandaohu),
            ("jingyu-office", .countyOfficeHead, BoardBuilder.division(220_622_000_000)),
            ("admin", .admin, BaishanDemo.cityCode),
        ]
        for (id, role, scope) in expected {
            let user = try #require(demo.user(UserID(id)), "\(id)")
            #expect(user.role == role, "\(id)")
            #expect(user.scope == scope, "\(id)")
            #expect(!user.name.isEmpty)
        }
    }

    @Test func everyReferencedUserExists() {
        for h in demo.households {
            #expect(h.cadre.map { demo.user($0) != nil } ?? true)
            for a in h.cadreHistory { #expect(demo.user(a.cadre) != nil) }
            for v in h.visits { #expect(demo.user(v.by) != nil) }
        }
        for t in demo.tasks {
            #expect(demo.user(t.owner) != nil && demo.user(t.createdBy) != nil)
            if let v = t.verifiedBy { #expect(demo.user(v) != nil) }
        }
    }

    @Test func everyIDNumberIsValidAndFitsItsHolder() throws {
        var seen = Set<Int64>()
        for h in demo.households {
            let county = String(h.village.description.prefix(6))
            for m in h.members {
                let id = try #require(m.idNumber, "\(m.id)")
                #expect(ResidentID(id.full) == id)
                #expect(id.full.hasPrefix(county))
                #expect(id.birthYear == m.birthYear)
                #expect(seen.insert(id.body).inserted, "duplicate \(id.full)")
            }
        }
        #expect(seen.count == demo.households.reduce(0) { $0 + $1.size })
    }

    @Test func rollupsEqualARecount() {
        #expect(demo.rollups == demo.recountedRollups())
    }

    @Test func twoBuildsAreEqual() {
        let again = BaishanDemo.board()
        #expect(again.households == demo.households)
        #expect(again.tasks == demo.tasks)
        #expect(again.users == demo.users)
        #expect(again.units == demo.units)
        #expect(again.standards == demo.standards)
        #expect(again.today == BaishanDemo.today)
    }

    @Test func everyColourOnTheChart() throws {
        let villages = demo.villages(under: BaishanDemo.cityCode)
        let colours = villages.map { demo.colour(of: $0) }
        for c in VillageColour.allCases { #expect(colours.contains(c), "\(c)") }
        let planned: [(String, VillageColour)] = [("太平村", .red), ("永胜村", .green), ("大杨树村", .amber), ("江沿村", .green),
                                                   ("榆木桥子村", .amber), ("遥林村", .red)]
        for (name, colour) in planned {
            let v = try #require(village(named: name, in: demo))
            #expect(demo.colour(of: v.code) == colour, "\(name)")
        }
    }

    @Test func theArticlesOtherFigures() throws {
        let registered = demo.households.filter(\.registered)
        let pupils = registered.flatMap(\.members).filter { (6...15).contains($0.age(in: 2020)) }
        #expect(pupils.count == 748)
        #expect(pupils.allSatisfy { $0.schooling == .inSchool })
        #expect(registered.filter(\.enrolments.dibao).reduce(0) { $0 + $1.size } == 11_874)
        #expect(registered.filter { $0.checklist[.housing].note == GeneratorTables.housingRenovated }.count == 3_214)
        #expect(registered.filter { $0.checklist[.water].note == GeneratorTables.waterProject }.reduce(0) { $0 + $1.size } == 4_067)
        func holding(_ detail: String) -> Int {
            registered.filter { $0.plan.measures.contains { $0.kind == .publicWelfareJob && $0.detail == detail } }.count
        }
        #expect(holding("河道管理员") == 148)
        #expect(holding("生态护林员") == 268)
        #expect(registered.filter { $0.plan.measures.contains { $0.kind == .microCredit } }.count == 433)
        #expect(demo.rollup(try #require(village(named: "大杨树村", in: demo)).code).householdsRegistered == 18)
        let ymqz = demo.rollup(try #require(village(named: "榆木桥子村", in: demo)).code)
        #expect(ymqz.householdsRegistered == 30 && ymqz.peopleRegistered == 49)
    }

    @Test func childrenAreOfPlausibleAgeForTheHead() {
        for h in demo.households {
            let head = h.members[0]
            #expect(head.relation == .head)
            for m in h.members {
                let gap = m.birthYear - head.birthYear
                switch m.relation {
                case .son, .daughter: #expect((15...55).contains(gap), "\(m.id)")
                case .grandchild: #expect(gap >= 30, "\(m.id)")
                default: break
                }
            }
        }
    }

    @Test func namesIncludeRareAndKoreanChineseSurnames() {
        let names = demo.households.flatMap(\.members).map(\.name)
        for surname in ["单", "曾", "解", "仇", "朴"] { #expect(names.contains { $0.hasPrefix(surname) }, "\(surname)") }
        let changbai = demo.households.filter { $0.village.description.hasPrefix("220623") }.flatMap(\.members)
        #expect(changbai.filter { $0.name.hasPrefix("朴") }.count > 10)
        #expect(names.allSatisfy { (2...4).contains($0.count) })
    }

    @Test func householdsOutMeetEveryStandard() throws {
        let standard = try #require(demo.standard)
        for h in demo.households where h.registered && h.status.countsAsOut {
            let gate = ExitRule.missing(for: h, standard: standard)
            #expect(gate.unmet.isEmpty && !gate.incomeShort, "\(h.id)")
            #expect(h.income.perCapita(people: h.size) > 4_000)
            for item in ChecklistItem.allCases {
                let check = h.checklist[item]
                #expect(check.checkedBy != nil && check.checkedOn.map { $0 <= BaishanDemo.today } == true)
            }
        }
    }

    @Test func unresolvedHouseholdsHaveWorkToDo() {
        let remaining = demo.households.filter { $0.status == .notOut }
        #expect(remaining.count == 414)
        for h in remaining {
            #expect(h.cadre != nil && h.cadreHistory.last?.cadre == h.cadre, "\(h.id)")
            #expect(!h.plan.needs.isEmpty && !h.plan.measures.isEmpty)
            #expect(!h.visits.isEmpty && h.visits.map(\.day) == h.visits.map(\.day).sorted())
            #expect(!demo.taskIndices(forHousehold: h.id).isEmpty)
        }
        #expect(remaining.contains { $0.income.perCapita(people: $0.size) < 4_000 })
        #expect(remaining.contains { $0.checklist[.housing].state == .notMet && $0.checklist[.housing].note.contains("级") })
        #expect(remaining.contains { $0.checklist.unmet.isEmpty })
        #expect(remaining.contains { h in ChecklistItem.allCases.contains { h.checklist[$0].state == .notChecked } })
        #expect(remaining.contains { $0.cadreHistory.count > 1 })
        #expect(remaining.contains { $0.visits.last.map { $0.day.days(until: BaishanDemo.today) > 60 } ?? false },
                "some household nobody visited lately")
    }

    @Test func monitoredHouseholdsOutsideTheRegister() {
        let monitored = demo.households.filter { !$0.registered }
        #expect(monitored.allSatisfy { $0.status == .edge || $0.status == .sudden })
        #expect(monitored.contains { $0.status == .edge && $0.isMonitored })
        #expect(monitored.contains { $0.status == .sudden && $0.isMonitored })
        #expect(monitored.contains { $0.mark.riskEliminated })
        #expect(monitored.allSatisfy { $0.identifiedOn != nil && !$0.riskTypes.isEmpty })
        #expect(demo.households.contains { $0.status == .unstable && $0.isMonitored })
        #expect(demo.households.contains { $0.status == .unstable && $0.mark.riskEliminated })
    }

    @Test func causesAreMostlyIllnessAndDisability() {
        let causes = demo.households.filter(\.registered).compactMap(\.mainCause)
        let illness = causes.filter { $0 == .illness }.count, disability = causes.filter { $0 == .disability }.count
        for other in PovertyCause.allCases where other != .illness && other != .disability {
            #expect(causes.filter { $0 == other }.count < disability, "\(other)")
        }
        #expect(illness > disability)
    }

    @Test func tasksInEveryState() {
        let today = BaishanDemo.today
        let tasks = demo.tasks
        #expect(tasks.contains { $0.state == .open && !$0.isOverdue(on: today) })
        #expect(tasks.contains { $0.isOverdue(on: today) })
        #expect(tasks.contains { $0.state == .done })
        #expect(tasks.contains { $0.state == .verified })
        #expect(tasks.contains { $0.state == .open && !$0.returnReason.isEmpty })
        #expect(tasks.contains { if case .village = $0.subject { true } else { false } })
        for t in tasks {
            #expect(t.createdOn <= today && t.createdOn <= t.due)
            if t.state != .open { #expect(t.doneBy == t.owner && t.doneOn.map { $0 >= t.createdOn && $0 <= today } == true) }
            if t.state == .verified {
                #expect(t.verifiedBy != nil && t.verifiedBy != t.doneBy)
                #expect(t.verifiedOn.map { $0 >= (t.doneOn ?? today) && $0 <= today } == true)
            }
            #expect(demo.village(of: t) != nil)
        }
        #expect(Set(tasks.map(\.id)).count == tasks.count)
        let taiping = demo.tasks.filter { $0.owner == UserID("taiping-sec") }
        #expect(taiping.contains { $0.state == .done } || taiping.contains { $0.state == .open })
    }

    @Test func placesAndDeadlines() throws {
        for unit in demo.units.values {
            #expect(unit.deadline == BaishanDemo.deadline)
            guard unit.level == .village else { continue }
            let c = try #require(unit.coordinate)
            #expect((41.4...42.9).contains(c.latitude) && (126.1...128.3).contains(c.longitude), "\(unit.name)")
            let county = try #require(BaishanCounty.all.first { unit.code.description.hasPrefix(String($0.code6)) })
            #expect(county.lat.contains(Int((c.latitude * 10_000).rounded())))
            #expect(county.lon.contains(Int((c.longitude * 10_000).rounded())))
        }
        #expect(demo.standards[2020] == .baishan2020)
        #expect(demo.standards[2021]?.monitoringLine == 6_000)
    }
}

@Suite("Baishan demo on disk")
struct DemoSnapshotTests {
    @Test func sameBytesEveryTime() {
        let a = Snapshot.encode(demo, covers: [:])
        let b = Snapshot.encode(BaishanDemo.board(), covers: [:])
        #expect(a == b)
        #expect(a.count > 1_000_000)
    }

    @Test func survivesASnapshotRoundTrip() throws {
        let bytes = Snapshot.encode(demo, covers: [:])
        let loaded = try Snapshot.decode(bytes, file: "snapshot.jsonl", today: BaishanDemo.today).board
        #expect(loaded.households == demo.households)
        #expect(loaded.tasks == demo.tasks)
        #expect(loaded.units == demo.units)
        #expect(loaded.users == demo.users)
        #expect(loaded.rollups == demo.rollups)
    }
}
