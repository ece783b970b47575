import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// The session file's rules, with the clock in hand: 15 idle minutes, renewed by use; bound to user, laptop and store
/// folder; void once the user's key changes.
@Suite struct UnlockedSessionStoreTests {
    typealias F = StoreFixtures

    static func setUp(name: String = #function) throws -> (store: String, locations: Locations, user: User, signer: Signer) {
        let folder = F.folder(name)
        let store = folder + "/store"
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
        let (pin, signer) = try PinHasher.hashAndSigner("135790", for: F.supervisor, parameters: PinHasher.forTests)
        let user = User(id: F.supervisor, name: "王督导", role: .townshipSupervisor, scope: F.township, pin: pin)
        let locations = Locations(environment: ["HOME": folder, "XDG_RUNTIME_DIR": folder])
        return (store, locations, user, signer)
    }

    static func at(minutes: Int) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: F.now.millisecondsSinceEpoch + Int64(minutes) * 60_000)
    }

    @Test func useRenewsItAndFifteenIdleMinutesEndIt() throws {
        let (store, locations, user, signer) = try Self.setUp()
        try UnlockedSession.start(signer, storePath: store, device: F.device, locations: locations, now: F.now)
        #expect(UnlockedSession.resume(user, storePath: store, device: F.device, locations: locations, now: Self.at(minutes: 14))?
                    .publicKey == signer.publicKey)
        // Used at minute 14: still alive at minute 28.
        #expect(UnlockedSession.resume(user, storePath: store, device: F.device, locations: locations, now: Self.at(minutes: 28)) != nil)
        // 16 idle minutes: gone, and its file removed.
        #expect(UnlockedSession.resume(user, storePath: store, device: F.device, locations: locations, now: Self.at(minutes: 44)) == nil)
        #expect(try FileIO.listFolder(UnlockedSession.folder(locations)).isEmpty)
    }

    @Test func anotherLaptopUserOrChangedKeyGetsNothing() throws {
        let (store, locations, user, signer) = try Self.setUp()
        try UnlockedSession.start(signer, storePath: store, device: F.device, locations: locations, now: F.now)
        #expect(UnlockedSession.resume(user, storePath: store, device: DeviceID("laptop-b"), locations: locations, now: F.now) == nil)
        var other = user
        other.id = F.cadre
        #expect(UnlockedSession.resume(other, storePath: store, device: F.device, locations: locations, now: F.now) == nil)
        var rekeyed = user
        rekeyed.pin = try PinHasher.hash("246802", for: user.id, parameters: PinHasher.forTests)
        #expect(UnlockedSession.resume(rekeyed, storePath: store, device: F.device, locations: locations, now: F.now) == nil)
        #expect(UnlockedSession.resume(user, storePath: store, device: F.device, locations: locations, now: F.now) != nil)
    }

    @Test func aCopiedStoreWithTheSessionFileBesideItGetsNothing() throws {
        let (store, locations, user, signer) = try Self.setUp()
        try UnlockedSession.start(signer, storePath: store, device: F.device, locations: locations, now: F.now)
        // The store moved aside and a copy put in its place: same path, another folder.
        try FileManager.default.moveItem(atPath: store, toPath: store + "-original")
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
        #expect(UnlockedSession.resume(user, storePath: store, device: F.device, locations: locations, now: F.now) == nil)
    }

    @Test func lockEndsIt() throws {
        let (store, locations, user, signer) = try Self.setUp()
        try UnlockedSession.start(signer, storePath: store, device: F.device, locations: locations, now: F.now)
        #expect(UnlockedSession.end(nil, storePath: store, device: F.device, locations: locations) == 1)
        #expect(UnlockedSession.resume(user, storePath: store, device: F.device, locations: locations, now: F.now) == nil)
    }
}
