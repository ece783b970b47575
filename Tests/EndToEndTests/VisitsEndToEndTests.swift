import Foundation
import Testing

/// Issue 13's visits, end to end in tmux at 80×24 on a fresh demo store: a village cadre filters the unresolved list to
/// "not visited for 30 days", records a visit dated 10 days ago for a household on it, corrects that visit, voids an
/// older one, and the household leaves the filter; after quitting and reopening, the filter, the visits pane (the
/// voided visit shown as voided) and the history still say so.
@Suite(.serialized, .enabled(if: BoardTmux.hasTmux, "tmux is not installed: the board's end-to-end tests need it"))
struct VisitsEndToEndTests {
    static let head = "邹忠厚"

    /// From the chart: the unresolved list filtered to "not visited for 30 days".
    func notVisitedList(_ tmux: BoardTmux) throws -> [String] {
        try tmux.press("2")
        try tmux.wait(for: "未解决户清单")
        try tmux.press("w")
        return try tmux.wait(for: "30 天未走访")
    }

    /// Searches the list for the household and opens it on its visits pane.
    func openVisits(_ tmux: BoardTmux) throws -> [String] {
        try tmux.press("x")
        try tmux.press("/")
        try tmux.type(Self.head)
        try tmux.press("Enter")
        try tmux.press("Enter")
        try tmux.wait(for: "户主 " + Self.head)
        try tmux.press("Tab", "Tab", "Tab", "Tab")
        return try tmux.wait(for: "[走访")
    }

    @Test func aCadreRecordsAPastVisitCorrectsItVoidsAnotherAndItStays() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        try tmux.open(as: "taiping-sec", width: 80, height: 24)
        try tmux.wait(for: "太平村")

        // 1. On the list of households not visited for 30 days.
        let before = try notVisitedList(tmux)
        #expect(before.contains { $0.contains(Self.head) }, "not visited for 30 days before:\n\(tmux.text)")

        // 2. A visit dated 10 days before the demo's today, typed into the date field.
        _ = try openVisits(tmux)
        try tmux.press("v")
        let form = try tmux.wait(for: "不晚于今天")
        guard let line = form.first(where: { $0.contains("不晚于今天") }),
              let today = line.split(separator: " ").lazy.compactMap({ Self.day(String($0)) }).first else {
            throw BoardE2EError("no today in the visit form:\n" + tmux.text)
        }
        let tenDaysAgo = Self.iso(today.addingTimeInterval(-10 * 86_400))
        try tmux.press("BTab")
        for _ in 0..<10 { try tmux.press("BSpace") }
        try tmux.type(tenDaysAgo)
        try tmux.press("Tab")
        try tmux.type("房屋漏雨")
        try tmux.press("C-s")
        try tmux.wait("the visit saved") { $0.contains { $0.hasPrefix(tenDaysAgo) && $0.contains("房屋漏雨") } }

        // 3. Corrected: what was done added, with a reason (the new visit is the newest, so selected).
        try tmux.press("R")
        try tmux.wait(for: "更正第")
        try tmux.press("Tab", "Tab")
        try tmux.type("已联系危改")
        try tmux.press("Tab")
        try tmux.type("补记措施")
        try tmux.press("Enter")
        try tmux.wait(for: "已联系危改")

        // 4. The next visit down voided, with a reason: it stays, marked.
        try tmux.press("j", "V")
        try tmux.wait(for: "作废第")
        try tmux.type("录错户")
        try tmux.press("Enter")
        try tmux.wait(for: "[已作废]")

        // 5. Visited 10 days ago: no longer on the 30-day list.
        try tmux.press("Escape")
        try tmux.wait("the list again") { ($0.first ?? "").contains("未解决户清单") && !($0.first ?? "").contains(Self.head) }
        try tmux.press("w")
        let after = try tmux.wait(for: "30 天未走访")
        #expect(!after.contains { $0.contains(Self.head) }, "visited 10 days ago, yet listed:\n\(tmux.text)")

        // 6. Quit, reopen: the filter, the visits and the history are as they were.
        try tmux.press("q")
        try tmux.waitForExit()
        try tmux.open(as: "taiping-sec", width: 80, height: 24)
        try tmux.wait(for: "太平村")
        let reopened = try notVisitedList(tmux)
        #expect(!reopened.contains { $0.contains(Self.head) }, "after reopening:\n\(tmux.text)")
        let visits = try openVisits(tmux)
        #expect(visits.contains { $0.hasPrefix(tenDaysAgo) && $0.contains("房屋漏雨") && $0.contains("已联系危改") })
        #expect(visits.contains { $0.contains("[已作废]") })
        try tmux.press("Tab")
        let history = try tmux.wait(for: "[历史")
        #expect(history.contains { $0.contains("作废") && $0.contains("录错户") })
        #expect(history.contains { $0.contains("更正") })
        try tmux.press("q")
        try tmux.waitForExit()
    }

    static func day(_ s: String) -> Date? {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"
        f.timeZone = TimeZone(identifier: "UTC")
        return s.count == 10 ? f.date(from: s) : nil
    }

    static func iso(_ d: Date) -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: d)
    }
}
