import Foundation
import Testing

/// A county that is not the demo, from an empty store, as its people would set it up: the county office's admin
/// imports the units and users from the docs/ samples; a first secretary logs in with the initial PIN and must set
/// their own; registers a monitored household on the screen, adds a second member, marks the checklist; `check` is
/// clean. Never touches the demo.
@Suite(.serialized) struct CountyEndToEndTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs").path
    static let items = ["不愁吃", "不愁穿", "义务教育", "基本医疗", "住房安全", "饮水安全"]

    @Test(.enabled(if: BoardTmux.hasTmux)) func aCountyFromNothingToACheckedHousehold() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        // 1. An empty store and its admin; the county's units and users from the samples, checked first.
        try tmux.cli(["init", "--store", tmux.store, "--admin", "admin", "--new-pin", "271828"])
        let dry = try tmux.cli(["import", "units", Self.docs + "/county-units.csv", "--store", tmux.store, "--as", "admin",
                                "--pin", "271828", "--dry-run"])
        #expect(dry.contains("7"))
        try tmux.cli(["import", "units", Self.docs + "/county-units.csv", "--store", tmux.store, "--as", "admin", "--pin", "271828"])
        try tmux.cli(["import", "users", Self.docs + "/county-users.csv", "--store", tmux.store, "--as", "admin", "--pin", "271828"])
        // The initial PIN opens nothing on the command line…
        let add = try BoardTmux.run([try BoardTmux.binary(), "household", "add", "--store", tmux.store, "--village", "220622100201",
                                     "--head", "某人", "--born", "1970", "--as", "yongsheng-sec", "--pin", "4826"],
                                    environment: tmux.environment)
        #expect(add.status != 0 && add.error.contains("初始 PIN"), "\(add.error)")

        // 2. …and on the screen leads straight to setting one's own.
        try AccessEndToEndTests().openLoginScreen(tmux)
        try tmux.tmux(["resize-window", "-t", tmux.session, "-x", "80", "-y", "24"])
        try tmux.type("yongsheng")
        try tmux.wait("only yongsheng-sec listed") { $0.contains { $0.contains("▶ yongsheng-sec") } }
        try tmux.press("Enter")
        try tmux.type("4826")
        try tmux.press("Enter")
        try tmux.wait(for: "请设置你自己的 PIN")
        try tmux.press("1")
        #expect(!tmux.text.contains("共 0 户"), "no global key works before the new PIN")
        try tmux.press("BSpace")
        try tmux.type("8264")
        try tmux.press("Enter")
        try tmux.type("8264")
        try tmux.press("Enter")
        try tmux.wait(for: "PIN 已更改")
        // The village with no households yet: its board, empty, with no raw code in the title.
        let empty = try tmux.wait(for: "永胜村")
        #expect(!(empty.first ?? "").contains("220622"))

        // 3. Register a monitored household on the screen: a wrong check digit is caught as it is typed.
        try tmux.press("r")
        try tmux.wait(for: "登记新户")
        try tmux.press("Tab")
        try tmux.type("张大山")
        try tmux.press("Tab")
        try tmux.type("1978")
        try tmux.press("Tab")
        try tmux.type("220622197803120028")
        try tmux.wait(for: "校验码不对")
        try tmux.press("BSpace")
        try tmux.type("7")
        try tmux.wait("the check digit accepted") { !$0.contains { $0.contains("校验码不对") } && $0.contains { $0.contains("未发现重复登记") } }
        try tmux.press("C-s")
        try tmux.wait(for: "已登记 张大山")
        try tmux.wait("the household's whole frame") { $0.contains { $0.contains("饮水安全") } && $0.contains { $0.contains("监测对象") } }

        // 4. A second member, from the members pane.
        try tmux.press("BTab")
        try tmux.press("m")
        try tmux.wait(for: "添加成员")
        try tmux.type("李秀兰")
        try tmux.press("Tab", "Tab")
        try tmux.type("1982")
        try tmux.press("Tab")
        try tmux.type("220622198207040041")
        try tmux.press("C-s")
        try tmux.wait("two members") { $0.contains { $0.contains("张大山  2 人") } && $0.contains { $0.contains("李秀兰 配偶") } }

        // 5. Its checklist, item by item, each with a note of the evidence.
        try tmux.press("Tab")
        try tmux.wait(for: "项目")
        for (i, item) in Self.items.enumerated() {
            if i > 0 { try tmux.press("j") }
            try tmux.press("y")
            try tmux.wait(for: item + " 标为达标")
            try tmux.type("入户核实")
            try tmux.press("Enter")
            try tmux.wait(for: "✓ " + item)
        }
        try tmux.press("q")
        try tmux.waitForExit()

        // 6. What the screen did is on the board, signed and chained: `check` is clean.
        let check = try tmux.cli(["check", "--store", tmux.store])
        #expect(check.contains("没有问题"), "\(check)")
        let households = try tmux.cli(["export", "members", "--format", "csv", "--store", tmux.store])
        #expect(households.contains("张大山") && households.contains("李秀兰"))
    }
}
