import Foundation
import Testing
import VillageBoardCore
import VillageBoardStore

/// Issue 14's 回头看, end to end in tmux at 120×40 on a fresh demo store, as 三道湖镇's supervisor: a 10 % sample of
/// the township drawn with seed 7 (the preview with seed 7 again, after 8, lists the same households, and the saved
/// sample is `RecheckDraw`'s on the board reopened), three households re-checked with one item disagreed (a note
/// required), the agreement per cadre shown, a task for the cadre opened from the disagreement; after quitting and
/// reopening, the sample, the three records and the task are still there.
@Suite(.serialized, .enabled(if: BoardTmux.hasTmux, "tmux is not installed: the board's end-to-end tests need it"))
struct RecheckEndToEndTests {
    /// The preview's "抽中：" lines: the households drawn.
    static func drawn(_ screen: [String]) -> [String] {
        guard let start = screen.firstIndex(where: { $0.contains("抽中：") }) else { return [] }
        return Array(screen[start...].prefix { !$0.contains("Tab 下一栏") && !$0.trimmingCharacters(in: .whitespaces).isEmpty })
    }

    /// What the seed field shows.
    static func seed(_ screen: [String]) -> String? {
        guard let line = screen.first(where: { $0.contains("随机种子") }), let r = line.range(of: "随机种子") else { return nil }
        return line[r.upperBound...].split(separator: " ").first.map(String.init)
    }

    @Test func aSupervisorDrawsReChecksAndOpensATaskAndItStays() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        try tmux.open(as: "sandaohu-sup", width: 120, height: 40)
        try tmux.wait("the chart") { !BoardTmux.crumbs($0).isEmpty }
        try tmux.press("7")
        try tmux.wait(for: "条预警")
        try tmux.press("R")
        try tmux.wait(for: "三道湖镇 · 回头看样本 0 个")

        // 1. A 10 % sample with seed 7; the same seed draws the same households.
        try tmux.press("d")
        try tmux.wait(for: "抽取数量")
        try tmux.press("Tab", "Tab", "Tab", "Tab", "Tab")
        for _ in 0..<12 { try tmux.press("BSpace") }
        try tmux.type("7")
        let first = Self.drawn(try tmux.wait("the preview with seed 7") { Self.seed($0) == "7" && !Self.drawn($0).isEmpty })
        #expect(!first.isEmpty, "a preview:\n\(tmux.text)")
        try tmux.press("BSpace")
        try tmux.type("8")
        try tmux.wait("another draw with seed 8") { Self.seed($0) == "8" && Self.drawn($0) != first && !Self.drawn($0).isEmpty }
        try tmux.press("BSpace")
        try tmux.type("7")
        try tmux.wait("the same draw with seed 7 again") { Self.seed($0) == "7" && Self.drawn($0) == first }
        let previewLine = try #require(tmux.screen().first { $0.contains("预览：") })
        try tmux.press("Enter")
        let saved = try tmux.wait(for: "已保存样本")
        let id = try #require(saved.first { $0.contains("已保存样本") }.flatMap { line -> String? in
            line.range(of: "已保存样本 ").map { String(line[$0.upperBound...].prefix { $0 != "：" }) }
        })

        // 2. Three households re-checked; on the second, housing disagreed (refused until a note is written).
        try tmux.press("Enter")
        try tmux.wait(for: "已复核 0/")
        try tmux.press("Enter")
        try tmux.wait(for: "应纳入监测")
        try tmux.press("C-s")
        try tmux.wait(for: "已复核 1/")
        try tmux.press("j", "Enter")
        try tmux.wait(for: "应纳入监测")
        try tmux.press("Down", "Down", "Down", "Down", "Right", "C-s")
        try tmux.wait(for: "不认可，须写明说明")
        try tmux.type("墙体开裂未鉴定")
        try tmux.press("C-s")
        try tmux.wait(for: "已复核 2/")
        try tmux.press("j", "Enter")
        try tmux.wait(for: "应纳入监测")
        try tmux.press("C-s")
        try tmux.wait(for: "已复核 3/")

        // 3. The results: agreement per cadre, and a task for the cadre from the disagreement.
        try tmux.press("r")
        let results = try tmux.wait(for: "按干部（标记人）的一致率")
        #expect(results.contains { $0.contains("一致 ") && $0.contains("1 户不一致") }, "a cadre with the disagreement:\n\(tmux.text)")
        #expect(results.contains { $0.contains("墙体开裂未鉴定") })
        #expect(results.contains { $0.contains("错退率") } && results.contains { $0.contains("群众认可度") })
        try tmux.press("t")
        try tmux.wait(for: "建整改任务")
        try tmux.press("Enter")
        try tmux.wait(for: "已建任务")

        // 4. Quit and reopen: the sample with three re-checked, the records and the task.
        try tmux.press("q")
        try tmux.waitForExit()
        try tmux.open(as: "sandaohu-sup", width: 120, height: 40)
        try tmux.wait("the chart") { !BoardTmux.crumbs($0).isEmpty }
        try tmux.press("7")
        try tmux.wait(for: "条预警")
        try tmux.press("R")
        try tmux.wait("the sample after reopening") { $0.contains { $0.contains(id) && $0.contains("3/") } }
        try tmux.press("q")
        try tmux.waitForExit()

        let store = try Store.open(at: tmux.store, device: DeviceID("e2e-reader"), readOnly: true,
                                   today: Day(year: 2026, month: 1, day: 1)!)
        defer { store.close() }
        let board = store.board
        let sample = try #require(board.rechecks.sample(id))
        #expect(sample.seed == 7 && sample.rule == .percent(10))
        let again = RecheckDraw.draw(RecheckDraw.candidates(on: board, frame: sample.frame), rule: .percent(10), stratified: false, seed: 7)
        #expect(sample.households == again, "the saved sample is the seed's draw")
        #expect(previewLine.contains("抽取 \(sample.households.count) 户"))
        let records = board.rechecks.records(of: id)
        #expect(records.count == 3)
        #expect(records.flatMap(\.findings).filter { !$0.agrees }.map(\.item) == [.housing])
        let disagreed = try #require(records.first { $0.disagrees })
        let task = try #require(board.tasks.last)
        #expect(task.subject == .household(disagreed.household) && task.item == .housing)
        #expect(task.owner == board.household(disagreed.household)?.cadre)
    }
}
