import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore
import VillageBoardDemo

/// PINs: only salted scrypt hashes, compared in constant time; a growing wait after wrong tries, kept per laptop.
@Suite("PINs and login")
struct AccessPinTests {
    typealias F = StoreFixtures

    @Test func aHashIsSaltedSlowAndNeverThePin() throws {
        let a = try PinHasher.hash("482913", for: UserID("a"))
        let b = try PinHasher.hash("482913", for: UserID("a"))
        #expect(a.kdf == "scrypt" && a.cost == 1 << 15 && a.blockSize == 8 && a.parallelism == 1)
        #expect(a.salt.count == 16 && a.hash.count == 32)
        #expect(a.salt != b.salt && a.hash != b.hash, "each PIN gets its own salt")
        #expect(!Hex.encode(a.hash).contains("482913"))
        #expect(PinHasher.verify("482913", against: a))
        #expect(!PinHasher.verify("482914", against: a))
        #expect(!PinHasher.verify("", against: a))
    }

    @Test func pinsAreFourToTwelveDigits() {
        #expect(PinHasher.problem(with: "1234") == nil)
        #expect(PinHasher.problem(with: "123456789012") == nil)
        #expect(PinHasher.problem(with: "123") == .wrongLength(3))
        #expect(PinHasher.problem(with: "1234567890123") == .wrongLength(13))
        #expect(PinHasher.problem(with: "12a4") == .notDigits)
        #expect(PinHasher.problem(with: "１２３４") == .notDigits, "full-width digits are not digits here")
        #expect(throws: PinHasher.Problem.wrongLength(2)) { try PinHasher.hash("12", for: UserID("a")) }
    }

    /// New PINs: supervisors, county offices and admins need six digits, and nobody may pick a PIN a guesser tries
    /// first. Checking an existing PIN never applies this (the demo's 1234 still logs in).
    @Test func aNewPinMeetsItsRolesMinimumAndIsNotTrivial() {
        #expect(PinHasher.problem(with: "7394", role: .villageCadre) == nil)
        #expect(PinHasher.problem(with: "7394", role: .townshipSupervisor) == .tooShortForRole(minimum: 6))
        #expect(PinHasher.problem(with: "7394", role: .admin) == .tooShortForRole(minimum: 6))
        #expect(PinHasher.problem(with: "739418", role: .countyOfficeHead) == nil)
        for trivial in ["0000", "8888", "1234", "4321", "123456", "654321", "890123", "121212", "123123", "5201314", "147258"] {
            #expect(PinHasher.problem(with: trivial, role: .villageCadre) == .trivial, "\(trivial)")
        }
        #expect(PinHasher.problem(with: "246810", role: .admin) == nil)
        #expect(throws: PinHasher.Problem.trivial) { try PinHasher.hash("111111", for: UserID("a"), role: .admin) }
        #expect(PinHasher.verify("1234", against: DemoPin.hash), "an existing PIN is only checked, never judged")
    }

    @Test func theDemoPinIsTheDocumentedOne() {
        #expect(PinHasher.verify(DemoPin.pin, against: DemoPin.hash))
        #expect(DemoPin.pin == "1234")
        #expect(!PinHasher.verify("0000", against: DemoPin.hash))
        let users = BaishanDemo.board().users.values
        #expect(users.allSatisfy { DemoPin.isDemo($0.pin) })
        // Each demo user has a key of their own, opened by the demo PIN.
        #expect(Set(users.compactMap(\.publicKey)).count == users.count)
        for user in users.prefix(3) {
            guard case .unlocked(let signer?) = PinHasher.unlock(DemoPin.pin, user: user) else {
                Issue.record("the demo PIN does not open \(user.id)'s key")
                continue
            }
            #expect(signer.publicKey == user.publicKey)
        }
    }

    @Test func verifyRefusesStrangeParametersInsteadOfHashingForEver() {
        var h = DemoPin.hash
        h.cost = 3  // not a power of two
        #expect(!PinHasher.verify("1234", against: h))
        h.cost = 1 << 30  // 128 GiB
        #expect(!PinHasher.verify("1234", against: h))
        h = DemoPin.hash
        h.kdf = "md5"
        #expect(!PinHasher.verify("1234", against: h))
    }

    @Test func constantTimeComparison() {
        #expect(PinHasher.constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(!PinHasher.constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!PinHasher.constantTimeEqual([1, 2, 3], [1, 2]))
        #expect(PinHasher.constantTimeEqual([], []))
    }

    /// The standard parameters are the costly ones docs/STORE.md names, and the demo's PIN is hashed with them. How
    /// long a check takes is measured by the bench (`pin` in StoreBench), not here: machines differ.
    @Test func theStandardPinHashIsTheCostlyOne() {
        #expect(PinHasher.standard == PinHasher.Parameters(cost: 1 << 15, blockSize: 8, parallelism: 1))
        #expect(DemoPin.hash.kdf == PinHasher.kdf)
        #expect(PinHasher.verify("1234", against: DemoPin.hash))
        #expect(!PinHasher.verify("1235", against: DemoPin.hash))
    }

    @Test func pinHashesRoundTripThroughUserRecordsAndJournals() throws {
        let pin = try PinHasher.hash("2468", for: UserID("u"), parameters: PinHasher.forTests)
        let user = User(id: UserID("u"), name: "用户", role: .villageCadre, scope: F.village, pin: pin)
        var w = JSONWriter()
        w.write(user)
        let read = try JSONScanner.decode(w.bytes) { (s: inout JSONScanner) throws(JSONError) in try s.readUserRecord() }
        #expect(read == user)
        let op = Operation(id: OperationID(device: F.device, sequence: 1), time: F.now, author: UserID("admin"),
                           change: .setPin(UserID("u"), from: DemoPin.hash, to: pin))
        var w2 = JSONWriter()
        w2.write(op)
        let text = String(decoding: w2.bytes, as: UTF8.self)
        #expect(text.contains(#""kind":"setPin","user":"u","from":{"kdf":"scrypt""#))
        #expect(!text.contains("2468"))
        let back = try JSONScanner.decode(w2.bytes) { (s: inout JSONScanner) throws(JSONError) in try s.readOperation() }
        #expect(back == op)
    }

    // MARK: Login

    func login() -> Login {
        Login(configFolder: F.folder() + "/config")
    }

    func board() -> Board {
        var b = F.board(households: 1)
        b.restore(User(id: UserID("pinned"), name: "有PIN", role: .villageCadre, scope: F.village, pin: DemoPin.hash))
        b.restore(User(id: UserID("off"), name: "停用", role: .villageCadre, scope: F.village, disabled: true, pin: DemoPin.hash))
        return b
    }

    /// Twenty wrong tries at once on one laptop take turns: the first is checked and sets the wait, the others find
    /// the wait (before, each read the tries file before any had written it, and 9 of 20 PINs were checked).
    @Test func parallelTriesQueueAndOnlyTheFirstIsChecked() throws {
        let l = login()
        var b = F.board(households: 1)
        b.restore(User(id: UserID("fast"), name: "快", role: .villageCadre, scope: F.village,
                       pin: try PinHasher.hash("4321", for: UserID("fast"), parameters: PinHasher.forTests)))
        let board = b
        let outcomes = OutcomeLog()
        DispatchQueue.concurrentPerform(iterations: 20) { _ in
            outcomes.add(l.attempt(UserID("fast"), pin: "0000", board: board, now: F.now))
        }
        let all = outcomes.all
        #expect(all.filter { if case .wrongPin = $0 { true } else { false } }.count == 1, "\(all)")
        #expect(all.filter { if case .mustWait = $0 { true } else { false } }.count == 19)
        #expect(l.failures(UserID("fast")) == 1)
    }

    @Test func rightPinLogsInAndIsRemembered() {
        let l = login()
        #expect(l.lastUser() == nil)
        guard case .success(let u) = l.attempt(UserID("pinned"), pin: "1234", board: board(), now: F.now) else {
            Issue.record("not logged in")
            return
        }
        #expect(u.id == UserID("pinned"))
        #expect(l.lastUser() == UserID("pinned"))
    }

    @Test func refusalsSayWhy() {
        let l = login(), b = board()
        #expect(l.attempt(UserID("nobody"), pin: "1234", board: b, now: F.now) == .unknownUser)
        #expect(l.attempt(UserID("off"), pin: "1234", board: b, now: F.now) == .disabled)
        #expect(l.attempt(F.cadre, pin: "1234", board: b, now: F.now) == .noPin)
    }

    @Test func wrongTriesMakeAGrowingWaitThatSurvivesARestart() {
        let folder = F.folder() + "/config"
        let b = board(), id = UserID("pinned")
        var now = F.now
        func later(_ seconds: Int) { now = Timestamp(millisecondsSinceEpoch: now.millisecondsSinceEpoch + Int64(seconds) * 1000) }
        #expect(Login(configFolder: folder).attempt(id, pin: "0000", board: b, now: now) == .wrongPin(waitSeconds: 1))
        // Too soon: refused without checking, even with the right PIN.
        #expect(Login(configFolder: folder).attempt(id, pin: "1234", board: b, now: now) == .mustWait(seconds: 1))
        later(1)
        #expect(Login(configFolder: folder).attempt(id, pin: "9999", board: b, now: now) == .wrongPin(waitSeconds: 2))
        later(2)
        #expect(Login(configFolder: folder).attempt(id, pin: "9999", board: b, now: now) == .wrongPin(waitSeconds: 4))
        // A new program on the same laptop still counts them.
        #expect(Login(configFolder: folder).failures(id) == 3)
        #expect(Login(configFolder: folder).secondsToWait(id, now: now) == 4)
        later(4)
        #expect(Login(configFolder: folder).attempt(id, pin: "1234", board: b, now: now) == .success(b.user(id)!))
        #expect(Login(configFolder: folder).failures(id) == 0)
        #expect(Login(configFolder: folder).secondsToWait(id, now: now) == 0)
    }

    @Test func theWaitGrowsToFiveMinutesAtMost() {
        #expect((0...6).map(Login.delay(afterFailures:)) == [0, 1, 2, 4, 8, 16, 32])
        #expect(Login.delay(afterFailures: 10) == 300)
        #expect(Login.delay(afterFailures: 1000) == 300)
    }

    @Test func aDamagedTriesFileIsReadAsEmpty() throws {
        let l = login()
        _ = try FileIO.createFolder(l.configFolder)
        try FileIO.replaceAtomically(l.triesFile, with: Array("{not json".utf8))
        #expect(l.failures(UserID("pinned")) == 0)
        #expect(l.attempt(UserID("pinned"), pin: "1234", board: board(), now: F.now) != .unknownUser)
    }
}

/// Outcomes gathered from several threads.
final class OutcomeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [Login.Outcome] = []
    func add(_ o: Login.Outcome) { lock.lock(); outcomes.append(o); lock.unlock() }
    var all: [Login.Outcome] { lock.lock(); defer { lock.unlock() }; return outcomes }
}
