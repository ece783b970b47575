import Foundation
import Testing

/// `task verify|reject|done ID…` and `--from FILE`: many tasks in one command, one PIN check, one write; when any of
/// them is refused, each refusal is named and none is saved.
@Suite("Task batches", .serialized)
struct TaskBatchTests {
    let binary: String
    let folder: String
    let environment: [String: String]
    var store: String { folder + "/demo" }
    var journal: String { store + "/journal/batch-laptop.jsonl" }

    init() throws {
        binary = try TerminalHarness.binary()
        folder = try TerminalHarness.temporaryFolder()
        environment = TerminalHarness.commandEnvironment(folder: folder, device: "batch-laptop", pin: "1234")
    }

    @discardableResult
    func vb(_ arguments: String...) throws -> SyncCLI.Result {
        try SyncCLI.capture(binary, arguments, environment: environment)
    }

    /// The demo's tasks in 浑江区 (220602…) marked done and awaiting verification.
    func awaitingInHunjiang() throws -> [String] {
        let snapshot = try String(contentsOfFile: store + "/snapshot.jsonl", encoding: .utf8)
        return snapshot.split(separator: "\n").filter {
            $0.contains("\"type\":\"task\"") && $0.contains("\"state\":\"done\"") && $0.contains("\"id\":\"220602")
        }.compactMap { line in
            line.range(of: "\"id\":\"").map { String(line[$0.upperBound...].prefix { $0 != "\"" }) }
        }
    }

    func journalLines() -> Int {
        ((try? String(contentsOfFile: journal, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    @Test func aCountyOfficeVerifiesEveryAwaitingTaskFromAFileInOneCommand() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        let ids = try awaitingInHunjiang()
        try #require(ids.count >= 5, "the demo has tasks awaiting verification in 浑江区")
        let list = folder + "/verify.txt"
        try ("# 浑江区, awaiting\n\n" + ids.joined(separator: "\n") + "\n" + ids[0] + "\n").write(toFile: list, atomically: true, encoding: .utf8)

        let done = try vb("task", "verify", "--from", list, "--as", "hunjiang-office", "--store", store)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("共 \(ids.count) 项任务，一次保存"), "\(done.stdout)")
        #expect(journalLines() == ids.count, "one operation per task, the repeated id once")
        #expect(try vb("check", "--store", store).status == 0)

        // Again: every one is verified already, so each is named and nothing more is saved.
        let again = try vb("task", "verify", ids[0], ids[1], "--as", "hunjiang-office", "--store", store)
        #expect(again.status != 0)
        #expect(again.stderr.contains("任务 \(ids[0])") && again.stderr.contains("任务 \(ids[1])"), "\(again.stderr)")
        #expect(again.stderr.contains("2 项任务不能这样处理"), "\(again.stderr)")
        #expect(journalLines() == ids.count)
    }

    @Test func oneUnknownIdInABatchSavesNone() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        let ids = try awaitingInHunjiang()
        try #require(ids.count >= 2)
        let mixed = try vb("task", "reject", ids[0], "no-such-task", ids[1], "--reason", "照片不清楚",
                           "--as", "hunjiang-office", "--store", store)
        #expect(mixed.status != 0)
        #expect(mixed.stderr.contains("no-such-task"), "\(mixed.stderr)")
        #expect(journalLines() == 0, "nothing saved when any id is refused")
        let none = try vb("task", "verify", "--as", "hunjiang-office", "--store", store)
        #expect(none.status != 0 && none.stderr.contains("没有给出任务编号"), "\(none.stderr)")
    }
}
