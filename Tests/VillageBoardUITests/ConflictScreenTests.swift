import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// The conflicts screen (key 6): two laptops set one check differently; the screen lists it with both sides, and
/// `c` on a side saves the change that settles it — only for users whose scope holds the household.
@Suite struct ConflictScreenTests {
    static let taiping = ListsFixture.code("220622101201")
    static let size = Size(width: 120, height: 40)

    /// The demo with one conflict: laptop-a and laptop-b set a 太平村 household's water check without seeing each other.
    static func board() throws -> (Board, HouseholdID, ItemCheck, ItemCheck) {
        var board = ListsFixture.demo
        let h = try #require(board.householdIndices(under: taiping).first.map { board.households[$0] })
        let before = h.checklist[.water]
        let a = ItemCheck(state: .met, note: "自来水入户", checkedBy: UserID("admin"), checkedOn: board.today)
        let b = ItemCheck(state: .notMet, note: "水质不达标", checkedBy: UserID("admin"), checkedOn: board.today)
        let t = Timestamp(day: board.today, hour: 9)
        try board.apply(Operation(id: OperationID(device: DeviceID("laptop-a"), sequence: 1), time: t, author: UserID("admin"),
                                  change: .setCheck(h.id, .water, from: before, to: a)))
        try board.apply(Operation(id: OperationID(device: DeviceID("laptop-b"), sequence: 1), time: t, author: UserID("admin"),
                                  change: .setCheck(h.id, .water, from: before, to: b)))
        return (board, h.id, a, b)
    }

    @Test func theConflictIsListedWithBothSidesAndTheShownOneMarked() throws {
        let (board, id, _, _) = try Self.board()
        #expect(board.conflictList.count == 1)
        for language in Language.allCases {
            let app = ListsFixture.app("6", ListsFixture.ctx(language, user: "taiping-sec", board: board), size: Self.size)
            #expect(app.top is ConflictsScreen)
            let frame = ListsFixture.lines(app, size: Self.size).joined(separator: "\n")
            #expect(frame.contains(id.raw))
            #expect(frame.contains("自来水入户") && frame.contains("水质不达标"))
            #expect(frame.contains(">2* "), "the cursor starts on the side the board shows")
        }
    }

    @Test func choosingTheOtherSideSavesTheChangeThatSettlesIt() throws {
        let (board, id, a, b) = try Self.board()
        var app = ListsFixture.app("6", ListsFixture.ctx(user: "taiping-sec", board: board), size: Self.size)
        _ = app.handle(.char("h"))
        let effects = app.handle(.char("c"))
        #expect(effects == [.save(.setCheck(id, .water, from: b, to: a))])
    }

    @Test func someoneOutsideTheScopeDoesNotSeeIt() throws {
        let (board, _, _, _) = try Self.board()
        let outsider = try #require(board.users.values.first { $0.role == .villageCadre && $0.scope != Self.taiping && !$0.disabled })
        let app = ListsFixture.app("6", ListsFixture.ctx(user: outsider.id.raw, board: board), size: Self.size)
        let screen = try #require(app.top as? ConflictsScreen)
        #expect(screen.rows.isEmpty)
    }
}
