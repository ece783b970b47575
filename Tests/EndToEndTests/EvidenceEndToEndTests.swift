import Foundation
import Testing

/// Issue 21 end to end: a village cadre marks a task done with a photo (`task done --attach`); the township supervisor
/// opens the board, sees "1 个附件" on the task, opens the list (f), presses Enter — `$VILLAGE_BOARD_OPEN` is a script
/// that records the path it is given — then verifies the task, whose prompt says how many files back it.
@Suite(.serialized, .enabled(if: BoardTmux.hasTmux, "tmux is not installed: the board's end-to-end tests need it"))
struct EvidenceEndToEndTests {
    /// A task of 长胜村 (红土崖镇) in the demo, open, owned by its village cadre; the township's supervisor; the household's head.
    static let task = "220602101201-T0002"
    static let cadre = "vc-220602101201"
    static let supervisor = "sup-220602101"
    static let head = "王景春"

    @Test func aCadreAttachesAPhotoAndTheSupervisorOpensItAndVerifies() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        let photo = tmux.folder + "/改造后.jpg"
        try Data([0xFF, 0xD8, 0xFF, 0xE0] + Array("the renovated house".utf8)).write(to: URL(fileURLWithPath: photo))
        let saved = try tmux.cli(["task", "done", Self.task, "--as", Self.cadre, "--note", "已改造", "--attach", photo,
                                  "--store", tmux.store])
        #expect(saved.contains("改造后.jpg"))

        // The opener: a script that writes down the path it was given.
        let record = tmux.folder + "/opened.txt"
        let script = tmux.folder + "/open.sh"
        try "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '\(record)'\n".write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script)
        tmux.extraEnvironment["VILLAGE_BOARD_OPEN"] = script

        try tmux.open(as: Self.supervisor, width: 80, height: 24)
        try tmux.wait(for: "乡镇督导")
        try tmux.press("3")
        try tmux.wait(for: "待验收")
        try tmux.press("Tab")
        try tmux.press("/")
        try tmux.type(Self.head)
        try tmux.press("Enter")
        try tmux.wait(for: "1 个附件")
        try tmux.press("f")
        try tmux.wait(for: "改造后.jpg")
        try tmux.press("Enter")
        try tmux.wait(for: "已用")
        let opened = try String(contentsOfFile: record, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(opened.hasPrefix(tmux.store + "/evidence/"))
        #expect(FileManager.default.contents(atPath: opened) == FileManager.default.contents(atPath: photo))
        try tmux.press("Escape")
        try tmux.wait("back on the task board, the task still saying 1 个附件") { screen in
            screen.contains { $0.contains("待验收") } && screen.contains { $0.contains("1 个附件") }
        }
        try tmux.press("v")
        try tmux.wait(for: "（\(Self.head)，1 个附件）")
        try tmux.press("Enter")
        try tmux.wait(for: "已保存")
        try tmux.press("q")
        try tmux.waitForExit()
        let journal = try String(contentsOfFile: tmux.store + "/journal/e2e.jsonl", encoding: .utf8)
        #expect(journal.contains("\"kind\":\"verifyTask\",\"task\":\"\(Self.task)\""))
        #expect(journal.contains("\"kind\":\"attachEvidence\""))
    }
}
