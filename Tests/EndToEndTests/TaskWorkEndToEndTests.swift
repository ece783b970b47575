import Foundation
import Testing

/// Issue 13's "done when", end to end in tmux at 80×24 on a fresh demo store: the 三道湖镇 supervisor creates 危房改造
/// tasks for every household of the township with 住房 unmet (the preview counts what the unresolved list counts);
/// two cadres mark theirs done; the supervisor verifies both at once with one note; a stray key after that changes
/// nothing.
@Suite(.serialized, .enabled(if: BoardTmux.hasTmux, "tmux is not installed: the board's end-to-end tests need it"))
struct TaskWorkEndToEndTests {
    /// The journal's lines of one kind.
    static func lines(_ tmux: BoardTmux, kind: String) throws -> [String] {
        let journal = tmux.store + "/journal/e2e.jsonl"
        guard FileManager.default.fileExists(atPath: journal) else { return [] }
        return try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { $0.contains(#""kind":"\#(kind)""#) }
    }

    /// A string field of a journal line (the test's own values hold no escapes).
    static func field(_ name: String, in line: String) -> String? {
        guard let start = line.range(of: #""\#(name)":""#) else { return nil }
        let rest = line[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The body line above the status line: the task board's second detail line for the selected task.
    static func detail(_ screen: [String]) -> String {
        screen.count >= 4 ? screen[screen.count - 3] + "\n" + screen[screen.count - 4] : ""
    }

    /// Moves down the pane until the selected task's detail contains `text`, starting one row down when `next`.
    func select(_ text: String, next: Bool = false, _ tmux: BoardTmux) throws {
        var first = next
        for _ in 0..<200 {
            let before = tmux.screen()
            if !first && Self.detail(before).contains(text) { return }
            first = false
            try tmux.press("j")
            guard (try? tmux.wait("the cursor to move", seconds: 3) { $0 != before }) != nil else { break }
        }
        throw BoardE2EError("no task with “\(text)” on this pane; the screen was:\n" + tmux.text)
    }

    @Test func aSupervisorCreatesVerifiesInBulkAndAStrayKeyChangesNothing() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        try tmux.open(as: "sandaohu-sup", width: 80, height: 24)
        try tmux.wait(for: "三道湖镇")

        // 1. The unresolved list with 住房 unmet, and its count.
        try tmux.press("2")
        try tmux.wait(for: "未解决户清单")
        try tmux.press("i")
        let menu = try tmux.wait(for: "按未达标项筛选")
        guard let row = menu.first(where: { $0.contains("住房安全") }),
              let digit = row.split(separator: " ").first(where: { $0.count == 1 && $0.first?.isNumber == true }) else {
            throw BoardE2EError("no 住房安全 in the item menu:\n" + tmux.text)
        }
        try tmux.press(String(digit))
        let list = try tmux.wait(for: "筛选：住房安全未达标")
        guard let countLine = list.first(where: { $0.contains("未解决户 ") }),
              let listed = Int(countLine.split(separator: " ")[1].split(separator: "/")[0]) else {
            throw BoardE2EError("no count on the list:\n" + tmux.text)
        }
        #expect(listed > 1)

        // `a`: the measure (危房改造 first for 住房), the due date, then the preview with its count.
        try tmux.press("a")
        try tmux.wait(for: "选择措施")
        try tmux.press("Enter")
        try tmux.wait(for: "限期（YYYY-MM-DD）")
        try tmux.press("C-u")
        try tmux.type("2020-09-30")
        try tmux.press("Enter")
        let preview = try tmux.wait(for: "将为 \(listed) 户建立“危房改造”任务，限期 2020-09-30")
        #expect(preview.filter { $0.contains("三道湖镇 ") && !$0.contains("›") && !$0.hasPrefix("地点") }.count == listed)
        try tmux.press("Enter")
        try tmux.wait(for: "已保存 \(listed) 项")
        let added = try Self.lines(tmux, kind: "addTask")
        #expect(added.count == listed)
        #expect(added.allSatisfy { $0.contains("危房改造") && $0.contains("2020-09-30") })
        try tmux.press("q")
        try tmux.waitForExit()

        // Two cadres mark theirs done (each task is owned by its household's responsible cadre).
        let tasks = added.prefix(2).compactMap { line -> (id: String, owner: String)? in
            guard let task = line.range(of: #""task":{"#) else { return nil }
            let record = String(line[task.upperBound...])
            guard let id = Self.field("id", in: record), let owner = Self.field("owner", in: record) else { return nil }
            return (id, owner)
        }
        #expect(tasks.count == 2)
        for t in tasks { try tmux.cli(["task", "done", t.id, "--store", tmux.store, "--as", t.owner, "--note", "已完成"]) }

        // 2. The supervisor marks both with Space and verifies them with one note.
        try tmux.open(as: "sandaohu-sup", width: 80, height: 24)
        try tmux.wait(for: "三道湖镇")
        try tmux.press("3")
        try tmux.wait(for: "任务看板")
        try tmux.press("Tab")
        try tmux.wait(for: "完成说明")
        try select("危房改造", tmux)
        try tmux.press("Space")
        try tmux.wait(for: "已标记 1 件")
        try select("危房改造", next: true, tmux)
        try tmux.press("Space")
        try tmux.wait(for: "已标记 2 件")
        try tmux.press("v")
        try tmux.wait(for: "验收已标记的 2 件任务")
        try tmux.type("批量核查无误")
        try tmux.press("Enter")
        let after = try tmux.wait(for: "已保存 2 项")
        let verified = try Self.lines(tmux, kind: "verifyTask")
        #expect(verified.count == 2)
        #expect(verified.allSatisfy { $0.contains(#""note":"批量核查无误""#) })
        #expect(Set(verified.compactMap { Self.field("task", in: $0) }) == Set(tasks.map(\.id)))

        // 3. A stray key after the verify: nothing is saved, the panes count what they did.
        let tabs = after.first { $0.contains("待验收") } ?? ""
        // Keys are read in order: once `v`'s question is drawn, `x` and `y` have been taken (and did nothing).
        try tmux.press("x", "y", "v")
        try tmux.wait(for: "确认销号")
        try tmux.press("Escape")
        try tmux.wait("the prompt gone") { !$0.contains { $0.contains("确认销号") } }
        #expect(tmux.screen().first { $0.contains("待验收") } == tabs)
        try tmux.press("q")
        try tmux.waitForExit()
        #expect(try Self.lines(tmux, kind: "verifyTask").count == 2)
        #expect(try Self.lines(tmux, kind: "sendBackTask").isEmpty)
        let journal = try String(contentsOfFile: tmux.store + "/journal/e2e.jsonl", encoding: .utf8)
        #expect(journal.split(separator: "\n").count == listed + 2 + 2, "the adds, two done, two verified: nothing else")
    }

    /// The command line does the same: `task add --measure` previews with `--dry-run` (saving nothing), then creates
    /// the same households' tasks in one write.
    @Test func theCommandLinePreviewsThenCreatesFromAMeasure() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        let args = ["task", "add", "--store", tmux.store, "--as", "sandaohu-sup", "--measure", "危房改造", "--scope", "三道湖镇",
                    "--item", "住房安全", "--due", "2020-09-30"]
        let preview = try tmux.cli(args + ["--dry-run"])
        let rows = preview.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(preview.contains("将为 \(rows.count) 户建立“危房改造”任务（三道湖镇，住房安全 未达标），限期 2020-09-30"))
        #expect(preview.contains("（预览，未保存）"))
        #expect(try Self.lines(tmux, kind: "addTask").isEmpty)
        let saved = try tmux.cli(args)
        #expect(saved.contains("已保存 \(rows.count) 个新任务（一次写入）"))
        #expect(try Self.lines(tmux, kind: "addTask").count == rows.count)
        // `task edit` moves the first one's due date with a reason; `task reopen` takes a verified one back.
        guard let first = try Self.lines(tmux, kind: "addTask").first,
              let record = first.range(of: #""task":{"#).map({ String(first[$0.upperBound...]) }),
              let id = Self.field("id", in: record) else {
            throw BoardE2EError("no task added")
        }
        let edited = try tmux.cli(["task", "edit", id, "--store", tmux.store, "--as", "sandaohu-sup", "--due", "2020-10-15",
                                   "--reason", "材料未到"])
        #expect(edited.contains("任务 \(id) 已修改"))
        let edit = try Self.lines(tmux, kind: "editTask")
        #expect(edit.count == 1 && edit[0].contains("2020-09-30") && edit[0].contains("2020-10-15") && edit[0].contains("材料未到"))
        // An unknown measure names the catalogue, in Chinese.
        let wrong = try BoardTmux.run([try BoardTmux.binary(), "task", "add", "--store", tmux.store, "--as", "sandaohu-sup",
                                       "--measure", "修路", "--scope", "三道湖镇", "--due", "2020-09-30"],
                                      environment: tmux.environment, in: tmux.folder)
        #expect(wrong.status != 0 && wrong.error.contains("措施目录中没有“修路”"))
    }

    /// The chart tile of 太平村 as the 三道湖镇 supervisor sees it.
    func taipingTile(_ tmux: BoardTmux) throws -> String {
        try tmux.open(as: "sandaohu-sup", width: 80, height: 24)
        let chart = try tmux.wait(for: "太平村")
        let line = chart.first { $0.contains("太平村") } ?? ""
        try tmux.press("q")
        try tmux.waitForExit()
        guard let at = line.range(of: "太平村") else { return "" }
        return String(line[at.lowerBound...].prefix { $0 != "✗" && $0 != "!" && $0 != "✓" })
            .trimmingCharacters(in: .whitespaces)
    }

    /// 4. 太平村's first secretary sets the road target met with evidence in the village pane, and the supervisor's chart
    /// tile counts one village target fewer.
    @Test func aFirstSecretarySetsTheRoadMetAndTheTileChanges() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        let before = try taipingTile(tmux)
        #expect(before.hasSuffix("+2"), "the demo's 太平村 has its road and collective income not met: \(before)")

        try tmux.open(as: "taiping-sec", width: 80, height: 24)
        try tmux.wait(for: "T 村级目标")
        try tmux.press("T")
        try tmux.wait(for: "未达标 2 项")
        try tmux.press("y")
        try tmux.wait(for: "“硬化路与通客车”标为达标的依据（必填）")
        try tmux.type("通屯路已硬化，客车通到各屯")
        try tmux.press("Enter")
        let pane = try tmux.wait(for: "未达标 1 项")
        #expect(pane.contains { $0.contains("硬化路与通客车") && $0.contains("✓达标") && $0.contains("通屯路已硬化") })
        try tmux.press("q")
        try tmux.waitForExit()
        let saved = try Self.lines(tmux, kind: "setVillageTarget")
        #expect(saved.count == 1 && saved[0].contains(#""target":"road""#) && saved[0].contains(#""author":"taiping-sec""#))

        let after = try taipingTile(tmux)
        #expect(after.hasSuffix("+1"), "one village target left: \(after)")
        #expect(after != before)
    }
}
