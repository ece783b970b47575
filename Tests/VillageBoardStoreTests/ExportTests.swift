import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import VillageBoardExchange
import ZIPFoundation
@testable import VillageBoardCore
@testable import VillageBoardStore

@Suite("Export: tables for spreadsheet programs, and back")
struct ExportTests {
    typealias F = StoreFixtures

    /// The fixture board's units, standards and users without any household or task.
    static func emptyCopy(of board: Board) -> Board {
        var b = Board(today: board.today, year: board.year)
        for unit in board.units.values.sorted(by: { ($0.level, $0.code) < ($1.level, $1.code) }) { b.restore(unit) }
        for s in board.standards.values { b.restore(s) }
        for u in board.users.values { b.restore(u) }
        return b
    }

    /// A richer board than the fixture: causes, income, a second member, statuses.
    static func source() throws -> Board {
        var board = F.board(households: 4)
        var seq = 0
        func apply(_ c: Change) throws {
            seq += 1
            try board.apply(Operation(id: OperationID(device: DeviceID("x"), sequence: seq), time: F.now, author: F.admin, change: c))
        }
        let h = board.households[1]
        try apply(.setIncome(h.id, from: h.income, to: Income(wages: 4200, business: 300, property: 120, transfer: 800, productionCosts: 50)))
        try apply(.setCauses(h.id, from: CauseSet(main: nil), to: CauseSet(main: .illness, secondary: [.lackOfLabour])))
        try apply(.addMember(h.id, Member(id: MemberID(h.id.raw + "-2"), name: "欧阳, \"小\"", relation: .daughter, birthYear: 2009,
                                          idNumber: ResidentID(bodyDigits: 22062220090101003), health: .disabled,
                                          labour: .none, schooling: .homeTeaching, medicalInsured: false)))
        return board
    }

    @Test(arguments: [false, true])
    func exportThenImportGivesTheSameHouseholdsAndMembers(viaGB18030: Bool) throws {
        let original = try Self.source()
        let store = try Store.create(at: F.folder("roundtrip\(viaGB18030)"), board: Self.emptyCopy(of: original), device: F.device, now: F.now)
        defer { store.close() }
        for kind in [TableExport.Kind.households, .members] {
            let table = TableExport.table(kind, board: original, fullIDs: true, readBy: original.user(F.admin))
            var bytes = TableExport.csv(table)
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            if viaGB18030 { bytes = try TextDecoding.toGB18030(String(decoding: bytes.dropFirst(3), as: UTF8.self)) }
            let plan = try SpreadsheetImport.plan(kind == .households ? .households : .members, bytes: bytes, board: store.board,
                                                  author: F.admin)
            #expect(plan.problems.isEmpty, "\(plan.problems)")
            for change in plan.goodChanges { try store.save(change, author: F.admin, at: F.now) }
        }
        for kind in [TableExport.Kind.households, .members] {
            #expect(TableExport.table(kind, board: store.board, fullIDs: true, readBy: original.user(F.admin))
                    == TableExport.table(kind, board: original, fullIDs: true, readBy: original.user(F.admin)))
        }
    }

    /// Members' health and a main cause of illness are exported only for a reader the permission table lets see them.
    @Test func healthIsExportedOnlyForThoseWhoMaySeeIt() throws {
        let board = try Self.source()
        for (reader, sees) in [(board.user(F.admin), true), (board.user(F.supervisor), false), (nil, false)] {
            let members = TableExport.table(.members, board: board, readBy: reader)
            let column = try #require(members.header.firstIndex(of: "health"))
            #expect(members.rows.contains { $0.fields[column] == "disabled" } == sees, "\(reader?.id.raw ?? "nobody")")
            if !sees { #expect(members.rows.allSatisfy { $0.fields[column].isEmpty }) }
        }
    }

    @Test func idNumbersAreMaskedUnlessAskedFor() throws {
        let board = F.board()
        let masked = TableExport.table(.members, board: board)
        let full = TableExport.table(.members, board: board, fullIDs: true)
        let column = try #require(masked.header.firstIndex(of: "id_number"))
        #expect(masked.rows[0].fields[column].contains("**********"))
        #expect(ResidentID(full.rows[0].fields[column]) != nil)
    }

    @Test func jsonExportHasOneObjectPerRowWithNumbers() throws {
        let table = TableExport.table(.households, board: F.board(households: 2))
        let object = try JSONSerialization.jsonObject(with: Data(TableExport.json(table))) as? [[String: Any]]
        #expect(object?.count == 2)
        #expect(object?.first?["wages"] as? Int == 3000)
        #expect(object?.first?["household_id"] as? String == "220622103201-0001")
    }

    @Test func xlsxIsAZippedWorkbookWithTheRowsInside() throws {
        let table = TableExport.table(.members, board: try Self.source())
        let bytes = try XLSXWorkbook.data(table, sheet: "members", numeric: { $0 == "birth_year" })
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        let names = Set(archive.map(\.path))
        #expect(names == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                          "xl/worksheets/sheet1.xml"])
        var sheet = Data()
        if let entry = archive["xl/worksheets/sheet1.xml"] { _ = try archive.extract(entry) { sheet.append($0) } }
        let xml = String(decoding: sheet, as: UTF8.self)
        #expect(xml.contains("欧阳, &quot;小&quot;"))
        #expect(xml.contains("<c r=\"E2\"><v>1960</v></c>"))
        #expect(xml.contains("<row r=\"\(table.rows.count + 1)\">"))
        // Well-formed XML, every part.
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(entry.path)")
        }
    }

    @Test func taskAndReportTablesHaveTheirColumns() throws {
        let board = F.board()
        let tasks = TableExport.table(.tasks, board: board)
        #expect(tasks.rows.count == board.tasks.count)
        #expect(tasks.header.first == "task_id")
        let report = try #require(ScopeReport(board: board, scope: F.city))
        let table = TableExport.table(report)
        #expect(table.header.count == 3 + ReportExport.columns.count)
        #expect(table.rows.first?.fields.first == F.city.description)
    }
}
