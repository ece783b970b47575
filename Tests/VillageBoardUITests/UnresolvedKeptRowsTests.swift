import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// The unresolved rows the app keeps (`UnresolvedRowKeeper`, issue 18) stay right after saves: after each kind of change
/// they equal rows read from the board afresh, and a list shown before the saves, filled in from them on its first
/// sort, equals a list built afresh. A change to users (a cadre's name is in the rows) or a new day builds them again.
@Suite struct UnresolvedKeptRowsTests {
    /// Every unresolved household's whole row, read from the board afresh, scope by scope.
    static func fresh(_ board: Board) -> [Int: UnresolvedRow] {
        var out: [Int: UnresolvedRow] = [:]
        for root in board.roots {
            for row in UnresolvedRows.build(board: board, scope: root) { out[row.household] = row }
        }
        return out
    }

    /// Applies `change` to the context's live board as the first user allowed to make it.
    static func save(_ change: Change, _ ctx: ScreenContext, sourceLocation: SourceLocation = #_sourceLocation) {
        let device = DeviceID("kept-rows-test")
        for author in ctx.board.users.keys.sorted() {
            let board = ctx.board
            let op = Operation(id: OperationID(device: device, sequence: board.nextSequence(for: device)),
                               time: Timestamp(day: board.today, hour: 12), author: author, change: change)
            if (try? ctx.live.apply(op)) != nil { return }
        }
        Issue.record("\(change.kind) refused for every user", sourceLocation: sourceLocation)
    }

    @Test func theKeptRowsAfterSavesEqualRowsAfresh() throws {
        let ctx = ListsFixture.ctx(user: "admin")
        ctx.prepareKept()
        // A list shown by place before the saves: its rows hold their place alone until a sort, filter or menu.
        var screen = UnresolvedScreen(ctx: ctx)
        #expect(!screen.detailed)
        let scope = try #require(screen.scope)
        func expectCurrent(_ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let kept = ctx.unresolvedRows.rows(ctx.board)
            #expect(kept != nil, "kept after \(what)", sourceLocation: sourceLocation)
            #expect(kept == Self.fresh(ctx.board), "after \(what)", sourceLocation: sourceLocation)
        }
        expectCurrent("nothing")
        let board = ctx.board
        let first = try #require(screen.base.first?.household)
        let h = board.households[first]
        let other = try #require(board.users.keys.sorted().first { $0 != h.cadre && board.users[$0]?.role != .admin })
        Self.save(.addVisit(h.id, Visit(day: board.today, by: other, found: "走访")), ctx)
        expectCurrent("a visit")
        Self.save(.assignCadre(h.id, from: h.cadre, to: other, reason: "调整包保"), ctx)
        expectCurrent("a new cadre")
        let task = WorkTask(id: TaskID("kept-rows-1"), subject: .household(h.id), title: "补材料", owner: other,
                            due: board.today.adding(days: -3), createdBy: other, createdOn: board.today)
        Self.save(.addTask(task), ctx)
        expectCurrent("an overdue task")
        Self.save(.markTaskDone(task.id, note: "已办"), ctx)
        expectCurrent("the task done")
        let item = ChecklistItem.allCases[0]
        let check = h.checklist[item]
        Self.save(.setCheck(h.id, item, from: check, to: ItemCheck(state: check.state == .notMet ? .met : .notMet, note: "核实",
                                                                   checkedBy: other, checkedOn: board.today)), ctx)
        expectCurrent("an item")
        var head = try #require(h.members.first)
        head.name = "改名户主"
        Self.save(.updateMember(h.id, from: h.members[0], to: head), ctx)
        expectCurrent("the head's name")
        // A new household on the edge with every item met and income enough, which then leaves the list.
        let id = HouseholdID(h.village.description + "-0777")
        let checks = Dictionary(uniqueKeysWithValues: ChecklistItem.allCases.map { ($0, ItemCheck(state: .met, note: "核实")) })
        let newcomer = Household(id: id, village: h.village, registered: false, mark: HouseholdMark(.edge), mainCause: .illness,
                                 members: [Member(id: MemberID(id.raw + "-1"), name: "单志远", relation: .head, birthYear: 1970)],
                                 income: Income(wages: 100_000), checklist: Checklist(checks))
        Self.save(.registerHousehold(newcomer), ctx)
        let second = try #require(ctx.board.index(of: id))
        #expect(ctx.board.householdMarks[second].isUnresolved)
        expectCurrent("a new household")
        Self.save(.setStatus(id, from: HouseholdMark(.edge), to: HouseholdMark(.edge, riskEliminated: true), reason: "风险消除"), ctx)
        #expect(!ctx.board.householdMarks[second].isUnresolved)
        expectCurrent("a household off the list")
        // The list shown before the saves follows them, and its first sort fills the rest in from the kept rows.
        screen.boardChanged(ctx)
        #expect(screen.builds == 1, "followed, not built again")
        _ = screen.update(.sortNext, ctx)
        #expect(screen.detailed)
        #expect(screen.base == UnresolvedRows.build(board: ctx.board, scope: scope))
        // A cadre's new name may change rows no operation names: the kept rows are let go, then built again.
        let user = try #require(ctx.board.users[other])
        var renamed = user
        renamed.name = "新名字"
        Self.save(.updateUser(from: user, to: renamed), ctx)
        #expect(ctx.unresolvedRows.rows(ctx.board) == nil)
        ctx.prepareKept()
        expectCurrent("a user renamed and a new build")
    }

    @Test func aNewDayBuildsTheRowsAgain() {
        let ctx = ListsFixture.ctx(user: "admin")
        ctx.prepareKept()
        #expect(ctx.unresolvedRows.rows(ctx.board) == Self.fresh(ctx.board))
        ctx.live.setToday(ctx.board.today.adding(days: 40))
        #expect(ctx.unresolvedRows.rows(ctx.board) == nil, "overdue counts follow the calendar")
        ctx.prepareKept()
        #expect(ctx.unresolvedRows.rows(ctx.board) == Self.fresh(ctx.board))
    }
}
