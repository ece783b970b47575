import Testing
import VillageBoardCore
@testable import VillageBoardExchange
@testable import VillageBoardStore

/// Running a stopped import file again resumes it, for members without ID numbers as for the rest (issue 17).
@Suite("Import: a stopped members file run again")
struct ImportResumeWithoutIDTests {
    typealias F = StoreFixtures

    static func file(_ h: HouseholdID) -> String {
        """
        household_id,name,relation,birth_year,id_number
        \(h.raw),孙一,son,1990,
        \(h.raw),孙二,daughter,1992,
        \(h.raw),孙二,daughter,1992,

        """
    }

    @Test func membersWithoutIDNumbersAreNotAddedTwice() throws {
        var board = F.board()
        let h = board.households[0].id
        let before = board.households[0].members.count
        let bytes = Array(Self.file(h).utf8)
        let first = try SpreadsheetImport.plan(.members, bytes: bytes, board: board, author: F.admin)
        #expect(first.problems.isEmpty)
        #expect(first.goodChanges.count == 3)
        // The run is stopped after the first two rows are saved.
        for (n, change) in first.goodChanges.prefix(2).enumerated() {
            try board.apply(Operation(id: OperationID(device: DeviceID("t"), sequence: n + 1), time: F.now, author: F.admin,
                                      change: change))
        }
        let again = try SpreadsheetImport.plan(.members, bytes: bytes, board: board, author: F.admin)
        #expect(again.problems.isEmpty)
        #expect(again.alreadyImported == 2)
        // The third row (a second 孙二: twins of one name are rare, but the file says two) is still added.
        #expect(again.goodChanges.count == 1)
        try board.apply(Operation(id: OperationID(device: DeviceID("t"), sequence: 3), time: F.now, author: F.admin,
                                  change: try #require(again.goodChanges.first)))
        let third = try SpreadsheetImport.plan(.members, bytes: bytes, board: board, author: F.admin)
        #expect(third.goodChanges.isEmpty && third.problems.isEmpty && third.alreadyImported == 3)
        #expect(board.households[0].members.count == before + 3)
    }

    @Test func aRowWithAnotherBirthYearIsANewPerson() throws {
        var board = F.board()
        let h = board.households[0].id
        let one = "household_id,name,relation,birth_year,id_number\n\(h.raw),孙一,son,1990,\n"
        let plan = try SpreadsheetImport.plan(.members, bytes: Array(one.utf8), board: board, author: F.admin)
        try board.apply(Operation(id: OperationID(device: DeviceID("t"), sequence: 1), time: F.now, author: F.admin,
                                  change: try #require(plan.goodChanges.first)))
        let other = "household_id,name,relation,birth_year,id_number\n\(h.raw),孙一,son,1991,\n"
        let next = try SpreadsheetImport.plan(.members, bytes: Array(other.utf8), board: board, author: F.admin)
        #expect(next.alreadyImported == 0 && next.goodChanges.count == 1)
    }
}
