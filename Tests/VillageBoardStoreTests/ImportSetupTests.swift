import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore
@testable import VillageBoardExchange

/// Setting up a county from nothing: units (12-digit codes checked against level and parent) and users (each with an
/// initial PIN marked "must change"), through the same pipeline as every import — and the docs/ samples themselves.
@Suite("Import: a county's units and users")
struct ImportSetupTests {
    static let admin = UserID("admin")

    /// A board with nothing on it but its first admin (what `init --admin` makes).
    static func empty() -> Board {
        var b = Board(today: Day(year: 2020, month: 6, day: 30)!, year: 2020)
        b.restore(User(id: admin, name: "管理员", role: .admin, scope: DivisionCode("220600000000")!))
        return b
    }

    static func sample(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/" + name)
        return [UInt8](try Data(contentsOf: url))
    }

    /// Applies a plan's changes as the admin, as the command would save them.
    static func apply(_ plan: ImportPlan, to b: inout Board) throws {
        for change in plan.goodChanges { try b.apply(op(change, by: admin, on: b)) }
    }

    static func op(_ change: Change, by author: UserID, on b: Board) -> VillageBoardCore.Operation {
        let device = DeviceID("test-laptop")
        return VillageBoardCore.Operation(id: OperationID(device: device, sequence: b.nextSequence(for: device)),
                                          time: Timestamp(day: b.today, hour: 9), author: author, change: change)
    }

    @Test(arguments: ImportTests.Encoding.allCases)
    func theSampleCountyImportsInEveryEncoding(encoding: ImportTests.Encoding) throws {
        var b = Self.empty()
        let unitsText = String(decoding: try Self.sample("county-units.csv"), as: UTF8.self)
        let units = try SpreadsheetImport.plan(.units, bytes: ImportTests.bytes(unitsText, encoding), board: b, author: Self.admin)
        #expect(units.problems.isEmpty, "\(units.problems)")
        try Self.apply(units, to: &b)
        #expect(b.unit(DivisionCode("220622100201")!)?.name == "永胜村")
        #expect(b.unit(DivisionCode("220622100201")!)?.isPoorVillage == true)
        #expect(b.unit(DivisionCode("220622100201")!)?.coordinate?.latitude == 42.39)
        #expect(b.units.count == 7)
        let users = try SpreadsheetImport.plan(.users, bytes: try Self.sample("county-users.csv"), board: b, author: Self.admin)
        #expect(users.problems.isEmpty, "\(users.problems)")
        try Self.apply(users, to: &b)
        let sec = try #require(b.user(UserID("yongsheng-sec")))
        #expect(sec.role == .villageCadre && sec.scope == DivisionCode("220622100201")!)
        #expect(sec.pin?.mustChange == true)
        #expect(PinHasher.verify("4826", against: try #require(sec.pin)))
        // The same files again: everything is on the board already, nothing to save, nothing wrong.
        let again = try SpreadsheetImport.plan(.units, bytes: try Self.sample("county-units.csv"), board: b, author: Self.admin)
        #expect(again.problems.isEmpty && again.goodChanges.isEmpty && again.alreadyImported == 7)
    }

    static let badUnits = """
        code,name,level,parent,latitude,longitude
        220600000000,白山市,city,,,
        220622000000,靖宇县,township,220600000000,,
        220622100000,靖宇镇,township,220621000000,,
        220622100201,永胜村,village,220699100000,,
        22062210020,联合村,village,220622100000,,
        220622100203,新村,village,220622100000,95,126
        220600000000,白山市,city,,,

        """

    @Test func everyUnitProblemIsNamedByRowAndColumnAndNothingIsSaved() throws {
        let plan = try SpreadsheetImport.plan(.units, bytes: Array(Self.badUnits.utf8), board: Self.empty(), author: Self.admin)
        let said = plan.problems.map(\.description)
        #expect(said.contains { $0.hasPrefix("row 3, column C \"level\"") && $0.contains("county code") })
        #expect(said.contains { $0.hasPrefix("row 4, column D \"parent\"") && $0.contains("no unit 220621000000") })
        #expect(said.contains { $0.hasPrefix("row 5, column D \"parent\"") })
        #expect(said.contains { $0.hasPrefix("row 6, column A \"code\"") && $0.contains("12-digit") })
        #expect(said.contains { $0.hasPrefix("row 7, column E \"latitude\"") })
        #expect(said.contains { $0.hasPrefix("row 8, column A \"code\"") && $0.contains("twice") })
        #expect(!plan.badRows.contains(2), "the city row is good")
    }

    @Test func aVillageMustLieUnderItsParentByItsDigits() throws {
        var b = Self.empty()
        let top = "code,name,level,parent\n220600000000,白山市,city,\n220622000000,靖宇县,county,220600000000\n"
            + "220622100000,靖宇镇,township,220622000000\n220622101000,三道湖镇,township,220622000000\n"
        try Self.apply(try SpreadsheetImport.plan(.units, bytes: Array(top.utf8), board: b, author: Self.admin), to: &b)
        let wrong = "code,name,level,parent\n220622100201,永胜村,village,220622101000\n"
        let plan = try SpreadsheetImport.plan(.units, bytes: Array(wrong.utf8), board: b, author: Self.admin)
        #expect(plan.problems.map(\.description) == [
            "row 2, column D \"parent\": code 220622100201 does not lie under 220622101000: its first digits must be the parent's",
        ])
    }

    static let badUsers = """
        用户名,姓名,角色,负责单位代码,初始PIN
        a-sec,甲,第一书记,220622100201,12
        b-sup,乙,乡镇督导,220622100000,4826
        c-x,丙,厨师,220622100000,4826
        d-sec,丁,第一书记,999999999999,4826
        a-sec,甲,第一书记,220622100201,4826

        """

    @Test func usersNeedAKnownScopeAGoodPinAndARole() throws {
        var b = Self.empty()
        try Self.apply(try SpreadsheetImport.plan(.units, bytes: try Self.sample("county-units.csv"), board: b,
                                                  author: Self.admin), to: &b)
        let plan = try SpreadsheetImport.plan(.users, bytes: Array(Self.badUsers.utf8), board: b, author: Self.admin)
        #expect(plan.badRows == [2, 3, 4, 5, 6])
        let said = plan.problems.map(\.description)
        #expect(said.contains { $0.hasPrefix("row 2, column E \"初始PIN\"") })
        #expect(said.contains { $0.hasPrefix("row 3, column E \"初始PIN\"") && $0.contains("6") }, "a supervisor's PIN needs six digits")
        #expect(said.contains { $0.hasPrefix("row 4, column C \"角色\"") })
        #expect(said.contains { $0.hasPrefix("row 5, column D \"负责单位代码\"") && $0.contains("import units first") })
        #expect(said.contains { $0.hasPrefix("row 6, column A \"用户名\"") && $0.contains("twice") })
    }

    @Test func onlyAnAdminAddsUsers() throws {
        var b = Self.empty()
        try Self.apply(try SpreadsheetImport.plan(.units, bytes: try Self.sample("county-units.csv"), board: b,
                                                  author: Self.admin), to: &b)
        let head = User(id: UserID("head"), name: "县", role: .countyOfficeHead, scope: DivisionCode("220622000000")!)
        try b.apply(Self.op(.addUser(head), by: Self.admin, on: b))
        let plan = try SpreadsheetImport.plan(.users, bytes: try Self.sample("county-users.csv"), board: b, author: head.id)
        #expect(plan.badRows.count == 5)
        #expect(plan.problems.allSatisfy { $0.message.contains("saving would be refused") })
    }
}
