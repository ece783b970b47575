import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore
@testable import VillageBoardExchange

@Suite("Import: spreadsheets from offices")
struct ImportTests {
    typealias F = StoreFixtures

    enum Encoding: CaseIterable { case utf8, utf8BOM, gb18030 }

    static func bytes(_ text: String, _ encoding: Encoding) throws -> [UInt8] {
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf8BOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .gb18030: return try TextDecoding.toGB18030(text)
        }
    }

    /// A valid ID number for a birth year (the check digit computed).
    static func id(_ year: Int, _ n: Int) -> String {
        ResidentID(bodyDigits: Int64(220622_0000_0000_000) + Int64(year) * 10_000_000 + 101_000 + Int64(n))?.full ?? ""
    }

    static let goodHouseholds = """
        户编号,村代码,屯组,户类型,建档立卡,识别日期,主要致贫原因,工资性收入,转移性收入,包保干部
        220622103201-0101,220622103201,三组,未脱贫,是,2019-03-02,因病,3000,1200,cadre
        220622103201-0102,220622103201,"四组, 东头",边缘易致贫户,否,2021/4/5,缺劳力,"5,000",,

        """

    @Test(arguments: Encoding.allCases)
    func goodHouseholdsInEveryEncodingBecomeRegistrations(encoding: Encoding) throws {
        let plan = try SpreadsheetImport.plan(.households, bytes: Self.bytes(Self.goodHouseholds, encoding), board: F.board(),
                                              author: F.admin)
        #expect(plan.problems.isEmpty)
        #expect(plan.encoding == [.utf8: .utf8, .utf8BOM: .utf8WithBOM, .gb18030: .gb18030][encoding])
        #expect(plan.goodChanges.count == 2)
        guard case .registerHousehold(let h)? = plan.goodChanges.last else { Issue.record("not a registration"); return }
        #expect(h.hamlet == "四组, 东头")
        #expect(h.status == .edge)
        #expect(!h.registered)
        #expect(h.identifiedOn == Day(year: 2021, month: 4, day: 5))
        #expect(h.mainCause == .lackOfLabour)
        #expect(h.income.wages == 5000)
    }

    static let badHouseholds = """
        household_id,village_code,status,identified_on,wages,cadre
        220622103201-0001,220622103201,notOut,,100,
        220622103201-0201,220622103299,notOut,2020-02-30,abc,nobody
        220622103201-0202,220622103201,maybe,,-5,
        220622103201-0202,220622103201,out,,,

        """

    @Test(arguments: Encoding.allCases)
    func everyProblemIsReportedWithRowAndColumn(encoding: Encoding) throws {
        let plan = try SpreadsheetImport.plan(.households, bytes: Self.bytes(Self.badHouseholds, encoding), board: F.board(),
                                              author: F.admin)
        let lines = plan.problems.map(\.description)
        #expect(lines.contains { $0.hasPrefix("row 2, column A \"household_id\"") && $0.contains("already on the board") })
        #expect(lines.contains { $0.hasPrefix("row 3, column B \"village_code\"") && $0.contains("unknown village code") })
        #expect(lines.contains { $0.hasPrefix("row 3, column D \"identified_on\"") && $0.contains("not a date") })
        #expect(lines.contains { $0.hasPrefix("row 3, column E \"wages\"") && $0.contains("not a whole number") })
        #expect(lines.contains { $0.hasPrefix("row 3, column F \"cadre\"") })
        #expect(lines.contains { $0.hasPrefix("row 4, column C \"status\"") })
        #expect(lines.contains { $0.hasPrefix("row 4, column E \"wages\"") && $0.contains("outside") })
        #expect(lines.contains { $0.hasPrefix("row 5, column A \"household_id\"") && $0.contains("listed twice") })
        #expect(plan.badRows == [2, 3, 4, 5])
        #expect(plan.goodChanges.isEmpty)
    }

    static func membersFile(_ board: Board) -> String {
        let h = board.households[0].id.raw, h2 = board.households[1].id.raw
        let taken = board.households[0].members[0].idNumber?.full ?? ""
        return """
            household_id,name,relation,birth_year,id_number,health,schooling,insured
            \(h),李四,配偶,1962,\(id(1962, 1)),长期慢性病,,是
            \(h2),张小,之子,2010,\(id(2010, 2)),,在校,
            \(h2),王五,之女,2011,22062220110101002X,,,
            \(h2),赵六,other,1980,\(id(1962, 1)),,,
            \(h),钱七,spouse,1970,\(taken),,,
            nohousehold,孙八,son,1990,,,,
            \(h2),周九,son,1985,\(id(1984, 3)),,,

            """
    }

    @Test(arguments: [Encoding.utf8BOM, .gb18030])
    func membersAreCheckedForCheckDigitsDuplicatesAndHouseholds(encoding: Encoding) throws {
        let board = F.board()
        let plan = try SpreadsheetImport.plan(.members, bytes: Self.bytes(Self.membersFile(board), encoding), board: board, author: F.admin)
        let byRow = Dictionary(grouping: plan.problems, by: \.row)
        #expect(byRow[2] == nil && byRow[3] == nil)
        #expect(byRow[4]?.first?.message.contains("check digit") == true)
        #expect(byRow[5]?.first?.message.contains("same person as row 2") == true)
        #expect(byRow[6]?.first?.message.contains("already") == true)
        #expect(byRow[7]?.first?.message.contains("no household") == true)
        #expect(byRow[8]?.first?.message.contains("differs from the ID number") == true)
        #expect(plan.goodChanges.count == 2)
        guard case .addMember(let hid, let m)? = plan.goodChanges.first else { Issue.record("not a member"); return }
        #expect(hid == board.households[0].id)
        #expect(m.id == MemberID(hid.raw + "-2"))
        #expect(m.health == .chronicIllness)
        // Mixed: with --skip-invalid the bad rows go to a file, each with what is wrong.
        let rejects = plan.rejects()
        #expect(rejects.header.last == "problem")
        #expect(rejects.rows.map(\.line) == [4, 5, 6, 7, 8])
    }

    @Test func mixedFileThroughTheStoreImportsOnlyGoodRowsAndNothingOnRefusal() throws {
        let store = try F.store()
        defer { store.close() }
        let text = Self.goodHouseholds + "220622103201-0103,999999999999,,,,,,,,\n"
        let plan = try SpreadsheetImport.plan(.households, bytes: Array(text.utf8), board: store.board, author: F.admin)
        #expect(plan.badRows == [4])
        for change in plan.goodChanges { try store.save(change, author: F.admin, at: F.now) }
        #expect(store.board.household(HouseholdID("220622103201-0101")) != nil)
        #expect(store.board.household(HouseholdID("220622103201-0103")) == nil)
    }

    @Test func aFileThatIsNeitherUTF8NorGB18030IsRefused() {
        #expect(throws: ImportFailure.self) {
            try SpreadsheetImport.plan(.households, bytes: [0x68, 0x0A, 0xFF, 0xFF, 0xFF, 0x0A], board: F.board(), author: F.admin)
        }
        #expect(throws: ImportFailure.self) {
            try SpreadsheetImport.plan(.households, bytes: Array("name,wages\n".utf8), board: F.board(), author: F.admin)
        }
    }

    @Test func schoolListSetsSchoolingAndFlagsChildrenMissingFromIt() throws {
        var board = F.board()
        let h = board.households[0].id
        let pupil = Member(id: MemberID(h.raw + "-2"), name: "张小明", relation: .son, birthYear: 2010,
                           idNumber: ResidentID(Self.id(2010, 7)), schooling: .notApplicable)
        let missing = Member(id: MemberID(h.raw + "-3"), name: "张小红", relation: .daughter, birthYear: 2012,
                             idNumber: ResidentID(Self.id(2012, 8)))
        try board.apply(Operation(id: OperationID(device: DeviceID("t"), sequence: 1), time: F.now, author: F.admin,
                                  change: .addMember(h, pupil)))
        try board.apply(Operation(id: OperationID(device: DeviceID("t"), sequence: 2), time: F.now, author: F.admin,
                                  change: .addMember(h, missing)))
        let list = "身份证号,姓名,学校,在校状态\n\(Self.id(2010, 7)),张小明,太平小学,在校\n\(Self.id(2009, 9)),外村学生,太平小学,在校\n"
        let plan = try SpreadsheetImport.plan(.school, bytes: try TextDecoding.toGB18030(list), board: board, author: F.admin)
        #expect(plan.problems.isEmpty)
        #expect(plan.goodChanges.count == 1)
        if case .updateMember(_, _, let to)? = plan.goodChanges.first { #expect(to.schooling == .inSchool) }
        #expect(plan.lookAt.map(\.description).contains { $0.contains("张小红") && $0.contains("学籍") })
        #expect(plan.lookAt.map(\.description).contains { $0.contains("not on the board") })
        #expect(!plan.lookAt.map(\.description).contains { $0.contains("张小明") })
        // The household's mismatch becomes a finding on it (issue 14), and applying it makes the radar count it.
        #expect(plan.findings == [.recordFinding(h, DepartmentFinding(department: .school, says: "学籍名单中没有：张小红",
                                                                      foundOn: board.today))])
        for (i, change) in plan.findings.enumerated() {
            try board.apply(Operation(id: OperationID(device: DeviceID("t"), sequence: 3 + i), time: F.now, author: F.admin,
                                      change: change))
        }
        #expect(Radar(board: board, scope: nil).count(.departmentMismatch) == 1)
        let again = try SpreadsheetImport.plan(.school, bytes: try TextDecoding.toGB18030(list), board: board, author: F.admin)
        #expect(again.findings.isEmpty, "an open finding is not recorded twice")
    }

    @Test func insuranceListFlagsMembersWithout() throws {
        let board = F.board(households: 2)
        let first = try #require(board.households[0].members[0].idNumber)
        let list = "id_number,name,insured_on\n\(first.full),张1,2020-01-01\n"
        let plan = try SpreadsheetImport.plan(.insurance, bytes: Array(list.utf8), board: board, author: F.admin)
        #expect(plan.problems.isEmpty)
        #expect(plan.lookAt.count == 1)
        #expect(plan.lookAt.first?.description.contains("医保") == true)
        #expect(plan.findings.count == 1, "the second household's member, missing from the 医保 list")
        let bad = "id_number,name,insured_on\n\(first.full),张1,2020-13-01\n"
        #expect(try SpreadsheetImport.plan(.insurance, bytes: Array(bad.utf8), board: board, author: F.admin).problems.count == 1)
    }

    @Test func housingAppraisalsSetTheHousingCheck() throws {
        let board = F.board(households: 2)
        let (a, b) = (board.households[0].id.raw, board.households[1].id.raw)
        let list = "户编号,鉴定等级,鉴定日期,备注\n\(a),B级,2020-05-01,加固完成\n\(b),D,2020-05-02,\n\(a)x,A,2020-05-03,\n"
        let plan = try SpreadsheetImport.plan(.housing, bytes: Array(list.utf8), board: board, author: F.supervisor)
        #expect(plan.badRows == [4])
        let checks = plan.goodChanges.compactMap { c -> ItemCheck? in if case .setCheck(_, .housing, _, let to) = c { to } else { nil } }
        #expect(checks.map(\.state) == [.met, .notMet])
        #expect(checks.first?.note == "房屋鉴定B级 2020-05-01，加固完成")
        #expect(checks.first?.checkedBy == F.supervisor)
    }

    @Test func csvParsingHandlesQuotesNewlinesAndCRLF() {
        let t = CSVTable.parse("a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\r\n\r\n2,,\n")
        #expect(t.header == ["a", "b", "c"])
        #expect(t.rows.map(\.fields) == [["1", "x, \"y\"", "two\nlines"], ["2", "", ""]])
        #expect(t.rows.map(\.line) == [2, 5])
        #expect(CSVTable.parse(t.text()) == CSVTable(header: t.header, rows: [CSVTable.Row(line: 2, fields: t.rows[0].fields),
                                                                              CSVTable.Row(line: 4, fields: t.rows[1].fields)]))
    }
}
