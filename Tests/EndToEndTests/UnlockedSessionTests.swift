import Foundation
import Testing
import VillageBoardCore
import VillageBoardStore

/// `village-board unlock`: the PIN checked once, then the same user's commands on this laptop and store need none;
/// another user, a copy of the store, or `lock` get nothing from it.
@Suite("Unlocked sessions", .serialized)
struct UnlockedSessionTests {
    let binary: String
    let folder: String
    let environment: [String: String]

    init() throws {
        binary = try TerminalHarness.binary()
        folder = try TerminalHarness.temporaryFolder()
        var env = TerminalHarness.commandEnvironment(folder: folder, device: "session-laptop", pin: nil)
        env["XDG_RUNTIME_DIR"] = folder + "/run"
        try FileManager.default.createDirectory(atPath: folder + "/run", withIntermediateDirectories: true)
        environment = env
    }

    @discardableResult
    func vb(_ arguments: String...) throws -> SyncCLI.Result {
        try SyncCLI.capture(binary, arguments, environment: environment)
    }

    /// Open tasks of 太平村's first secretary, from the demo's snapshot.
    func openTasks(_ store: String) throws -> [String] {
        let snapshot = try String(contentsOfFile: store + "/snapshot.jsonl", encoding: .utf8)
        return snapshot.split(separator: "\n").filter {
            $0.contains("\"type\":\"task\"") && $0.contains("\"state\":\"open\"") && $0.contains("\"owner\":\"taiping-sec\"")
        }.compactMap { line in
            line.range(of: "\"id\":\"").map { String(line[$0.upperBound...].prefix { $0 != "\"" }) }
        }
    }

    @Test func oneUnlockServesThatUserOnThatStoreUntilLocked() throws {
        let store = folder + "/demo"
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        let tasks = try openTasks(store)
        try #require(tasks.count >= 3)

        // No PIN, no terminal, no session: refused.
        let before = try vb("task", "done", tasks[0], "--as", "taiping-sec", "--store", store)
        #expect(before.status != 0 && before.stderr.contains("PIN"), "\(before.stderr)")

        let wrong = try vb("unlock", "--as", "taiping-sec", "--pin", "0000", "--store", store)
        #expect(wrong.status != 0)
        // A wrong PIN makes the user wait a moment before the next try; wait it out rather than race it.
        let login = Login(configFolder: Locations(environment: environment).configFolder)
        for _ in 0..<200 {
            let now = Timestamp(millisecondsSinceEpoch: Int64(Date().timeIntervalSince1970 * 1000))
            if login.secondsToWait(UserID("taiping-sec"), now: now) == 0 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let unlock = try vb("unlock", "--as", "taiping-sec", "--pin", "1234", "--store", store)
        #expect(unlock.status == 0, "\(unlock.stderr)")
        let session = try FileManager.default.contentsOfDirectory(atPath: folder + "/run/village-board")
        #expect(session.count == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/run/village-board/" + session[0])
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "the session file is owner-only")

        // The same user, no PIN: done, and signed.
        let done = try vb("task", "done", tasks[0], "--as", "taiping-sec", "--store", store)
        #expect(done.status == 0, "\(done.stderr)")
        let journal = try String(contentsOfFile: store + "/journal/session-laptop.jsonl", encoding: .utf8)
        #expect(journal.contains(#""sig":""#))
        #expect(try vb("check", "--store", store).status == 0, "check is clean: the line is signed by its author")

        // Another user gets nothing from it.
        let other = try vb("task", "verify", tasks[0], "--as", "sandaohu-sup", "--store", store)
        #expect(other.status != 0 && other.stderr.contains("PIN"), "\(other.stderr)")

        // A copy of the store (another folder) gets nothing from it either.
        let copy = folder + "/copy"
        try FileManager.default.copyItem(atPath: store, toPath: copy)
        let copied = try vb("task", "done", tasks[1], "--as", "taiping-sec", "--store", copy)
        #expect(copied.status != 0 && copied.stderr.contains("PIN"), "\(copied.stderr)")

        // Locked: a PIN is needed again.
        #expect(try vb("lock", "--store", store).stdout.contains("1"))
        let after = try vb("task", "done", tasks[2], "--as", "taiping-sec", "--store", store)
        #expect(after.status != 0 && after.stderr.contains("PIN"), "\(after.stderr)")
    }

    /// Data printed by the command line never reaches the terminal as control characters: a user named with
    /// ESC ] 0; … BEL (which retitles a terminal) and SGR is listed with them made visible.
    @Test func theCommandLinePrintsNoControlCharacterFromData() throws {
        let store = folder + "/hostile"
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        let name = "坏\u{1B}]0;pwned\u{07}\u{1B}[31m人\u{9B}"
        let add = try vb("user", "add", "evil", "--name", name, "--role", "villageCadre", "--scope", "220600000000",
                         "--new-pin", "246810", "--as", "admin", "--pin", "1234", "--store", store)
        #expect(add.status == 0, "\(add.stderr)")
        let list = try vb("user", "list", "--as", "admin", "--pin", "1234", "--store", store)
        #expect(list.status == 0)
        #expect(list.stdout.contains("坏␛]0;pwned␇␛[31m人�"), "\(list.stdout)")
        #expect(!list.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
    }
}
