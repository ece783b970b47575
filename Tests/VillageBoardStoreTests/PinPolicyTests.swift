import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// PIN minimums per role as data: an admin raises them by an operation (never below the floor), they survive
/// compaction and reopening, and new PINs are judged by them.
@Suite("PIN policy")
struct PinPolicyTests {
    typealias F = StoreFixtures

    @Test func anAdminRaisesAMinimumThatLastsAndJudgesNewPins() throws {
        let store = try F.store()
        let path = store.path
        #expect(PinHasher.problem(with: "135792", role: .townshipSupervisor, policy: store.board.pinPolicy) == nil)
        let raised = PinPolicy(minimums: [.townshipSupervisor: 8])
        // Only an admin; never below a role's floor, never above twelve digits.
        #expect(throws: StoreError.self) { try store.save(.setPinPolicy(from: .standard, to: raised), author: F.cadre, at: F.now) }
        #expect(throws: StoreError.self) {
            try store.save(.setPinPolicy(from: .standard, to: PinPolicy(minimums: [.admin: 5])), author: F.admin, at: F.now)
        }
        #expect(throws: StoreError.self) {
            try store.save(.setPinPolicy(from: .standard, to: PinPolicy(minimums: [.villageCadre: 13])), author: F.admin, at: F.now)
        }
        try store.save(.setPinPolicy(from: .standard, to: raised), author: F.admin, at: F.now)
        #expect(PinHasher.problem(with: "135792", role: .townshipSupervisor, policy: store.board.pinPolicy)
                == .tooShortForRole(minimum: 8))
        #expect(PinHasher.problem(with: "13579246", role: .townshipSupervisor, policy: store.board.pinPolicy) == nil)
        #expect(PinHasher.problem(with: "1357", role: .villageCadre, policy: store.board.pinPolicy) == nil)
        // Undo puts the old policy back as a change of its own.
        #expect(Undo.inverse(of: .setPinPolicy(from: .standard, to: raised), on: store.board) == .setPinPolicy(from: raised, to: .standard))

        try store.compact()
        store.close()
        let snapshot = try String(contentsOfFile: path + "/snapshot.jsonl", encoding: .utf8)
        #expect(snapshot.contains(#"{"type":"pinPolicy","minimums":{"townshipSupervisor":8}}"#))
        let reopened = try Store.open(at: path, device: F.device, today: F.today)
        defer { reopened.close() }
        #expect(reopened.board.pinPolicy == raised)
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).isEmpty)
    }

    @Test func aSnapshotPolicyBelowTheFloorIsNamedByCheck() throws {
        let store = try F.store()
        let path = store.path
        store.close()
        var lines = try String(contentsOfFile: path + "/snapshot.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
        lines.insert(#"{"type":"pinPolicy","minimums":{"admin":2}}"#, at: 2)
        try (lines.joined(separator: "\n") + "\n").write(toFile: path + "/snapshot.jsonl", atomically: true, encoding: .utf8)
        let problems = StoreCheck.run(path: path, device: F.device, today: F.today)
        #expect(problems.contains { $0.line == 3 }, "\(problems)")
        #expect(throws: (any Error).self) { try Store.open(at: path, device: F.device, today: F.today) }
    }
}
