import Foundation
import Testing

/// Issue 13's task flow end to end in tmux at 80×24 on a fresh demo store: the task board's filters as a supervisor
/// uses them, and the offer to mark a target's linked task done — a stray key declines it and does nothing else, `y`
/// marks the task done.
@Suite(.serialized, .enabled(if: BoardTmux.hasTmux, "tmux is not installed: the board's end-to-end tests need it"))
struct TaskFlowEndToEndTests {
    @Test func aSupervisorFiltersTheTaskBoard() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        try tmux.open(as: "sandaohu-sup", width: 80, height: 24)
        _ = try tmux.wait(for: "三道湖镇")
        try tmux.press("3")
        _ = try tmux.wait(for: "V 筛选")
        try tmux.press("V")
        let menu = try tmux.wait(for: "按村筛选任务")
        #expect(menu.contains { $0.contains("太平村") })
        try tmux.type("tp")   // pinyin initials narrow the chooser to 太平村
        _ = try tmux.wait("the chooser to narrow") { $0.contains { $0.contains("查找：tp") } }
        try tmux.press("Enter")
        _ = try tmux.wait(for: "筛选：太平村")
        try tmux.press("O")
        let both = try tmux.wait(for: "筛选：太平村 · 已逾期")
        #expect(both.contains { $0.contains("x 清除筛选") }, "the hint bar says filters are on")
        #expect(!both.contains { $0.contains("樟子村") }, "no other village's task is shown")
        try tmux.press("x")
        let cleared = try tmux.wait("the filters to clear") { !$0.contains { $0.contains("筛选：") } }
        #expect(cleared.contains { $0.contains("V 筛选") })
        try tmux.press("q")
        try tmux.waitForExit()
    }

    @Test func aTargetMetOffersItsTaskAndAStrayKeyDeclines() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        try tmux.open(as: "taiping-sec", width: 80, height: 24)
        _ = try tmux.wait(for: "T 村级目标")
        try tmux.press("T")
        let pane = try tmux.wait(for: "各目标的待办任务")
        #expect(pane.contains { $0.contains("村集体经济收入") && $0.contains("村集体经济项目") })
        for _ in 0..<4 { try tmux.press("j") }
        _ = try tmux.wait(for: "村集体经济收入：")
        try tmux.press("y")
        _ = try tmux.wait(for: "依据（必填）")
        try tmux.type("集体经济收入 5.2 万元")
        try tmux.press("Enter")
        _ = try tmux.wait(for: "按 y 把这 1 项标为已完成")
        // A stray q: it answers the offer (declined) and does not quit.
        try tmux.press("q")
        let declined = try tmux.wait(for: "关联任务未改动")
        #expect(declined.contains { $0.contains("村级目标") })
        #expect(try TaskWorkEndToEndTests.lines(tmux, kind: "markTaskDone").isEmpty)

        // Not met, then met again: this time y marks the task done.
        try tmux.press("x")
        _ = try tmux.wait(for: "依据")
        try tmux.press("Enter")
        _ = try tmux.wait(for: "未达标 2 项")
        try tmux.press("y")
        _ = try tmux.wait(for: "依据（必填）")
        try tmux.type("集体经济收入 5.2 万元")
        try tmux.press("Enter")
        _ = try tmux.wait(for: "按 y 把这 1 项标为已完成")
        try tmux.press("y")
        _ = try tmux.wait(for: "各目标的待办任务（0 项）")
        let done = try TaskWorkEndToEndTests.lines(tmux, kind: "markTaskDone")
        #expect(done.count == 1 && done[0].contains("集体经济收入已达标"))
        try tmux.press("q")
        try tmux.waitForExit()
    }
}
