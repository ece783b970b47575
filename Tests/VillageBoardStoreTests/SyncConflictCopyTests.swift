import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// Syncthing's conflict copies (`NAME.sync-conflict-DATE-TIME-DEVICE.EXT`) in a store folder: never read as a
/// journal, never deleted, and named with the operations in them that no board holds.
@Suite("Sync: a file-sync engine's conflict copies")
struct SyncConflictCopyTests {
    typealias F = StoreFixtures
    typealias L = SyncLab
    static let copyName = "laptop-1.sync-conflict-20200630-101500-ABCDEFG.jsonl"

    /// Two laptops that share the name laptop-1 each save one change; the engine keeps one journal and sets the
    /// other aside as a conflict copy, as Syncthing does.
    static func sharedNameConflict(name: String = #function) throws -> (winner: String, copy: String, third: String) {
        let (_, paths) = try L.laptops(3, name: name)
        _ = try L.edit(paths[0], laptop: 0, count: 3, seed: 1)
        _ = try L.edit(paths[1], laptop: 0, count: 2, seed: 2)  // laptop 1 again: the shared name
        let copy = paths[0] + "/journal/" + copyName
        try FileManager.default.copyItem(atPath: paths[1] + "/journal/laptop-1.jsonl", toPath: copy)
        return (paths[0], copy, paths[2])
    }

    @Test func theStoreOpensAndReadsOnlyTheRealJournal() throws {
        let (path, _, _) = try Self.sharedNameConflict()
        let before = try L.look(path)
        let store = try Store.open(at: path, device: DeviceID("laptop-2"), today: F.today)
        #expect(Sync.fingerprint(store.board) == before.fingerprint)
        #expect(store.board.households.count == before.board.households.count)
        store.close()
        #expect(StoreCheck.run(path: path, device: DeviceID("observer"), today: F.today).isEmpty)
    }

    @Test func theCopyIsNamedWithItsOperationsOnNoBoard() throws {
        let (path, copy, _) = try Self.sharedNameConflict()
        let found = SyncConflictCopies.find(inStore: path)
        #expect(found.count == 1)
        let c = try #require(found.first)
        #expect(c.file == "journal/" + Self.copyName)
        #expect(c.original == "journal/laptop-1.jsonl")
        // Both laptops wrote line 1 onwards differently (each stamps its own time), so every line of the copy is new.
        let lines = try String(contentsOfFile: copy, encoding: .utf8).split(separator: "\n").count
        #expect(c.linesNotInOriginal == Array(1...lines))
        #expect(c.needsAttention)
        #expect(c.description.contains("share the laptop name \"laptop-1\""))
        #expect(c.description.contains("Keep the file"))
    }

    @Test func nothingIsDeletedBySyncOrCompaction() throws {
        let (path, copy, third) = try Self.sharedNameConflict()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: copy))
        _ = try L.edit(third, laptop: 2, count: 2, seed: 5)
        try L.sync(third, from: path, device: L.device(2))
        try L.sync(path, from: third, device: L.device(0))
        #expect(try L.look(path).fingerprint == L.look(third).fingerprint)
        let store = try Store.open(at: path, device: L.device(0), today: F.today)
        try store.compact()
        store.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == bytes)
        // A sync carries journals only: the copy stays where the engine put it.
        #expect(SyncConflictCopies.find(inStore: third).isEmpty)
    }

    @Test func aCopyHoldingNothingNewIsOnlyANote() throws {
        let (_, path) = try L.laptops(1, name: "copies-prefix")
        _ = try L.edit(path[0], laptop: 0, count: 2, seed: 3)
        try FileManager.default.copyItem(atPath: path[0] + "/journal/laptop-1.jsonl", toPath: path[0] + "/journal/" + Self.copyName)
        _ = try L.edit(path[0], laptop: 0, count: 2, seed: 4)
        let c = try #require(SyncConflictCopies.find(inStore: path[0]).first)
        #expect(c.linesNotInOriginal.isEmpty)
        #expect(!c.needsAttention)
    }

    @Test func copiesOfOtherFilesAreNamedToo() throws {
        let (_, path) = try L.laptops(1, name: "copies-meta")
        try FileManager.default.copyItem(atPath: path[0] + "/store.json",
                                         toPath: path[0] + "/store.sync-conflict-20200630-101500-ABCDEFG.json")
        let c = try #require(SyncConflictCopies.find(inStore: path[0]).first)
        #expect(c.original == "store.json")
        #expect(c.needsAttention)
    }

    @Test func originalNames() {
        #expect(SyncConflictCopies.originalName(of: Self.copyName) == "laptop-1.jsonl")
        #expect(SyncConflictCopies.originalName(of: "lock.sync-conflict-20200630-101500-ABCDEFG") == "lock")
        #expect(!SyncConflictCopies.isCopy("laptop-1.jsonl"))
    }
}
