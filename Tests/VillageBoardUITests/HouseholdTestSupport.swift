import Foundation
import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// A small board for the household screen's tests, built through `Board.apply` like any other, so the
/// household has a history: one village of Baishan, three users, the 2020 standard, two households.
struct HouseholdFixture {
    static let city = DivisionCode(value: 220_600_000_000)!
    static let county = DivisionCode(value: 220_622_000_000)!
    static let township = DivisionCode(value: 220_622_101_000)!
    static let village = DivisionCode(value: 220_622_101_201)!
    static let secretary = UserID("taiping-sec")
    static let supervisor = UserID("sandaohu-sup")
    static let office = UserID("jingyu-office")
    static let laptop = DeviceID("taiping-laptop")
    static let officeLaptop = DeviceID("county-office")
    static let today = Day(year: 2020, month: 6, day: 30)!
    /// The household every test opens: not yet out, some items unmet, income under the line.
    static let zhang = HouseholdID("220622101201-0001")
    /// A monitored household whose risk was eliminated.
    static let li = HouseholdID("220622101201-0002")
    static let renovate = TaskID("T-0001")
    static let doctor = TaskID("T-0002")
    /// Beijing time, so the history's clock does not depend on the machine running the tests.
    static let beijing = 8 * 3600

    private(set) var board = Board(today: HouseholdFixture.today, year: 2020)
    /// The time the next operation is stamped with; each one is a few minutes after the last.
    private var clock = Timestamp(day: Day(year: 2020, month: 6, day: 1)!, hour: 1)

    init() {
        build()
    }

    /// Applies a change the fixture needs; a refusal fails the test that built it.
    mutating func apply(_ change: Change, by author: UserID = HouseholdFixture.secretary,
                        device: DeviceID = HouseholdFixture.laptop, on day: Day? = nil) {
        if let day { clock = Timestamp(day: day, hour: 1, minute: 30) }
        clock = Timestamp(millisecondsSinceEpoch: clock.millisecondsSinceEpoch + 7 * 60_000)
        let op = VillageBoardCore.Operation(id: OperationID(device: device, sequence: board.nextSequence(for: device)),
                                            time: clock, author: author, change: change)
        do {
            try board.apply(op)
        } catch {
            Issue.record("fixture change \(change.kind) refused: \(error)")
        }
    }

    private mutating func build() {
        // Every author must be a user with the right: an admin adds itself first (on its own laptop, off the
        // story's clock) and sets the board up; the county office head registers the households.
        let admin = UserID("admin"), adminLaptop = DeviceID("admin-laptop")
        let first = VillageBoardCore.Operation(id: OperationID(device: adminLaptop, sequence: 1), time: clock, author: admin,
                                               change: .addUser(User(id: admin, name: "管理员", role: .admin, scope: Self.city)))
        do { try board.apply(first) } catch { Issue.record("fixture admin refused: \(error)") }
        for unit in [OrgUnit(code: Self.city, name: "白山市", level: .city, parent: nil),
                     OrgUnit(code: Self.county, name: "靖宇县", level: .county, parent: Self.city),
                     OrgUnit(code: Self.township, name: "三道湖镇", level: .township, parent: Self.county),
                     OrgUnit(code: Self.village, name: "太平村", level: .village, parent: Self.township, isPoorVillage: true,
                             ruralPopulation: 1200)] {
            apply(.addOrgUnit(unit), by: admin, device: adminLaptop)
        }
        apply(.addUser(User(id: Self.office, name: "赵主任", role: .countyOfficeHead, scope: Self.county)), by: admin, device: adminLaptop)
        apply(.addUser(User(id: Self.secretary, name: "李书记", role: .villageCadre, scope: Self.village)), by: admin, device: adminLaptop)
        apply(.addUser(User(id: Self.supervisor, name: "王督导", role: .townshipSupervisor, scope: Self.township)),
              by: admin, device: adminLaptop)
        apply(.setStandard(.baishan2020), by: admin, device: adminLaptop)
        let setup = (HouseholdFixture.office, HouseholdFixture.officeLaptop)

        let may = Day(year: 2020, month: 5, day: 12)!
        func check(_ state: ItemState, _ note: String) -> ItemCheck {
            ItemCheck(state: state, note: note, checkedBy: Self.secretary, checkedOn: may)
        }
        let id = Self.zhang
        let zhang = Household(
            id: id, village: Self.village, hamlet: "一组", registered: true, mark: HouseholdMark(.notOut),
            mainCause: .illness, secondaryCauses: [.lackOfSkills, .lackOfLabour],
            members: [
                Member(id: MemberID("\(id.raw)-1"), name: "张福", relation: .head, birthYear: 1958,
                       idNumber: ResidentID(bodyDigits: 22_062_219_580_312_123), health: .chronicIllness, labour: .partial),
                Member(id: MemberID("\(id.raw)-2"), name: "王秀兰", relation: .spouse, birthYear: 1961,
                       idNumber: ResidentID(bodyDigits: 22_062_219_610_705_142), health: .seriousIllness, labour: .none,
                       medicalInsured: false),
                Member(id: MemberID("\(id.raw)-3"), name: "张小军", relation: .son, birthYear: 1988,
                       idNumber: ResidentID(bodyDigits: 22_062_219_880_121_001)),
                Member(id: MemberID("\(id.raw)-4"), name: "张欣", relation: .grandchild, birthYear: 2011,
                       schooling: .inSchool),
            ],
            income: Income(wages: 9_600, business: 2_400, property: 600, transfer: 1_800, productionCosts: 1_500),
            enrolments: Enrolments(dibao: true, pensionInsurance: true),
            checklist: Checklist([
                .food: check(.met, "口粮充足，常吃肉蛋"),
                .clothing: check(.met, "四季衣被齐全"),
                .education: check(.met, "孙女张欣在太平村小学读四年级"),
                .medical: check(.notMet, "王秀兰未参加医保，未签约家庭医生"),
                .housing: ItemCheck(),
                .water: check(.met, "自来水入户，水质检测合格"),
                .income: check(.notMet, "人均 3,225 元，低于 4,000 元"),
            ]),
            plan: Plan(needs: "王秀兰需住院治疗，家中缺劳力；希望安排张小军就近务工",
                       measures: [Measure(kind: .industryDividend, detail: "电商服务站带动分红"),
                                  Measure(kind: .medicalAid, detail: "大病保险二次报销")]),
            visits: [Visit(day: Day(year: 2020, month: 5, day: 12)!, by: Self.secretary, found: "王秀兰病情加重", done: "联系镇卫生院上门诊治"),
                     Visit(day: Day(year: 2020, month: 6, day: 8)!, by: Self.secretary, found: "房屋西墙开裂",
                           done: "上报镇里申请住房安全鉴定")])
        apply(.registerHousehold(zhang), by: setup.0, device: setup.1, on: Day(year: 2020, month: 6, day: 1)!)
        apply(.assignCadre(id, from: nil, to: Self.secretary, reason: "驻村第一书记包保"), by: setup.0, device: setup.1)
        apply(.addTask(WorkTask(id: Self.renovate, subject: .household(id), title: "申请危房鉴定并改造西墙", owner: Self.secretary,
                                due: Day(year: 2020, month: 6, day: 20)!, createdBy: Self.supervisor,
                                createdOn: Day(year: 2020, month: 6, day: 9)!)), by: Self.supervisor)
        apply(.addTask(WorkTask(id: Self.doctor, subject: .household(id), title: "签约家庭医生", owner: Self.secretary,
                                due: Day(year: 2020, month: 7, day: 15)!, createdBy: Self.supervisor,
                                createdOn: Day(year: 2020, month: 6, day: 9)!)), by: Self.supervisor)
        apply(.markTaskDone(Self.doctor, note: "已与镇卫生院签约"), on: Day(year: 2020, month: 6, day: 25)!)
        let june26 = Day(year: 2020, month: 6, day: 26)!
        apply(.setCheck(id, .housing, from: ItemCheck(), to: ItemCheck(state: .notMet, note: "西墙开裂，待鉴定", checkedBy: Self.secretary,
                                                                     checkedOn: june26)), on: june26)
        apply(.setIncome(id, from: zhang.income, to: Income(wages: 9_600, business: 3_000, property: 600, transfer: 1_800,
                                                              productionCosts: 1_500)))

        let li = Household(
            id: Self.li, village: Self.village, registered: false, mark: HouseholdMark(.edge, riskEliminated: false),
            identifiedOn: Day(year: 2020, month: 3, day: 2)!, riskTypes: [.accident],
            members: [Member(id: MemberID("\(Self.li.raw)-1"), name: "李春生", relation: .head, birthYear: 1975)],
            income: Income(wages: 8_000),
            checklist: Checklist(Dictionary(uniqueKeysWithValues: ChecklistItem.allCases.map { ($0, check(.met, "达标")) })))
        apply(.registerHousehold(li), by: setup.0, device: setup.1)
        apply(.setStatus(Self.li, from: li.mark, to: HouseholdMark(.edge, riskEliminated: true), reason: "务工收入稳定"),
              by: Self.supervisor)
    }

    /// A context on this board in a language, as `user` (nil: nobody chose a user).
    func ctx(_ language: Language = .zh, user: UserID? = HouseholdFixture.secretary, readOnly: Bool = false) -> ScreenContext {
        ScreenContext(board: board, text: Catalog(language), glyphs: .unicode, user: user.flatMap { board.user($0) },
                      readOnly: readOnly)
    }

    /// The app with the village board under the household screen (so the breadcrumb is the real one).
    func driver(_ language: Language = .zh, size: Size = Size(width: 80, height: 24), household: HouseholdID = HouseholdFixture.zhang,
                user: UserID? = HouseholdFixture.secretary, readOnly: Bool = false) -> HouseholdDriver {
        let ctx = ctx(language, user: user, readOnly: readOnly)
        var app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: VillageBoardScreen(village: Self.village, ctx: ctx), size: size)
        var screen = HouseholdScreen(household: household, ctx: ctx)
        screen.utcOffsetSeconds = Self.beijing
        _ = app.apply(.push(screen))
        return HouseholdDriver(app: app)
    }
}

/// The app driven the way a user drives it (a wrapper, so these helpers cannot clash with other tests').
struct HouseholdDriver {
    var app: AppModel

    /// The household screen on top, for reading its state.
    var screen: HouseholdScreen? { app.top as? HouseholdScreen }

    /// Presses keys in order and collects every effect they asked for.
    mutating func press(_ keys: Key...) -> [Effect] { keys.flatMap { app.handle($0) } }

    /// Types text as an input method delivers it: one character event each, Chinese included.
    mutating func type(_ text: String) -> [Effect] { text.flatMap { app.handle(.char($0)) } }

    /// The frame as text, one string per row with trailing spaces dropped, and where the cursor is.
    func frame(_ size: Size = Size(width: 80, height: 24)) -> (lines: [String], cursor: (x: Int, y: Int)?) {
        var canvas = Canvas(size: size)
        app.render(into: &canvas)
        return (canvas.lines().map { HouseholdSnapshot.trimmed($0) }, canvas.cursor)
    }

    /// Saves the changes of `effects` the way the executable does, then tells the app what came of each (as the loop
    /// does); returns what the app asked for next.
    @discardableResult
    mutating func commit(_ effects: [Effect], fixture: inout HouseholdFixture) -> [Effect] {
        var next: [Effect] = []
        for case .save(let change) in effects {
            fixture.apply(change, on: HouseholdFixture.today)
            app.ctx.live.replace(with: fixture.board)
            guard let op = fixture.board.log.last else { continue }
            next += app.receive(.saved(op, message: StatusMessage(Catalog(.zh)("app.saved"))))
        }
        return next
    }
}

/// Text snapshots under Tests/VillageBoardUITests/Snapshots/Household: `UPDATE_SNAPSHOTS=1` writes them,
/// otherwise a test fails with the lines that differ.
enum HouseholdSnapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots/Household")

    static func trimmed(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }

    static func check(_ lines: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = lines.joined(separator: "\n") + "\n"
        let url = folder.appendingPathComponent(name + ".txt")
        if SnapshotAssertion.updating {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(url.path): run with UPDATE_SNAPSHOTS=1 and review it", sourceLocation: sourceLocation)
            return
        }
        guard expected != text else { return }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let got = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var diff: [String] = []
        for i in 0..<max(want.count, got.count) {
            let w = i < want.count ? want[i] : "(none)"
            let g = i < got.count ? got[i] : "(none)"
            if w != g { diff.append("line \(i + 1):\n  - \(w)\n  + \(g)") }
        }
        Issue.record("snapshot \(name) differs:\n\(diff.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
}
