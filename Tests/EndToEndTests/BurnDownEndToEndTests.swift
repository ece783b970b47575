import Foundation
import Testing

/// The burn-down in the real program: a demo store with its made-up weeks of work (`init --demo --with-history`),
/// `b` on the chart in tmux shows where the history begins and today's figure, and `report --format json` and
/// `--burn-down --format csv` give the same series; `print chart --format html` writes the A3 page.
@Suite(.serialized, .enabled(if: BoardTmux.hasTmux, "tmux is not installed: the board's end-to-end tests need it"))
struct BurnDownEndToEndTests {
    @Test func theScreenTheJSONAndTheCSVAgree() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.cli(["init", "--demo", "--with-history", "--store", tmux.store])
        let json = try tmux.cli(["report", "--store", tmux.store, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let burnDown = try #require(object["burnDown"] as? [String: Any])
        let points = try #require(burnDown["points"] as? [[String: Any]])
        let countsFrom = try #require(burnDown["countsFrom"] as? String)
        #expect(points.count > 2)
        let households = points.compactMap { $0["households"] as? Int }
        #expect(households.count == points.count)
        #expect(households.last ?? 0 < households.first ?? 0, "the made-up work brings the line down: \(households)")

        let csv = try tmux.cli(["report", "--store", tmux.store, "--format", "csv", "--burn-down"])
        let rows = csv.split(separator: "\r\n").map(String.init)
        #expect(rows.first == "day,households,items,tasks")
        #expect(rows.dropFirst().compactMap { $0.split(separator: ",").dropFirst().first.flatMap { Int($0) } } == households)

        try tmux.open(as: "admin", width: 100, height: 30)
        try tmux.wait("the chart") { !BoardTmux.crumbs($0).isEmpty }
        try tmux.press("b")
        // Both lines on one capture (a capture can fall between the writes of one frame on a loaded machine).
        let today = "今天：未解决户 \(households.last ?? -1) "
        try tmux.wait("the burn-down from \(countsFrom) with today's \(today)") { lines in
            lines.contains { $0.contains("自 \(countsFrom) 起统计") } && lines.contains { $0.contains(today) }
        }
        try tmux.press("q")
        try tmux.waitForExit()

        let page = tmux.folder + "/chart.html"
        try tmux.cli(["print", "chart", "--format", "html", "--store", tmux.store, "--out", page])
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("size:A3 landscape") && html.contains("<svg") && !html.contains("<script"))
    }
}
