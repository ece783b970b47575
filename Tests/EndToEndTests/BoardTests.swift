import Foundation
import Testing

/// The real program in tmux on a fresh demo store, in Chinese, at 100×30: drill from the city to a village,
/// mark a checklist item met with a note, mark a task done, quit, reopen and find both; search by pinyin
/// initials; run a command from the palette. Each test has its own tmux server and store.
@Suite(.serialized, .enabled(if: BoardTmux.hasTmux, "tmux is not installed: the board's end-to-end tests need it"))
struct BoardTests {
    /// The demo's county-level units and 靖宇县's townships, in the order the chart shows them.
    static let counties = ["浑江区", "江源区", "抚松县", "靖宇县", "长白朝鲜族自治县", "临江市"]
    static let jingyuTownships = ["靖宇镇", "三道湖镇", "龙泉镇", "那尔轰镇", "花园口镇", "景山镇", "赤松乡", "蒙江乡"]
    static let items = ["不愁吃", "不愁穿", "义务教育", "基本医疗", "住房安全", "饮水安全", "收入"]
    /// 太平村's division code and its first secretary (第一书记) in the demo.
    static let taiping = "220622101201"
    static let secretary = "taiping-sec"

    /// Runs `body` with a fresh demo store and tmux server, and always ends the server.
    func withBoard(_ body: (BoardTmux) throws -> Void) throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        try body(tmux)
    }

    // MARK: Moving about the chart

    /// At a chart whose breadcrumb is `base`, moves the selection (`forward` while the unit Enter leads into comes
    /// before `target` in `order`, `back` after it) until Enter leads into `target`; leaves it entered.
    func enter(_ target: String, order: [String]?, forward: String, back: String, tmux: BoardTmux) throws {
        let base = tmux.crumbs()
        for _ in 0..<120 {
            try tmux.press("Enter")
            let inside = try tmux.wait("a level under \(base)") { BoardTmux.crumbs($0).count == base.count + 1 }
            guard let here = BoardTmux.crumbs(inside).last else { continue }
            if here == target { return }
            try tmux.press("Escape")
            try tmux.wait("back to \(base)") { BoardTmux.crumbs($0) == base }
            if let order, let i = order.firstIndex(of: here), let t = order.firstIndex(of: target) {
                try tmux.press(i < t ? (t - i > 1 ? "PageDown" : forward) : back)
            } else {
                try tmux.press(forward)
            }
        }
        throw BoardE2EError("never reached \(target) from \(base); the screen was:\n" + tmux.text)
    }

    /// From the city's chart down to 靖宇县 › 三道湖镇 › 太平村's board, by keys.
    func drillToTaiping(_ tmux: BoardTmux) throws {
        try tmux.wait("the city's chart") { BoardTmux.crumbs($0) == ["白山市"] }
        try enter("靖宇县", order: Self.counties, forward: "l", back: "h", tmux: tmux)
        try enter("三道湖镇", order: Self.jingyuTownships, forward: "l", back: "h", tmux: tmux)
        try enter("太平村", order: nil, forward: "l", back: "h", tmux: tmux)
        let screen = try tmux.wait(for: "户主")
        #expect(screen[0].contains("白山市 › 靖宇县 › 三道湖镇 › 太平村"))
    }

    /// The row of the first checklist item not met on the household screen.
    static func firstUnmetItem(_ screen: [String]) -> Int? {
        items.firstIndex { item in screen.contains { $0.contains("✗ " + item) } }
    }

    /// `village-board report` on 太平村 as JSON, read back.
    func report(_ tmux: BoardTmux) throws -> [String: Any] {
        let json = try tmux.cli(["report", "--store", tmux.store, "--scope", Self.taiping, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        guard let scope = object?["scope"] as? [String: Any] else { throw BoardE2EError("no scope in the report: \(json)") }
        return scope
    }

    static func notMet(_ row: [String: Any]) -> Int {
        row.filter { $0.key.hasPrefix("not_met_") }.compactMap { $0.value as? Int }.reduce(0, +)
    }

    /// "待验收 9" on the task board's tab row.
    static func awaitingCount(_ screen: [String]) -> Int? {
        for line in screen {
            guard let range = line.range(of: "待验收 ") else { continue }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }
        return nil
    }

    // MARK: Tests

    @Test func drillMarkAnItemMetAndATaskDoneQuitReopenAndFindBoth() throws {
        try withBoard { tmux in
            let before = try report(tmux)

            // The checklist: as admin, from the city down to 太平村, into its first household.
            try tmux.open(as: "admin")
            try drillToTaiping(tmux)
            let board = tmux.crumbs()
            try tmux.press("Enter")
            // The whole frame, not only its title: a capture can land while the terminal is still drawing the body.
            let household = try tmux.wait("a household with its checklist") {
                BoardTmux.crumbs($0).count == board.count + 1 && Self.firstUnmetItem($0) != nil
            }
            let name = try #require(BoardTmux.crumbs(household).last)
            let item = try #require(Self.firstUnmetItem(household), "the first household of 太平村 has an item not met")
            for _ in 0..<item { try tmux.press("j") }
            try tmux.press("y")
            try tmux.wait(for: "佐证")
            try tmux.type("e2e 已核实")
            try tmux.press("Enter")
            try tmux.wait(for: "已保存 · 按 u 撤销")
            try tmux.wait(for: "✓ " + Self.items[item])
            try tmux.wait(for: "e2e 已核实")
            try tmux.press("q")
            try tmux.waitForExit()

            // The task: as 太平村's first secretary (marking done is theirs: 第一书记/村干部 or the task's owner).
            try tmux.open(as: Self.secretary)
            try tmux.wait(for: "太平村")
            try tmux.press("3")
            let tasks = try tmux.wait("the task board") { Self.awaitingCount($0) != nil }
            let awaiting = try #require(Self.awaitingCount(tasks))
            try tmux.press("d")
            try tmux.wait(for: "完成情况")
            try tmux.type("e2e 完成")
            try tmux.press("Enter")
            try tmux.wait(for: "已保存")
            // A workflow step is not offered to undo (a supervisor sends it back instead).
            try tmux.wait("one more task awaiting verification, no undo offered") {
                Self.awaitingCount($0) == awaiting + 1 && !$0.joined(separator: "\n").contains("按 u 撤销")
            }
            try tmux.press("q")
            try tmux.waitForExit()

            // Reopen: both changes are there.
            try tmux.open(as: Self.secretary)
            try tmux.wait(for: "太平村")
            try tmux.press("3")
            try tmux.wait("the task still done after reopening") { Self.awaitingCount($0) == awaiting + 1 }
            try tmux.press("1")
            try tmux.wait(for: name)
            try tmux.press("/")
            try tmux.type(name)
            try tmux.press("Enter")
            try tmux.wait(for: "找到")
            try tmux.press("Enter")
            try tmux.wait(for: "✓ " + Self.items[item])
            try tmux.wait(for: "e2e 已核实")
            try tmux.press("q")
            try tmux.waitForExit()

            // The report and the journal say the same.
            let after = try report(tmux)
            #expect(Self.notMet(after) == Self.notMet(before) - 1)
            #expect(after["tasks_done_awaiting_verification"] as? Int == (before["tasks_done_awaiting_verification"] as? Int ?? 0) + 1)
            #expect(after["tasks_open"] as? Int == (before["tasks_open"] as? Int ?? 0) - 1)
            let journal = try String(contentsOfFile: tmux.store + "/journal/e2e.jsonl", encoding: .utf8)
            let lines = journal.split(separator: "\n")
            #expect(lines.contains { $0.contains("\"kind\":\"setCheck\"") && $0.contains("e2e 已核实") && $0.contains("\"author\":\"admin\"") })
            #expect(lines.contains { $0.contains("\"kind\":\"markTaskDone\"") && $0.contains("e2e 完成")
                && $0.contains("\"author\":\"\(Self.secretary)\"") })
        }
    }

    @Test func anAdminIsToldWhyTheyCannotMarkATaskDone() throws {
        try withBoard { tmux in
            try tmux.open(as: "admin")
            try tmux.wait { BoardTmux.crumbs($0) == ["白山市"] }
            try tmux.press("3")
            try tmux.wait("the task board") { Self.awaitingCount($0) != nil }
            try tmux.press("d")
            let screen = try tmux.wait("a refusal in the status line") { $0.dropLast().last?.trimmingCharacters(in: .whitespaces).isEmpty == false }
            #expect(!screen.contains { $0.contains("完成情况") })
            try tmux.press("q")
            try tmux.waitForExit()
            let journal = (try? String(contentsOfFile: tmux.store + "/journal/e2e.jsonl", encoding: .utf8)) ?? ""
            #expect(journal.isEmpty, "nothing was saved")
        }
    }

    @Test func slashFindsAHouseholdByThePinyinInitialsOfItsHead() throws {
        try withBoard { tmux in
            // The first secretary starts on 太平村's board; 冯海燕 (Féng Hǎiyàn) heads one of its households.
            try tmux.open(as: Self.secretary)
            try tmux.wait(for: "冯海燕")
            try tmux.press("/")
            try tmux.wait(for: "搜索：")
            try tmux.type("fhy")
            try tmux.press("Enter")
            try tmux.wait(for: "找到")
            try tmux.press("Enter")
            try tmux.wait("冯海燕's household") { BoardTmux.crumbs($0).last == "冯海燕" }
        }
    }

    @Test func thePaletteRunsACommandFoundByPinyinInitials() throws {
        try withBoard { tmux in
            try tmux.open(as: "admin")
            try tmux.wait { BoardTmux.crumbs($0) == ["白山市"] }
            try tmux.press(":")
            try tmux.wait(for: "命令面板")
            try tmux.type("tjbb")
            try tmux.wait(for: "统计报表")
            try tmux.press("Enter")
            try tmux.wait(for: "脱贫攻坚情况")
            try tmux.wait(for: "剩余贫困户（户）")
            // And by its number: "导出 CSV" (export CSV) comes first for the initials dc.
            try tmux.press(":")
            try tmux.wait(for: "命令面板")
            try tmux.type("dc")
            try tmux.wait(for: "导出 CSV")
            try tmux.press("1")
            // It asks for the folder: a missing one is refused and said; empty means the folder it started in.
            try tmux.wait(for: "导出到文件夹")
            try tmux.type("没有这个")
            try tmux.press("Enter")
            try tmux.wait(for: "没有这个文件夹")
            try tmux.press(":")
            try tmux.wait(for: "命令面板")
            try tmux.type("dc")
            try tmux.wait(for: "导出 CSV")
            try tmux.press("1")
            try tmux.wait(for: "导出到文件夹")
            for _ in 0..<8 { try tmux.press("BSpace") }
            try tmux.press("Enter")
            try tmux.wait(for: "已导出到")
            #expect(try FileManager.default.contentsOfDirectory(atPath: tmux.folder).contains { $0.hasSuffix(".csv") })
        }
    }
}

extension BoardTmux {
    /// Waits until the screen satisfies `condition`.
    @discardableResult
    func wait(until condition: ([String]) -> Bool) throws -> [String] {
        try wait("the screen", until: condition)
    }
}
