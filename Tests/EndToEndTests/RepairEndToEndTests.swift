import Foundation
import Testing

/// `village-board repair` on the real binary: two copies of a demo store each mark a task done on the same laptop's
/// journal, the lines are put together (two writers at once), and the store refuses to open. `repair` names what it
/// set aside and how to enter it again; the store opens, `check` is clean, and the author's `--replay` puts the
/// set-aside change on the board once.
@Suite(.serialized)
struct RepairEndToEndTests {
    @Test func aJournalWrittenByTwoProgramsIsRepairedAndItsAuthorEntersTheirWorkAgain() throws {
        let a = try BoardTmux()
        defer { a.kill() }
        try a.initDemo()
        let copy = a.folder + "/copy"
        try FileManager.default.copyItem(atPath: a.store, toPath: copy)
        try a.cli(["task", "done", "220622101201-T0042", "--as", "taiping-sec", "--note", "甲", "--store", a.store])
        try a.cli(["task", "done", "220622101201-T0008", "--as", "taiping-sec", "--note", "乙", "--store", copy])
        let journal = "/journal/e2e.jsonl"
        let theirs = try #require(FileManager.default.contents(atPath: copy + journal))
        let handle = try #require(FileHandle(forWritingAtPath: a.store + journal))
        handle.seekToEndOfFile()
        handle.write(theirs)
        handle.closeFile()

        let refused = try BoardTmux.run([try BoardTmux.binary(), "report", "--store", a.store], environment: a.environment, in: a.folder)
        #expect(refused.status != 0 && refused.error.contains("village-board repair"), "\(refused.error)")

        let repaired = try a.cli(["repair", "--store", a.store])
        #expect(repaired.contains("已原样移到 quarantine/") && repaired.contains("标记完成（乙）")
                && repaired.contains("repair --replay quarantine/"), "\(repaired)")
        let check = try a.cli(["check", "--store", a.store])
        #expect(check.contains("没有问题"), "\(check)")

        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: a.store + "/quarantine").first)
        let replay = try a.cli(["repair", "--store", a.store, "--replay", "quarantine/" + file, "--as", "taiping-sec"])
        #expect(replay.contains("已重新录入为 e2e#2") && replay.contains("重新录入 1 项，0 项未录入"), "\(replay)")
        let again = try a.cli(["repair", "--store", a.store, "--replay", "quarantine/" + file, "--as", "taiping-sec"])
        #expect(again.contains("已重新录入过") && again.contains("重新录入 0 项"), "\(again)")
        #expect(try a.cli(["check", "--store", a.store]).contains("没有问题"))
    }
}
