import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore
@testable import VillageBoardExchange

/// Numbers and records from files are hostile: none may trap, and `check` names the damage that would otherwise
/// make a report count wrong or an operation go missing.
@Suite("Hostile files: no trap on any number, damage named by check")
struct HostileFileTests {
    typealias F = StoreFixtures

    func lines(_ file: String) throws -> [String] {
        try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func write(_ lines: [String], to file: String) throws {
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: false, encoding: .utf8)
    }

    /// A store with `visits` saved visits, compacted so its snapshot header covers them, then `more` visits after.
    func compactedStore(visits: Int = 3, more: Int = 1, name: String = #function) throws -> String {
        let store = try F.store(name: name)
        let h = store.board.households[0].id
        for i in 0..<visits { try store.save(.addVisit(h, Visit(day: F.today, by: F.cadre, found: "第\(i)次")), author: F.cadre, at: F.now) }
        try store.compact()
        for i in 0..<more { try store.save(.addVisit(h, Visit(day: F.today, by: F.cadre, found: "后\(i)次")), author: F.cadre, at: F.now) }
        store.close()
        return store.path
    }

    func snapshot(_ path: String) -> String { path + "/snapshot.jsonl" }
    func journal(_ path: String) -> String { path + "/journal/laptop-a.jsonl" }

    func editHeader(_ path: String, _ edit: (String) -> String) throws {
        var all = try lines(snapshot(path))
        all[0] = edit(all[0])
        try write(all, to: snapshot(path))
    }

    func check(_ path: String) -> [String] {
        StoreCheck.run(path: path, device: F.device, today: F.today).map(\.description)
    }

    // MARK: Numbers that used to trap

    @Test func aJournalSequenceAtIntMaxIsRefusedNotAdded() throws {
        let store = try F.store()
        let h = store.board.households[0].id
        try store.save(.addVisit(h, Visit(day: F.today, by: F.cadre)), author: F.cadre, at: F.now)
        try store.save(.addVisit(h, Visit(day: F.today, by: F.cadre)), author: F.cadre, at: F.now)
        store.close()
        var all = try lines(journal(store.path))
        all[0] = all[0].replacingOccurrences(of: "\"seq\":1,", with: "\"seq\":9223372036854775807,")
        try write(all, to: journal(store.path))
        let problems = check(store.path)
        #expect(problems.contains { $0.hasPrefix("journal/laptop-a.jsonl line 1") && $0.contains("sequence number from 1") })
        #expect(throws: StoreError.self) { try Store.open(at: store.path, device: F.device, readOnly: true, today: F.today) }
    }

    @Test(arguments: ["9223372036854775807", "9007199254740993", "-1"])
    func aHeaderCoveringAnImpossibleSequenceIsNamed(seq: String) throws {
        let path = try compactedStore()
        try editHeader(path) { $0.replacingOccurrences(of: "\"seq\":3,", with: "\"seq\":\(seq),") }
        do {
            let store = try Store.open(at: path, device: F.device, readOnly: true, today: F.today)
            store.close()
            Issue.record("opened a snapshot covering sequence \(seq)")
        } catch {
            #expect(error.description.contains("snapshot.jsonl line 1"))
            #expect(error.description.contains("covers"))
        }
        #expect(check(path).contains { $0.hasPrefix("snapshot.jsonl line 1") })
    }

    @Test func aNegativeByteMarkIsNamed() throws {
        let path = try compactedStore()
        try editHeader(path) { $0.replacingOccurrences(of: "\"bytes\":", with: "\"bytes\":-") }
        #expect(check(path).contains { $0.hasPrefix("snapshot.jsonl line 1") && $0.contains("byte offset of 0 or more") })
    }

    @Test func aByteMarkBeyondTheJournalIsNamed() throws {
        let path = try compactedStore()
        let size = try FileIO.readWholeFile(journal(path)).count
        try editHeader(path) { line in
            line.replacingOccurrences(of: #""bytes":\d+"#, with: "\"bytes\":\(size + 100)", options: .regularExpression)
        }
        #expect(check(path).contains { $0.contains("covers.laptop-a") && $0.contains("beyond the end") })
    }

    @Test func aSequenceAheadOfTheJournalIsNamed() throws {
        let path = try compactedStore(more: 0)
        try editHeader(path) { $0.replacingOccurrences(of: "\"seq\":3,", with: "\"seq\":7,") }
        let problems = check(path)
        #expect(problems.contains { $0.contains("covers.laptop-a") && $0.contains("seq 7 is ahead") })
    }

    @Test func aByteMarkThatEndsAnotherOperationIsNamed() throws {
        let path = try compactedStore()
        try editHeader(path) { $0.replacingOccurrences(of: "\"seq\":3,", with: "\"seq\":2,") }
        #expect(check(path).contains { $0.contains("covers.laptop-a") && $0.contains("ends operation 3") })
    }

    @Test func aCleanCompactedStoreChecksClean() throws {
        let path = try compactedStore()
        #expect(check(path).isEmpty)
    }

    // MARK: Snapshot records check must name

    @Test func aDuplicatedHouseholdIsNamedWithBothLines() throws {
        let path = try compactedStore()
        var all = try lines(snapshot(path))
        let i = try #require(all.firstIndex { $0.hasPrefix("{\"type\":\"household\"") })
        all.insert(all[i], at: i + 1)
        try write(all, to: snapshot(path))
        let problems = check(path)
        #expect(problems.contains { $0.hasPrefix("snapshot.jsonl line \(i + 2)") && $0.contains("first at line \(i + 1)") })
    }

    @Test func aHouseholdInAMissingVillageIsNamed() throws {
        let path = try compactedStore()
        var all = try lines(snapshot(path))
        let i = try #require(all.firstIndex { $0.hasPrefix("{\"type\":\"household\"") })
        all[i] = all[i].replacingOccurrences(of: "\"village\":\"220622103201\"", with: "\"village\":\"220622103299\"")
        try write(all, to: snapshot(path))
        #expect(check(path).contains { $0.hasPrefix("snapshot.jsonl line \(i + 1)") && $0.contains("220622103299 does not exist") })
    }

    // MARK: Imports

    @Test(arguments: ["99999999999999999999", "9300000000000000000", "-9300000000000000000", "1e300", String(repeating: "9", count: 400)])
    func anEnormousNumberInAnImportIsARowProblem(value: String) throws {
        let csv = """
            household_id,village_code,status,wages
            220622103201-0301,220622103201,notOut,\(value)

            """
        let plan = try SpreadsheetImport.plan(.households, bytes: Array(csv.utf8), board: F.board(), author: F.admin)
        #expect(plan.problems.contains { $0.description.hasPrefix("row 2, column D \"wages\"") && $0.message.contains("outside") })
        #expect(plan.goodChanges.isEmpty)
    }

    @Test func anIDNumberWithAnImpossibleBirthDateIsARowProblem() throws {
        let board = F.board()
        let body = "22062219990230123"
        let id = body + String(ResidentID.checkCharacter(for: Int64(body)!))
        let csv = "household_id,name,relation,birth_year,id_number\n\(board.households[0].id.raw),李四,配偶,1999,\(id)\n"
        let plan = try SpreadsheetImport.plan(.members, bytes: Array(csv.utf8), board: board, author: F.admin)
        #expect(plan.problems.contains { $0.description.hasPrefix("row 2, column E \"id_number\"") && $0.message.contains("19990230") })
        #expect(plan.goodChanges.isEmpty)
    }

    @Test func anIDNumberFromAnotherProvinceIsAWarningNotAProblem() throws {
        let board = F.board()
        let body = "11010519800101123"
        let id = body + String(ResidentID.checkCharacter(for: Int64(body)!))
        let csv = "household_id,name,relation,birth_year,id_number\n\(board.households[0].id.raw),李四,配偶,1980,\(id)\n"
        let plan = try SpreadsheetImport.plan(.members, bytes: Array(csv.utf8), board: board, author: F.admin)
        #expect(plan.problems.isEmpty)
        #expect(plan.goodChanges.count == 1)
        #expect(plan.lookAt.map(\.description).contains { $0.hasPrefix("row 2") && $0.contains("110105") })
    }

    @Test func anEnormousYearIsNotADay() {
        #expect(Day(year: 99_999_999_999, month: 1, day: 1) == nil)
        #expect(Day(year: Int.max, month: 2, day: 28) == nil)
        #expect(Day(year: Int.min, month: 2, day: 28) == nil)
        #expect(Day(year: 2020, month: 2, day: 29) != nil)
    }
}
