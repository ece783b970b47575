import TerminalKit
import Testing
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// Help and commands: the `?` overlay lists every key of the current screen; the `:` palette offers every
/// command with its key, ranks fuzzy matches (pinyin initials too), and runs one by Enter, arrows or its number.
@Suite struct PaletteTests {
    func palette(_ app: AppModel) -> PaletteState? {
        if case .palette(let state) = app.overlay { return state }
        return nil
    }

    func type(_ app: inout AppModel, _ text: String) {
        for c in text { _ = app.handle(.char(c)) }
    }

    func titles(_ app: AppModel) -> [String] {
        guard let state = palette(app) else { return [] }
        return state.matches(app.paletteEntries()).map(\.title)
    }

    // MARK: Palette

    @Test func colonOpensThePaletteWithEveryCommandOnceEachWithItsKey() throws {
        var app = DemoScreens.app()
        DemoScreens.press(&app, ":")
        let state = try #require(palette(app))
        let entries = app.paletteEntries()
        #expect(Set(entries.map(\.action)).count == entries.count)
        #expect(!entries.contains { $0.action == .palette })
        let actions = Set(app.bindings.map(\.action)).subtracting([.palette])
        #expect(Set(entries.map(\.action)) == actions)
        #expect(state.matches(entries).count == entries.count)
        let frame = DemoScreens.frame(app, size: Size(width: 80, height: 24))
        #expect(frame.contains { $0.contains("命令面板") })
        let first = try #require(frame.first { $0.contains("进入 / 打开") })
        #expect(first.contains("Enter"))
        #expect(frame.contains { $0.contains("切换：分组图块 / 地图") && $0.contains(" m ") })
    }

    @Test func pinyinInitialsFindChineseCommands() {
        var app = DemoScreens.app()
        DemoScreens.press(&app, ":")
        type(&app, "bb")
        #expect(titles(app).first == "统计报表")
        DemoScreens.press(&app, "Enter")
        #expect(app.overlay == nil)
        #expect(app.top is ReportsScreen)
        DemoScreens.press(&app, ":")
        type(&app, "dc")
        #expect(Array(titles(app).prefix(2)) == ["导出 CSV", "导出 JSON"])
    }

    @Test func prefixAndWordStartsRankFirstInEnglish() {
        var app = DemoScreens.app(.en)
        DemoScreens.press(&app, "4", ":")
        type(&app, "exp")
        #expect(Array(titles(app).prefix(2)) == ["Export CSV", "Export JSON"])
        type(&app, " j")
        #expect(titles(app).first == "Export JSON")
        // Running it asks which folder the JSON goes into.
        #expect(DemoScreens.press(&app, "Enter").isEmpty)
        #expect(app.overlay == nil)
        if case .exportFolder(_, .json)? = app.prompt?.question {} else { Issue.record("no folder prompt: \(String(describing: app.prompt?.question))") }
        #expect(DemoScreens.press(&app, "Enter").count == 1)
    }

    @Test func arrowsMoveTheSelectionAndEnterRunsIt() {
        var app = DemoScreens.app(.en)
        DemoScreens.press(&app, ":")
        type(&app, "go")
        let shown = titles(app)
        #expect(shown.count > 3)
        DemoScreens.press(&app, "Down")
        #expect(palette(app)?.selected == 1)
        DemoScreens.press(&app, "Up", "Up")
        #expect(palette(app)?.selected == 0)
        DemoScreens.press(&app, "C-n", "Tab", "S-Tab", "C-p")
        #expect(palette(app)?.selected == 0)
        DemoScreens.press(&app, "PgDn")
        // A page down, or to the last entry when fewer are shown than a page holds (more screens' keys match "go" now).
        let paged = palette(app)?.selected ?? 0
        #expect(paged > 1 && paged <= max(0, shown.count - 1))
        DemoScreens.press(&app, "PgUp")
        #expect(palette(app)?.selected == 0)
        DemoScreens.press(&app, "Down", "Enter")
        #expect(app.overlay == nil)
        #expect(app.perform(.goChart).isEmpty)
    }

    @Test func numberKeysRunTheNumberedEntry() throws {
        var app = DemoScreens.app(.en)
        DemoScreens.press(&app, ":")
        type(&app, "go")
        let second = try #require(palette(app)?.matches(app.paletteEntries()).dropFirst().first)
        let frame = DemoScreens.frame(app, size: Size(width: 80, height: 24))
        #expect(frame.contains { $0.contains("2 " + second.title) })
        DemoScreens.press(&app, "2")
        #expect(app.overlay == nil)
        let expected: [Action: String] = [.goUnresolved: "unresolved", .goTasks: "tasks", .goReports: "reports", .goChart: "chart"]
        #expect(expected[second.action] != nil)
        // A number with no entry does nothing.
        DemoScreens.press(&app, ":")
        type(&app, "export csv")
        DemoScreens.press(&app, "9")
        #expect(palette(app) != nil)
    }

    @Test func escClosesWithoutRunningAndTypingEditsTheQuery() {
        var app = DemoScreens.app()
        DemoScreens.press(&app, ":")
        type(&app, "ab")
        DemoScreens.press(&app, "Backspace")
        #expect(palette(app)?.field.text == "a")
        #expect(DemoScreens.press(&app, "Esc").isEmpty)
        #expect(app.overlay == nil)
        #expect(app.stack.count == 1)
    }

    @Test func aQueryWithNoMatchSaysSo() {
        var app = DemoScreens.app(.en)
        DemoScreens.press(&app, ":")
        type(&app, "zzzz")
        #expect(titles(app).isEmpty)
        #expect(DemoScreens.frame(app, size: Size(width: 80, height: 24)).contains { $0.contains("No matching command") })
        DemoScreens.press(&app, "Enter")
        #expect(app.overlay == nil)
    }

    @Test func anUnavailableCommandSaysWhy() {
        let ctx = ScreenContext(board: Board(today: DemoScreens.board.today), text: Catalog(.zh), glyphs: .unicode, user: nil,
                                readOnly: false)
        var app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: ReportsScreen(ctx: ctx), size: Size(width: 80, height: 24))
        DemoScreens.press(&app, ":")
        #expect(app.paletteEntries().first { $0.action == .open }?.available == false)
        type(&app, "进入")
        DemoScreens.press(&app, "Enter")
        #expect(app.status == StatusMessage("这里没有可进入的单位", isError: true))
    }

    /// Every screen but the login screen, which takes every key (`Screen.takesGlobalKeys`) until someone is known, and
    /// the 回头看 draw form, which takes every key while it is open (digits and letters are typed).
    @Test func thePaletteWorksOnEveryScreen() {
        for (name, base) in CatalogTests.everyScreen(.zh, size: Size(width: 80, height: 24)) where !name.contains(" help")
            && !name.contains("palette") && !name.contains("prompt") && name != "login" && name != "recheck draw" {
            var app = base
            DemoScreens.press(&app, ":")
            #expect(palette(app) != nil, "\(name)")
            type(&app, "tj")
            DemoScreens.press(&app, "Enter")
            #expect(app.top is ReportsScreen || app.overlay == nil, "\(name)")
        }
    }

    // MARK: Help

    @Test func questionMarkListsEveryKeyOfTheScreenThenTheGlobalOnes() throws {
        var app = DemoScreens.app(size: Size(width: 120, height: 40))
        DemoScreens.press(&app, "?")
        guard case .help = app.overlay else { Issue.record("no help overlay"); return }
        let frame = DemoScreens.frame(app, size: Size(width: 120, height: 40)).joined(separator: "\n")
        #expect(frame.contains("按键帮助"))
        #expect(frame.contains("本屏"))
        #expect(frame.contains("通用"))
        for b in app.bindings {
            #expect(frame.contains(Catalog(.zh)(b.help)), "\(b.help) missing from help")
        }
        #expect(frame.contains("Up k"))
        #expect(frame.contains("? F1"))
        DemoScreens.press(&app, "x")
        #expect(app.overlay == nil)
        DemoScreens.press(&app, "F1")
        #expect(app.overlay != nil)
        DemoScreens.press(&app, "Esc")
        #expect(app.overlay == nil)
        #expect(app.stack.count == 1, "Esc closes help without going back")
    }

    @Test func helpScrollsWhenItDoesNotFitAndStopsAtTheEnd() throws {
        var app = DemoScreens.app(.en, size: Size(width: 80, height: 24))
        DemoScreens.press(&app, "?")
        let rows = HelpOverlay.rows(app.bindings).count
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        let last = HelpOverlay.maxScroll(bindings: app.bindings, area: area)
        #expect(last > 0 && last < rows)
        #expect(DemoScreens.frame(app, size: Size(width: 80, height: 24)).contains { $0.contains("more lines") })
        DemoScreens.press(&app, "j", "Down")
        #expect(app.overlay.map { if case .help(let s) = $0 { s } else { -1 } } == 2)
        DemoScreens.press(&app, "G")
        #expect(app.overlay.map { if case .help(let s) = $0 { s } else { -1 } } == last)
        DemoScreens.press(&app, "j", "PgDn")
        #expect(app.overlay.map { if case .help(let s) = $0 { s } else { -1 } } == last)
        let bottom = DemoScreens.frame(app, size: Size(width: 80, height: 24)).joined(separator: "\n")
        #expect(bottom.contains("Quit"))
        DemoScreens.press(&app, "k", "PgUp", "g")
        #expect(app.overlay.map { if case .help(let s) = $0 { s } else { -1 } } == 0)
        DemoScreens.press(&app, "q")
        #expect(app.overlay == nil)
        #expect(!app.wantsQuit, "q closes help, it does not quit")
    }

    @Test func aKeyTheScreenTakesIsNotListedAgainUnderTheGlobalKeys() {
        let screen = KeyBinding([.char("n"), .char("e")], .editCheck, "action.editCheck")
        let rows = HelpOverlay.rows([screen] + StandardBindings.global)
        var globalKeys: [Key] = []
        var inGlobal = false
        for row in rows {
            switch row {
            case .heading(let key): inGlobal = key == "help.section.global"
            case .binding(let b, let keys): if inGlobal { globalKeys += keys } else { #expect(b.action == .editCheck) }
            }
        }
        #expect(!globalKeys.contains(.char("n")))
        #expect(globalKeys.contains(.char("N")))
    }

    @Test func helpShowsWhyAKeyIsUnavailable() {
        let ctx = ScreenContext(board: Board(today: DemoScreens.board.today), text: Catalog(.en), glyphs: .unicode, user: nil,
                                readOnly: false)
        var app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: ReportsScreen(ctx: ctx), size: Size(width: 100, height: 30))
        DemoScreens.press(&app, "?")
        #expect(DemoScreens.frame(app, size: Size(width: 100, height: 30)).contains { $0.contains("Open / go in — Nothing to open here") })
    }
}
