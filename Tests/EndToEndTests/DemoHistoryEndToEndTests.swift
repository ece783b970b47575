import Foundation
import Testing

/// The quick start's `village-board --demo` opens a demo with weeks of made-up work, so the log, history and the
/// burn-down have something to show (issue 15: "If the demo has no history, generate it").
@Suite(.serialized, .enabled(if: BoardTmux.hasTmux, "tmux is not installed: the board's end-to-end tests need it"))
struct DemoHistoryEndToEndTests {
    @Test func theQuickStartDemoHasALog() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        let env = tmux.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(BoardTmux.quoted($0.value))" }
            .joined(separator: " ")
        let command = "cd \(BoardTmux.quoted(tmux.folder)) && exec env \(env) \(BoardTmux.quoted(try BoardTmux.binary())) --demo --as admin"
        #expect(try tmux.tmux(["new-session", "-d", "-s", tmux.session, "-x", "100", "-y", "30", command]).status == 0)
        try tmux.wait("the chart", seconds: 60) { !BoardTmux.crumbs($0).isEmpty }
        try tmux.press("5")
        let log = try tmux.wait("the log with operations") { screen in
            screen.contains { line in
                guard let range = line.range(of: "共 ") else { return false }
                let digits = line[range.upperBound...].prefix { $0.isNumber }
                return (Int(digits) ?? 0) > 100
            }
        }
        #expect(!log.contains { $0.contains("还没有操作记录") })
        try tmux.press("1")
        try tmux.wait("the chart again") { ($0.first ?? "").contains("白山市") && !($0.first ?? "").contains("日志") }
        try tmux.press("b")
        try tmux.wait(for: "起统计")
    }
}
