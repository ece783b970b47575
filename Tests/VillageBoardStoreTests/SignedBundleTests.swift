import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// A bundle's seal signed by its maker (issue 17): the receiver proves who made it with the key its board holds, and a
/// bundle altered and resealed — keeping the signature, or signing with another user's key in the maker's name — is
/// refused before anything is merged.
@Suite("Signed bundles: the seal names and proves its maker")
struct SignedBundleTests {
    typealias F = StoreFixtures
    typealias S = SignedOperationsTests

    /// The bundle of the signed store (task T1 done by the cadre), sealed and signed by `signer`.
    static func bundle(signedBy signer: Signer?) throws -> (path: String, bytes: [UInt8], cadre: Signer, supervisor: Signer) {
        let (path, cadre, supervisor) = try S.store(name: "signed-bundle-\(UUID().uuidString.prefix(8))")
        let made = try Sync.bundle(ofStore: path, device: F.device, since: .everything, now: F.now)
        return (path, made.encoded(signedBy: signer), cadre, supervisor)
    }

    static func board(_ path: String) throws -> Board {
        let store = try Store.open(at: path, device: F.device, readOnly: true, today: F.today, focus: [])
        defer { store.close() }
        return store.board
    }

    /// Reseals `body` as a forger would: a fresh SHA-256 and byte count, then `signer` and `sig` as given.
    static func reseal(_ body: [UInt8], naming user: UserID, signedWith key: Signer?, keepingSig old: String? = nil) -> [UInt8] {
        let head = Array("{\"sha256\":\"\(SyncBundle.sha256(body[...]))\",\"bytes\":\(body.count),\"signer\":\"\(user.raw)\"".utf8)
        let sig = old ?? key.map { Hex.encode($0.sign(head)) } ?? ""
        return body + head + Array(",\"sig\":\"\(sig)\"}\n".utf8)
    }

    static func split(_ bytes: [UInt8]) -> (body: [UInt8], seal: String) {
        let start = bytes.dropLast().lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return (Array(bytes[..<start]), String(decoding: bytes[start...], as: UTF8.self))
    }

    @Test func aSignedBundleNamesItsMakerAndTheReceiverProvesIt() throws {
        let (path, _, _, supervisor) = try Self.bundle(signedBy: nil)
        let bytes = try Sync.bundle(ofStore: path, device: F.device, since: .everything, now: F.now).encoded(signedBy: supervisor)
        let bundle = try SyncBundle.decode(bytes, file: "made.bundle")
        #expect(bundle.seal?.signer == F.supervisor)
        #expect(try bundle.signer(judgedBy: Self.board(path), file: "made.bundle") == .proven(F.supervisor))
        // A new laptop has no board yet: it judges by the base the bundle carries.
        #expect(bundle.base != nil)
        #expect(try bundle.signerJudgedByItsBase(file: "made.bundle", today: F.today) == .proven(F.supervisor))
    }

    @Test func aBundleAlteredAndResealedWithTheOldSignatureIsRefused() throws {
        let (path, _, _, supervisor) = try Self.bundle(signedBy: nil)
        let signed = try Sync.bundle(ofStore: path, device: F.device, since: .everything, now: F.now).encoded(signedBy: supervisor)
        let (body, seal) = Self.split(signed)
        let oldSig = try #require(seal.components(separatedBy: "\"sig\":\"").last?.split(separator: "\"").first).description
        #expect(oldSig.count == 128)
        // One byte of the header changed (the made-time's year), the seal recomputed, the signature kept.
        var altered = body
        let made = Array("\"made\":\"".utf8)
        let at = try #require((0..<(altered.count - made.count)).first { altered[$0..<($0 + made.count)].elementsEqual(made) })
            + made.count + 3
        altered[at] = altered[at] == 0x30 ? 0x31 : 0x30
        let forged = try SyncBundle.decode(Self.reseal(altered, naming: F.supervisor, signedWith: nil, keepingSig: oldSig),
                                           file: "forged.bundle")
        let board = try Self.board(path)
        #expect(throws: SyncError.self) { try forged.signer(judgedBy: board, file: "forged.bundle") }
        #expect(throws: SyncError.self) { try forged.signerJudgedByItsBase(file: "forged.bundle", today: F.today) }
        // The untouched bundle is proven.
        let good = try SyncBundle.decode(signed, file: "good.bundle")
        #expect(try good.signer(judgedBy: board, file: "good.bundle") == .proven(F.supervisor))
    }

    @Test func aSealSignedWithAnotherUsersKeyInTheSupervisorsNameIsRefused() throws {
        let (path, bytes, cadre, _) = try Self.bundle(signedBy: nil)
        let (body, _) = Self.split(bytes)
        let forged = try SyncBundle.decode(Self.reseal(body, naming: F.supervisor, signedWith: cadre), file: "forged.bundle")
        let board = try Self.board(path)
        do {
            _ = try forged.signer(judgedBy: board, file: "forged.bundle")
            Issue.record("a seal signed with the cadre's key in the supervisor's name was accepted")
        } catch {
            guard case .forgedSeal(let file, let signer) = error else { Issue.record("\(error)"); return }
            #expect(file == "forged.bundle" && signer == F.supervisor)
        }
        // Signed by the cadre in the cadre's own name, it is proven as the cadre's.
        let own = try SyncBundle.decode(Self.reseal(body, naming: F.cadre, signedWith: cadre), file: "own.bundle")
        #expect(try own.signer(judgedBy: board, file: "own.bundle") == .proven(F.cadre))
    }

    @Test func anUnsignedBundleIsToldAsSuchAndAnUnknownSignerCannotBeChecked() throws {
        let (path, bytes, cadre, _) = try Self.bundle(signedBy: nil)
        let board = try Self.board(path)
        #expect(try SyncBundle.decode(bytes, file: "plain.bundle").signer(judgedBy: board, file: "plain.bundle") == .unsigned)
        let (body, _) = Self.split(bytes)
        let stranger = try SyncBundle.decode(Self.reseal(body, naming: UserID("nobody"), signedWith: cadre), file: "s.bundle")
        #expect(try stranger.signer(judgedBy: board, file: "s.bundle") == .cannotCheck(UserID("nobody")))
        // An older program's reader skips the new seal fields: the seal's SHA-256 and size are all it checks.
        #expect(try SyncBundle.decode(Self.reseal(body, naming: F.cadre, signedWith: cadre), file: "x").pieces.count
                == SyncBundle.decode(bytes, file: "y").pieces.count)
    }
}
