import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// Authorship you can prove: every user with a PIN has a signing key sealed under it, every line they save carries
/// their signature, and a line in their name without it — forged with the hash chain recomputed, in a journal or in a
/// bundle whose seal is recomputed — is refused and named wherever it is read.
@Suite("Signed operations: forging a supervisor's verification needs their PIN")
struct SignedOperationsTests {
    typealias F = StoreFixtures
    static let cadrePin = "246810", supervisorPin = "135790"

    /// A store whose cadre and supervisor have PINs with signing keys (cheap scrypt), and task T1 marked done by the
    /// cadre, signed. Returns the path and both signers.
    static func store(name: String = #function) throws -> (path: String, cadre: Signer, supervisor: Signer) {
        var board = F.board()
        let (cadrePin, cadre) = try PinHasher.hashAndSigner(Self.cadrePin, for: F.cadre, parameters: PinHasher.forTests)
        let (supPin, sup) = try PinHasher.hashAndSigner(Self.supervisorPin, for: F.supervisor, parameters: PinHasher.forTests)
        for (id, pin) in [(F.cadre, cadrePin), (F.supervisor, supPin)] {
            guard var u = board.user(id) else { continue }
            u.pin = pin
            board.restore(u)
        }
        let store = try Store.create(at: F.folder(name), board: board, device: F.device, now: F.now)
        store.signer = cadre
        try store.save(.markTaskDone(TaskID("T1"), note: "改造完成"), author: F.cadre, at: F.now)
        store.close()
        return (store.path, cadre, sup)
    }

    static func journal(_ path: String, _ device: DeviceID = F.device) -> String {
        path + "/journal/" + device.raw + ".jsonl"
    }

    /// Appends `change` by `author` to `device`'s journal the way a forger with the files would: the next sequence
    /// number, the hash chain recomputed, signed by `signer` (or not at all).
    static func forge(_ change: Change, by author: UserID, signer: Signer?, in path: String, device: DeviceID = F.device) throws {
        let file = journal(path, device)
        let bytes = (try? FileIO.readWholeFile(file)) ?? []
        let lines = bytes.split(separator: 0x0A).count
        let op = Operation(id: OperationID(device: device, sequence: lines + 1),
                           time: Timestamp(millisecondsSinceEpoch: F.now.millisecondsSinceEpoch + 60_000), author: author,
                           change: change)
        let line = JournalChain.line(for: op, after: JournalChain.tip(of: bytes, end: bytes.count), signer: signer)
        try FileManager.default.createDirectory(atPath: path + "/journal", withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: file) { FileManager.default.createFile(atPath: file, contents: nil) }
        F.append(String(decoding: line.bytes, as: UTF8.self), to: file)
    }

    static func state(_ path: String) throws -> (TaskState?, [StoreNotice]) {
        let store = try Store.open(at: path, device: F.device, readOnly: true, today: F.today)
        defer { store.close() }
        return (store.board.task(TaskID("T1"))?.state, store.notices)
    }

    static func refusals(_ notices: [StoreNotice]) -> [String] {
        notices.compactMap { if case .refusedOperation(let file, let line, let why) = $0 { "\(file) line \(line): \(why)" } else { nil } }
    }

    @Test func theRightPinOpensTheKeyAndAWrongOneDoesNot() throws {
        let (hash, signer) = try PinHasher.hashAndSigner("482913", for: F.cadre, parameters: PinHasher.forTests)
        let user = User(id: F.cadre, name: "李明", role: .villageCadre, scope: F.village, pin: hash)
        guard case .unlocked(let opened?) = PinHasher.unlock("482913", user: user) else {
            Issue.record("the right PIN did not open the key")
            return
        }
        #expect(opened.publicKey == signer.publicKey && opened.publicKey == user.publicKey)
        guard case .wrongPin = PinHasher.unlock("482914", user: user) else { Issue.record("a wrong PIN opened"); return }
        // A sealed key edited by hand opens nothing to sign with.
        var edited = user
        edited.pin?.signingKey?.sealedPrivateKey[20] ^= 1
        guard case .unlocked(nil) = PinHasher.unlock("482913", user: edited) else { Issue.record("an edited seal opened"); return }
        // The verifier is the 32-byte scrypt a PIN set before signing existed has: old PINs still verify.
        #expect(try PinHasher.hash("482913", salt: hash.salt, parameters: PinHasher.forTests).hash == hash.hash)
    }

    @Test func aSignedSaveIsAcceptedEverywhere() throws {
        let (path, _, sup) = try Self.store()
        let store = try Store.open(at: path, device: F.device, today: F.today)
        store.signer = sup
        try store.save(.verifyTask(TaskID("T1")), author: F.supervisor, at: F.now)
        store.close()
        let (state, notices) = try Self.state(path)
        #expect(state == .verified)
        #expect(Self.refusals(notices).isEmpty)
        #expect(!notices.contains { if case .unsigned = $0 { true } else { false } })
        let reopened = try Store.open(at: path, device: F.device, readOnly: true, today: F.today)
        #expect(reopened.unsignedLines.isEmpty)
        reopened.close()
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).isEmpty)
        let text = try String(contentsOfFile: Self.journal(path), encoding: .utf8)
        #expect(text.split(separator: "\n").allSatisfy { $0.contains(#""sig":""#) })
    }

    @Test func aSaveWithoutTheAuthorsKeyIsRefusedAndWritesNothing() throws {
        let (path, cadre, _) = try Self.store()
        let store = try Store.open(at: path, device: F.device, today: F.today)
        defer { store.close() }
        let before = try FileIO.readWholeFile(Self.journal(path))
        #expect(throws: StoreError.self) { try store.save(.verifyTask(TaskID("T1")), author: F.supervisor, at: F.now) }
        store.signer = cadre  // someone else's key does not sign for the supervisor
        #expect(throws: StoreError.self) { try store.save(.verifyTask(TaskID("T1")), author: F.supervisor, at: F.now) }
        #expect(try FileIO.readWholeFile(Self.journal(path)) == before)
    }

    @Test(arguments: ["unsigned", "cadre's key", "moved signature"])
    func aVerificationForgedInAJournalIsRefusedAndNamed(how: String) throws {
        let (path, cadre, sup) = try Self.store(name: "journal-\(how)")
        switch how {
        case "unsigned":
            try Self.forge(.verifyTask(TaskID("T1")), by: F.supervisor, signer: nil, in: path)
        case "cadre's key":
            try Self.forge(.verifyTask(TaskID("T1")), by: F.supervisor, signer: cadre, in: path)
        default:
            // A real signature of the supervisor's, on another task, moved onto T1: the signature no longer matches.
            try Self.forge(.verifyTask(TaskID("T2")), by: F.supervisor, signer: sup, in: path)
            var text = try String(contentsOfFile: Self.journal(path), encoding: .utf8)
            text = text.replacingOccurrences(of: #""task":"T2""#, with: #""task":"T1""#)
            try text.write(toFile: Self.journal(path), atomically: false, encoding: .utf8)
        }
        let (state, notices) = try Self.state(path)
        #expect(state == .done, "the forged verification was applied")
        let refused = Self.refusals(notices)
        #expect(refused.contains { $0.hasPrefix("journal/laptop-a.jsonl line 2") && $0.contains("sup") }, "\(refused)")
        let problems = StoreCheck.run(path: path, device: F.device, today: F.today).map(\.description)
        #expect(problems.contains { $0.hasPrefix("journal/laptop-a.jsonl line 2") }, "\(problems)")
    }

    @Test func aVerificationForgedInABundleWithItsSealRecomputedIsRefused() throws {
        let (path, _, _) = try Self.store()
        // Laptop B, a copy of the store, where the forger writes a verification in the supervisor's name.
        let other = F.folder("forger")
        try SyncLab.copyStore(path, to: other)
        let forger = DeviceID("laptop-b")
        try Self.forge(.verifyTask(TaskID("T1")), by: F.supervisor, signer: nil, in: other, device: forger)
        // The bundle is made (and sealed) from the forged journal, as a forger would recompute any seal.
        let bytes = try Sync.bundle(ofStore: other, device: forger, since: .everything, now: F.now).encoded()
        let bundle = try SyncBundle.decode(bytes, file: "forged.bundle")
        let (_, merged) = try Sync.merge(into: path, from: bundle, device: F.device, today: F.today)
        let refused = Self.refusals(merged.notices)
        merged.close()
        #expect(refused.contains { $0.hasPrefix("journal/laptop-b.jsonl line 1") }, "\(refused)")
        #expect(try Self.state(path).0 == .done)
    }

    @Test func linesOfAuthorsWithoutAKeyAreAppliedAndMarkedUnsigned() throws {
        let store = try F.store()
        let h = store.board.households[0].id
        try store.save(.addVisit(h, Visit(day: F.today, by: F.admin, found: "走访")), author: F.admin, at: F.now)
        store.close()
        let reopened = try Store.open(at: store.path, device: F.device, readOnly: true, today: F.today)
        defer { reopened.close() }
        #expect(reopened.unsignedLines == ["journal/laptop-a.jsonl": 1])
        #expect(reopened.notices == [.readOnlyRequested], "a fact for check, not news at every open")
        #expect(reopened.board.household(h)?.visits.last?.found == "走访")
    }

    /// An empty store's first admin adds themselves with the key they are given: that line is judged by that key.
    @Test func theFirstAdminsOwnLineIsSignedByTheKeyItBrings() throws {
        let store = try Store.create(at: F.folder("first-admin"), board: Board(today: F.today), device: F.device, now: F.now)
        let (pin, signer) = try PinHasher.hashAndSigner("739418", for: UserID("root"), parameters: PinHasher.forTests)
        store.signer = signer
        try store.save(.addUser(User(id: UserID("root"), name: "管理员", role: .admin, scope: F.city, pin: pin)),
                       author: UserID("root"), at: F.now)
        store.close()
        let reopened = try Store.open(at: store.path, device: F.device, readOnly: true, today: F.today)
        defer { reopened.close() }
        #expect(reopened.unsignedLines.isEmpty)
        #expect(reopened.board.user(UserID("root"))?.publicKey == signer.publicKey)
        #expect(StoreCheck.run(path: store.path, device: F.device, today: F.today).isEmpty)
    }
}

