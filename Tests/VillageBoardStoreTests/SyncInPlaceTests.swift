import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore
import VillageBoardDemo

/// A merge replays the new operations onto the board already open when they all sort after it, and opens the store
/// again (rebuilding from the base) when one sorts before it: both must give the board a fresh open gives.
@Suite("Sync: replaying in place gives the reopened board")
struct SyncInPlaceTests {
    typealias F = StoreFixtures
    typealias L = SyncLab

    /// Merges `foreign` into two copies of `local`, once in place (when it can) and once forcing the reopen, and
    /// checks that the two boards, and the board a fresh open of each folder reads, are the same.
    static func mergeBothWays(local: String, foreign: String, name: String = #function) throws -> (inPlace: Bool, Board) {
        let fast = F.folder(name + "-inplace"), slow = F.folder(name + "-reopen")
        try L.copyStore(local, to: fast)
        try L.copyStore(local, to: slow)
        let (r1, s1) = try Sync.merge(into: fast, from: try Sync.source(at: foreign, now: F.now), device: L.device(0), today: F.today)
        let (r2, s2) = try Sync.merge(into: slow, from: try Sync.source(at: foreign, now: F.now), device: L.device(0), today: F.today,
                                      inPlace: false)
        defer { s1.close(); s2.close() }
        #expect(!r2.replayedInPlace)
        #expect(r1.added == r2.added)
        #expect(r1.total > 0)
        let (a, b) = (s1.board, s2.board)
        #expect(a.households == b.households)
        #expect(a.tasks == b.tasks)
        #expect(a.users == b.users)
        #expect(a.conflicts == b.conflicts)
        #expect(a.seen == b.seen)
        #expect(a.frontier == b.frontier)
        #expect(Sync.fingerprint(a) == Sync.fingerprint(b))
        #expect(a.rollups == a.recountedRollups())
        #expect(s1.notices.map(\.description).sorted() == s2.notices.map(\.description).sorted())
        #expect(s1.unsignedLines == s2.unsignedLines)
        #expect(s1.unverified.operations == s2.unverified.operations)
        // What the folders hold opens to the same board (the in-place store wrote no snapshot it should have).
        #expect(try L.look(fast).fingerprint == Sync.fingerprint(a))
        #expect(try L.look(slow).fingerprint == Sync.fingerprint(a))
        // And the in-place store saves on from where it is: its next operation follows the merged ones.
        #expect(s1.board.nextSequence(for: L.device(0)) == s2.board.nextSequence(for: L.device(0)))
        return (r1.replayedInPlace, a)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func laterWorkIsReplayedInPlaceWithTheSameBoardAndConflicts(seed: UInt64) throws {
        let (_, paths) = try L.laptops(2, name: "inplace\(seed)")
        // This laptop worked in the morning; the other in the afternoon on the same few households, from the board
        // both started with: its edits sort after ours and carry values ours replaced (conflicts).
        _ = try L.edit(paths[0], laptop: 0, count: 30, seed: seed * 10, hours: 8..<11)
        _ = try L.edit(paths[1], laptop: 1, count: 30, seed: seed * 10 + 1, hours: 12..<16)
        let (inPlace, board) = try Self.mergeBothWays(local: paths[0], foreign: paths[1], name: "inplace\(seed)")
        #expect(inPlace)
        #expect(!board.conflicts.isEmpty)
    }

    @Test(arguments: [UInt64(1), 2])
    func earlierWorkFallsBackToTheRebuild(seed: UInt64) throws {
        let (_, paths) = try L.laptops(2, name: "rebuild\(seed)")
        _ = try L.edit(paths[0], laptop: 0, count: 20, seed: seed * 10, hours: 12..<16)
        _ = try L.edit(paths[1], laptop: 1, count: 20, seed: seed * 10 + 1, hours: 8..<11)
        let (inPlace, _) = try Self.mergeBothWays(local: paths[0], foreign: paths[1], name: "rebuild\(seed)")
        #expect(!inPlace)
    }

    @Test func nothingNewChangesNothing() throws {
        let (_, paths) = try L.laptops(2)
        _ = try L.edit(paths[1], laptop: 1, count: 5, seed: 3)
        try L.sync(paths[0], from: paths[1], device: L.device(0))
        let before = try L.look(paths[0]).fingerprint
        let (report, store) = try Sync.merge(into: paths[0], from: try Sync.source(at: paths[1], now: F.now),
                                             device: L.device(0), today: F.today)
        defer { store.close() }
        #expect(report.total == 0)
        #expect(report.replayedInPlace)
        #expect(Sync.fingerprint(store.board) == before)
    }
}
