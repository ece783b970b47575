import Foundation
import Testing

/// A conflict copy that Syncthing (or another file-sync engine) left in the store folder is told on the chart's
/// status line (the stderr line `open` prints about it is hidden by the chart's first frame), in the user's language
/// like every startup notice there.
@Suite(.serialized, .enabled(if: BoardTmux.hasTmux, "tmux is not installed: the board's end-to-end tests need it"))
struct ConflictCopyNoticeTests {
    @Test func theChartTellsOfAConflictCopyInTheStoreFolder() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        try Data("{\"seq\":1,\"made\":\"by hand\"}\n".utf8).write(to: URL(fileURLWithPath: tmux.store
            + "/journal/e2e.sync-conflict-20261204-101010-ABCDEFG.jsonl"))
        // Wide enough for every startup notice that shares the line; then again with NO_COLOR set, for its notice.
        try tmux.open(as: "admin", width: 200)
        try tmux.wait("the chart") { BoardTmux.crumbs($0) == ["白山市"] }
        try tmux.tmux(["set-environment", "-g", "NO_COLOR", "1"])
        try tmux.open(as: "admin", width: 200)
        let screen = try tmux.wait("the chart with its status line") {
            BoardTmux.crumbs($0) == ["白山市"] && ($0.dropLast().last ?? "").contains("冲突副本")
        }
        let status = screen.dropLast().last ?? ""
        #expect(status.contains("1 个冲突副本") && status.contains("1 个要处理"), "\(screen)")
        // The other startup notices on that line are in Chinese too.
        #expect(status.contains("已设置 NO_COLOR") && !status.contains("is set"), "\(status)")
        try tmux.press("q")
        try tmux.waitForExit()
    }
}
