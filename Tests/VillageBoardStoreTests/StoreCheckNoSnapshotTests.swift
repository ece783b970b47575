import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// A store that git or Syncthing brought has no snapshot (a local cache, never carried): `check` reads the base.
@Suite("Check: a store without its snapshot")
struct StoreCheckNoSnapshotTests {
    typealias L = SyncLab

    @Test func aCarriedStoreWithoutASnapshotHasNoProblems() throws {
        let (_, paths) = try L.laptops(1, name: "check-no-snapshot")
        _ = try L.edit(paths[0], laptop: 0, count: 4, seed: 7)
        try FileManager.default.removeItem(atPath: paths[0] + "/snapshot.jsonl")
        #expect(StoreCheck.run(path: paths[0], device: DeviceID("observer"), today: StoreFixtures.today).isEmpty)
    }

    @Test func withoutSnapshotOrBaseItIsAProblem() throws {
        let (_, paths) = try L.laptops(1, name: "check-nothing")
        try FileManager.default.removeItem(atPath: paths[0] + "/snapshot.jsonl")
        try? FileManager.default.removeItem(atPath: paths[0] + "/base.jsonl")
        #expect(!StoreCheck.run(path: paths[0], device: DeviceID("observer"), today: StoreFixtures.today).isEmpty)
    }
}
