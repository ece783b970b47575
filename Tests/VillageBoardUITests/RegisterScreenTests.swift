import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// Registering a household, keeping its members and cadre, and the first login's new PIN, driven by keys: fields
/// checked as typed (the ID number's check digit), possible duplicates asked about once, one change per save.
@Suite struct RegisterScreenTests {
    typealias F = HouseholdFixture
    static let fixture = HouseholdFixture()
    static let small = Size(width: 80, height: 24)
    /// An ID number born 1980, and the same with its check digit wrong.
    static let goodID = ResidentID(bodyDigits: 22_062_219_800_101_123)!.full
    static var badID: String { String(goodID.dropLast()) + (goodID.last == "0" ? "1" : "0") }

    /// The village's board with the register form open (`r`), as `user`.
    static func registering(_ language: Language = .zh, user: UserID = F.secretary) -> HouseholdDriver {
        let ctx = fixture.ctx(language, user: user)
        var app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: VillageBoardScreen(village: F.village, ctx: ctx), size: small)
        _ = app.handle(.char("r"))
        return HouseholdDriver(app: app)
    }

    @Test(arguments: Language.allCases)
    func theRegisterFormChecksTheIDNumberAsItIsTyped(language: Language) throws {
        var d = Self.registering(language)
        #expect(d.app.top is RegisterHouseholdScreen)
        _ = d.press(.tab)
        _ = d.type("王大山")
        _ = d.press(.tab)
        _ = d.type("1980")
        _ = d.press(.tab)
        _ = d.type(Self.badID)
        let wrong = d.frame().lines.joined(separator: "\n")
        #expect(wrong.contains(Catalog(language)("reg.form.idCheck")))
        SnapshotAssertion.check(d.frame().lines, screen: "Register", name: "\(language)-80x24-badID")
        _ = d.press(.ctrl("u"))
        _ = d.type(Self.goodID)
        #expect(!d.frame().lines.joined().contains(Catalog(language)("reg.form.idCheck")))
        SnapshotAssertion.check(d.frame().lines, screen: "Register", name: "\(language)-80x24")
        let effects = d.press(.ctrl("s"))
        guard case .save(.registerHousehold(let h))? = effects.first else { Issue.record("no registration: \(effects)"); return }
        #expect(h.headName == "王大山")
        #expect(h.members.first?.idNumber?.full == Self.goodID)
        #expect(h.status == .edge && !h.registered)
        #expect(h.id == HouseholdID("220622101201-0003"))
        // Saved: the new household's screen takes the form's place.
        var app = d.app
        _ = app.receive(.saved(VillageBoardCore.Operation(id: OperationID(device: F.laptop, sequence: 99),
                                                          time: Timestamp(day: F.today), author: F.secretary,
                                                          change: .registerHousehold(h)), message: StatusMessage("")))
        #expect(app.top is HouseholdScreen)
        #expect(app.stack.count == 2 && app.stack.first is VillageBoardScreen, "Esc comes back to the village's board")
    }

    @Test func aPossibleDuplicateIsAskedAboutOnce() throws {
        var d = Self.registering()
        let head = try #require(Self.fixture.board.household(F.zhang)?.headName)
        _ = d.press(.tab)
        _ = d.type(head)
        _ = d.press(.tab)
        _ = d.type("1970")
        #expect(d.frame().lines.contains { $0.contains("可能重复") })
        #expect(d.press(.ctrl("s")).isEmpty, "the first save only warns")
        #expect(d.frame().lines.contains { $0.contains("再按一次 Ctrl-S") })
        guard case .save(.registerHousehold)? = d.press(.ctrl("s")).first else { Issue.record("the second save registers"); return }
    }

    @Test func aSupervisorOutsideTheScopeCannotRegister() {
        // The county office head may; a responsible cadre's role may not.
        let ctx = Self.fixture.ctx(.zh, user: F.office)
        let board = VillageBoardScreen(village: F.village, ctx: ctx)
        #expect(board.registerBlock(ctx) == nil)
        let nobody = Self.fixture.ctx(.zh, user: nil)
        #expect(board.registerBlock(nobody) == "status.noUser")
    }

    @Test func aMemberIsAddedWithItsIDNumberChecked() {
        var d = Self.fixture.driver()
        _ = d.press(.backTab, .char("m"))
        #expect(d.screen?.form?.purpose == .member(nil))
        _ = d.type("张小红")
        _ = d.press(.tab, .right, .right, .tab)   // 之子 → 之女
        _ = d.type("1980")
        _ = d.press(.tab)
        _ = d.type(Self.badID)
        #expect(d.frame().lines.contains { $0.contains("校验码不对") })
        SnapshotAssertion.check(d.frame().lines, screen: "Register", name: "member-zh-80x24")
        #expect(d.press(.ctrl("s")).isEmpty, "refused while the ID number is wrong")
        _ = d.press(.ctrl("u"))
        _ = d.type(Self.goodID)
        let effects = d.press(.ctrl("s"))
        guard case .save(.addMember(let h, let m))? = effects.first else { Issue.record("no member: \(effects)"); return }
        #expect(h == F.zhang && m.name == "张小红" && m.relation == .daughter && m.birthYear == 1980)
    }

    @Test func aMemberMovesToAnotherHouseholdOfTheVillage() {
        var d = Self.fixture.driver()
        _ = d.press(.backTab, .char("j"), .char("M"))
        _ = d.press(.tab, .left)  // relation: the one before 其他
        let effects = d.press(.ctrl("s"))
        guard case .save(.moveMember(let from, let to, let m, let becomes))? = effects.first else {
            Issue.record("no move: \(effects)"); return
        }
        #expect(from == F.zhang && to == F.li)
        #expect(becomes.name == m.name && becomes.id.raw.hasPrefix(F.li.raw))
    }

    @Test func theCadreIsChangedWithAReasonBySomeoneWhoMay() {
        var sup = Self.fixture.driver(user: F.supervisor)
        _ = sup.press(.char("c"))
        #expect(sup.screen?.form?.purpose == .cadre)
        _ = sup.press(.right, .tab)
        #expect(sup.press(.ctrl("s")).isEmpty, "a reason is required")
        _ = sup.type("原干部调离")
        guard case .save(.assignCadre(_, _, _, let reason))? = sup.press(.ctrl("s")).first else {
            Issue.record("no assignment"); return
        }
        #expect(reason == "原干部调离")
        // A village cadre may not: the key says why.
        var vc = Self.fixture.driver()
        _ = vc.press(.char("c"))
        #expect(vc.screen?.form == nil)
    }

    @Test(arguments: Language.allCases)
    func anInitialPinIsReplacedBeforeAnythingElse(language: Language) throws {
        var board = Self.fixture.board
        var user = try #require(board.user(F.secretary))
        user.pin = PinHash(kdf: "scrypt", cost: 16, blockSize: 8, parallelism: 1, salt: [1], hash: [2], mustChange: true)
        board.restore(user)
        let ctx = ScreenContext(board: board, text: Catalog(language), glyphs: .unicode, user: nil, readOnly: false)
        var app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: LoginScreen(ctx: ctx), size: Self.small)
        _ = app.receive(.loggedIn(user))
        #expect(app.top is NewPinScreen)
        SnapshotAssertion.check(DemoScreens.frame(app, size: Self.small), screen: "Register", name: "newPin-\(language)-80x24")
        // Global keys do nothing here: `1` is typed into the field, not a switch to the chart.
        _ = app.handle(.char("1"))
        #expect(app.top is NewPinScreen)
        for c in "935" { _ = app.handle(.char(c)) }
        _ = app.handle(.enter)
        for c in "1111" { _ = app.handle(.char(c)) }
        #expect(app.handle(.enter).isEmpty, "two different PINs are refused")
        for c in "19351" { _ = app.handle(.char(c)) }
        _ = app.handle(.enter)
        for c in "19351" { _ = app.handle(.char(c)) }
        #expect(app.handle(.enter) == [.setOwnPin("19351")])
        var own = try #require(user.pin)
        own.mustChange = false
        _ = app.receive(.saved(VillageBoardCore.Operation(id: OperationID(device: F.laptop, sequence: 99), time: Timestamp(day: F.today),
                                                          author: F.secretary, change: .setPin(F.secretary, from: user.pin, to: own)),
                               message: StatusMessage("")))
        #expect(!(app.top is NewPinScreen))
    }
}
