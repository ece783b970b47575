import Foundation
import Testing

/// The monitoring radar in the real program: `village-board radar --format json` gives the same counts the radar
/// screen (key 7) shows 三道湖镇's supervisor, on a fresh demo store in tmux.
@Suite(.serialized, .enabled(if: BoardTmux.hasTmux, "tmux is not installed: the board's end-to-end tests need it"))
struct RadarEndToEndTests {
    /// The radar's warnings in Chinese, most urgent first, as the screen lists them.
    static let warnings = ["已脱贫但收入低于线", "识别后无帮扶措施", "任务逾期超30天", "任务两次以上被退回", "长期未走访", "达标无佐证", "已完成无附件", "部门比对未核实"]
    static let keys = ["income_under_line", "no_measure", "long_overdue", "sent_back_twice", "not_visited", "met_without_evidence", "done_without_files", "department_mismatch"]

    @Test func theCommandsJSONEqualsTheScreensCounts() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        try tmux.open(as: "sandaohu-sup", width: 100, height: 30)
        try tmux.wait("the chart") { !BoardTmux.crumbs($0).isEmpty }
        try tmux.press("7")
        // The whole frame: every warning's row and the cadre table's header under them.
        let screen = try tmux.wait("the radar") { lines in
            Self.warnings.allSatisfy { w in lines.contains { $0.contains(w) } } && lines.contains { $0.contains("包保干部（") }
        }
        var shown: [String: Int] = [:]
        for (name, key) in zip(Self.warnings, Self.keys) {
            let line = try #require(screen.first { $0.contains(name) })
            let after = line[try #require(line.range(of: name)).upperBound...]
            shown[key] = after.split(separator: " ").first.flatMap { Int($0) }
        }
        let scopeLine = try #require(screen.first { $0.contains("共") && $0.contains("条预警") })
        #expect(scopeLine.contains("三道湖镇"))
        try tmux.press("q")
        try tmux.waitForExit()

        let scope = try tmux.cli(["user", "list", "--store", tmux.store, "--as", "admin"])
            .split(separator: "\n").first { $0.contains("sandaohu-sup") }
            .flatMap { $0.split(separator: "\t").first { $0.count == 12 && $0.allSatisfy(\.isNumber) } }
        guard let code = scope.map({ String($0) }) else {
            Issue.record("sandaohu-sup's scope is not in `user list`")
            return
        }
        let output = try tmux.cli(["radar", "--store", tmux.store, "--scope", code, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let rows = try #require(object["warnings"] as? [[String: Any]])
        var printed: [String: Int] = [:]
        for row in rows {
            if let key = row["warning"] as? String, let count = row["count"] as? Int { printed[key] = count }
        }
        #expect(printed.count == Self.keys.count)
        #expect(printed == shown, "JSON \(printed) vs screen \(shown)")
        #expect(shown.values.filter { $0 > 0 }.count >= 3, "the demo's 三道湖镇 has warnings of several kinds: \(shown)")
        let total = try #require(object["total"] as? Int)
        #expect(total == printed.values.reduce(0, +))
        #expect(scopeLine.contains("共 \(total) 条预警"))
    }
}
