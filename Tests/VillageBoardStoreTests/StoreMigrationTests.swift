import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

@Suite("Store: migration from format 1")
struct StoreMigrationTests {
    typealias F = StoreFixtures

    /// A format-1 store as the first release wrote it: `version` in store.json, income as one `incomeNet` figure.
    func formatOneStore() throws -> String {
        let path = F.folder()
        try FileManager.default.createDirectory(atPath: path + "/journal", withIntermediateDirectories: true)
        let snapshot = """
            {"type":"header","format":1,"covers":{}}
            {"type":"unit","code":"220600000000","name":"白山市","level":"city"}
            {"type":"unit","code":"220622000000","name":"靖宇县","level":"county","parent":"220600000000"}
            {"type":"unit","code":"220622103000","name":"三道湖镇","level":"township","parent":"220622000000"}
            {"type":"unit","code":"220622103201","name":"太平村","level":"village","parent":"220622103000","poor":true,"population":900}
            {"type":"standard","year":2020,"incomeLine":4000,"monitoringLine":6000,"dibao":3960}
            {"type":"user","id":"admin","name":"管理员","role":"admin","scope":"220600000000"}
            {"type":"household","id":"220622103201-0001","village":"220622103201","status":"notOut","members":[{"id":"220622103201-0001-1","name":"张三","rel":"head","born":1958}],"incomeNet":5200,"checks":{"housing":{"s":"notMet","note":"C级"}}}

            """
        try snapshot.write(toFile: path + "/snapshot.jsonl", atomically: false, encoding: .utf8)
        try "{\"version\":1,\"created\":\"2019-01-01T00:00:00.000Z\"}\n".write(toFile: path + "/store.json", atomically: false, encoding: .utf8)
        return path
    }

    @Test func aFormatOneStoreIsReadAndRewritten() throws {
        let path = try formatOneStore()
        let store = try Store.open(at: path, device: F.device, today: F.today)
        #expect(store.notices.contains(.migrated(from: 1, to: 2)))
        let h = try #require(store.board.household(HouseholdID("220622103201-0001")))
        #expect(h.income == Income(wages: 5200))
        #expect(h.checklist[.housing].state == .notMet)
        store.close()
        let meta = try String(contentsOfFile: path + "/store.json", encoding: .utf8)
        #expect(meta.contains("\"format\":2"))
        #expect(FileManager.default.fileExists(atPath: path + "/store.json.format1"))
        #expect(FileManager.default.fileExists(atPath: path + "/snapshot.jsonl.format1"))
        let snapshot = try String(contentsOfFile: path + "/snapshot.jsonl", encoding: .utf8)
        #expect(snapshot.contains("\"income\":{\"wages\":5200}"))
        #expect(!snapshot.contains("incomeNet"))
        let again = try Store.open(at: path, device: F.device, today: F.today)
        #expect(again.notices.isEmpty)
        #expect(again.board.household(HouseholdID("220622103201-0001"))?.income == Income(wages: 5200))
    }

    @Test func aFormatOneStoreOpenedReadOnlyIsNotRewritten() throws {
        let path = try formatOneStore()
        let before = F.contents(of: path)
        let store = try Store.open(at: path, device: F.device, readOnly: true, today: F.today)
        #expect(store.notices.contains(.migrated(from: 1, to: 2)))
        #expect(store.board.household(HouseholdID("220622103201-0001"))?.income.wages == 5200)
        store.close()
        #expect(F.contents(of: path) == before)
    }
}
