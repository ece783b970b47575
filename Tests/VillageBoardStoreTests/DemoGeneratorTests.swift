import Testing
import VillageBoardCore
@testable import VillageBoardStore
@testable import VillageBoardDemo

@Suite("Synthetic board")
struct DemoGeneratorTests {
    static let today = BaishanDemo.today

    @Test(arguments: [100, 5_000])
    func makesExactlyThatManyHouseholds(_ n: Int) throws {
        let board = SyntheticBoard.generate(households: n, seed: 7, today: Self.today)
        #expect(board.households.count == n)
        #expect(board.rollups == board.recountedRollups())
        let top = try #require(board.roots.first)
        #expect(board.rollup(top).households == n)
        #expect(Set(board.households.map(\.id)).count == n)
    }

    @Test func sameSeedSameBoard() {
        let a = SyntheticBoard.generate(households: 2_000, seed: 11, today: Self.today)
        let b = SyntheticBoard.generate(households: 2_000, seed: 11, today: Self.today)
        #expect(a.households == b.households)
        #expect(a.tasks == b.tasks)
        #expect(a.units == b.units)
        #expect(a.users == b.users)
    }

    @Test func differentSeedsDiffer() {
        let a = SyntheticBoard.generate(households: 500, seed: 1, today: Self.today)
        let b = SyntheticBoard.generate(households: 500, seed: 2, today: Self.today)
        #expect(a.households != b.households)
    }

    @Test func aRealisticShape() throws {
        let board = SyntheticBoard.generate(households: 5_000, seed: 3, today: Self.today)
        let top = try #require(board.roots.first)
        let r = board.rollup(top)
        let unresolved = Double(r.householdsUnresolved) / 5_000, monitored = Double(r.householdsMonitored) / 5_000
        #expect((0.025...0.06).contains(unresolved), "\(unresolved)")
        #expect((0.01...0.03).contains(monitored), "\(monitored)")
        let villages = board.villages(under: top)
        #expect(villages.count == 14)
        for v in villages { #expect((300...400).contains(board.rollup(v).households)) }
        let levels = Set(board.units.values.map(\.level))
        #expect(levels == Set(OrgLevel.allCases))
        let people = Double(r.people) / 5_000
        #expect((2.0...3.0).contains(people), "\(people)")
        let tasksPerHousehold = Double(r.tasks) / 5_000
        #expect((0.2...0.45).contains(tasksPerHousehold), "\(tasksPerHousehold)")
        for h in board.households {
            for m in h.members {
                let id = try #require(m.idNumber)
                #expect(ResidentID(id.full) == id && id.birthYear == m.birthYear)
            }
            if h.isUnresolved { #expect(h.cadre != nil && !h.plan.needs.isEmpty) }
        }
        for t in board.tasks { #expect(board.user(t.owner) != nil) }
    }

    @Test func anotherDayShiftsTheDates() {
        let later = Day(iso: "2024-03-15") ?? Self.today
        let board = SyntheticBoard.generate(households: 400, seed: 5, today: later)
        #expect(board.today == later && board.year == 2024)
        #expect(board.tasks.allSatisfy { $0.createdOn <= later })
        #expect(board.rollups == board.recountedRollups())
    }
}
