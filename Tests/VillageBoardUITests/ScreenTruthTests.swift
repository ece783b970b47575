import Testing
import TerminalKit
import VillageBoardCore
import VillageBoardText
@testable import VillageBoardUI

/// What the screen says is true whatever the terminal does (issue 15): every resize gives a whole frame, a figure is
/// never cut into a different one, a key means one thing, the legend names what the tiles count.
@Suite struct ScreenTruthTests {
    /// A small seeded generator, so a failing run can be repeated from its seed.
    struct Dice {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let keys = ["j", "k", "h", "l", "Enter", "Esc", "Tab", "S-Tab", "e", "y", "x", "a", "n", "N", "/", "?", ":",
                       "1", "2", "3", "4", "5", "6", "g", "G", "PgDn", "PgUp", "f", "s", "m", "H", "I", "i", "p", "v"]
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 60, height: 16),
                        Size(width: 40, height: 10), Size(width: 100, height: 30), Size(width: 61, height: 17),
                        Size(width: 59, height: 30)]

    /// The frame a terminal of `size` shows for `app`: the app drawn fresh at that size, or the enlarge message.
    static func shown(_ app: AppModel, size: Size) -> [String] {
        var canvas = Canvas(size: size)
        app.render(into: &canvas)
        return SizeGuard.frame(canvas, size: size, minimum: DemoScreens.minimum, chinese: true).lines()
    }

    /// Random keys with a resize after each, through the in-memory terminal as the program's loop drives it (keys are
    /// ignored while too small). After every resize the frame is whole: exactly the window's size, the enlarge message
    /// below 60×16, else a header and a hint bar; and it equals a fresh render of the same state (laid out again at that
    /// size, drawn on a new canvas), so nothing of an earlier size or frame is left in it.
    @Test(arguments: [(Language.zh, UInt64(15)), (.en, 1515), (.zh, 2026)])
    func resizeAfterEveryKeyGivesAWholeFrame(_ language: Language, _ seed: UInt64) {
        var dice = Dice(state: seed)
        var app = DemoScreens.app(language, size: Self.sizes[0])
        let terminal = MemoryTerminal(size: Self.sizes[0], minimumSize: DemoScreens.minimum)
        for step in 0..<150 {
            let spelling = Self.keys[dice.next(Self.keys.count)]
            if let key = Key(spelling: spelling) { terminal.enqueue(key) }
            let size = Self.sizes[dice.next(Self.sizes.count)]
            terminal.resize(to: size)
            while let key = terminal.readKey(timeoutMilliseconds: 0) {
                if key == .resize { app.resize(to: terminal.size) } else { _ = app.handle(key) }
                var canvas = terminal.makeCanvas()
                app.render(into: &canvas)
                terminal.present(canvas)
            }
            let frame = terminal.lines
            let what = "\(language) seed \(seed) step \(step) after \(spelling) at \(size)"
            #expect(frame.count == size.height, "\(what): \(frame.count) lines")
            #expect(frame.allSatisfy { DisplayWidth.of($0) <= size.width }, "\(what): a line wider than the window")
            if SizeGuard.isTooSmall(size, minimum: DemoScreens.minimum) {
                #expect(frame.joined().contains("60×16"), "\(what): no enlarge message")
            } else {
                #expect(frame.first?.contains { $0 != " " } == true, "\(what): no header")
                #expect(frame.last?.contains { $0 != " " } == true, "\(what): no hint bar")
            }
            var other = app
            other.resize(to: size)
            #expect(frame == Self.shown(other, size: size), "\(what): differs from a fresh render")
        }
    }

    /// One key, one meaning: on no screen does a key the screen binds also mean something else globally (the household
    /// screen's `n` marked an item "not met" where `n` everywhere else finds the next match).
    @Test(arguments: Language.allCases)
    func noKeyMeansTwoThingsOnAnyScreen(_ language: Language) {
        for (name, app) in CatalogTests.everyScreen(language, size: Size(width: 80, height: 24))
        where !name.contains(" help") && !name.contains(" palette") {
            var meanings: [Key: Set<String>] = [:]
            for binding in app.bindings {
                for key in binding.keys { meanings[key, default: []].insert("\(binding.action)") }
            }
            for (key, actions) in meanings where actions.count > 1 {
                Issue.record("\(language) \(name): \(key) means \(actions.sorted())")
            }
        }
    }

    /// 待验收 156 at 60×16 showed as 15: every figure on the reports table's totals row is one the report holds, whole,
    /// and columns left out are named above the table.
    @Test(arguments: [Size(width: 60, height: 30), Size(width: 80, height: 24), Size(width: 61, height: 30)])
    func theReportNeverCutsAFigure(_ size: Size) throws {
        var app = DemoScreens.app(.zh, size: size)
        DemoScreens.press(&app, "4")
        let frame = DemoScreens.frame(app, size: size)
        let scope = try #require(app.ctx.scope)
        let rollup = app.ctx.board.rollup(scope)
        let figures = (ReportFigure.exported + [.itemsNotMet]).compactMap { $0.cell(rollup) }
        let name = try #require(app.ctx.board.unit(scope)?.name)
        let row = try #require(frame.first { line in
            let tokens = line.split(separator: " ")
            return tokens.first.map(String.init) == name && tokens.count > 1 && DisplayWidth.isFigure(String(tokens[1]))
        }, "no totals row:\n\(frame.joined(separator: "\n"))")
        for token in row.split(separator: " ").dropFirst() {
            #expect(figures.contains(String(token)), "\(size): \(token) is not a figure of the report: \(row)")
        }
        #expect(frame.contains { $0.contains("列未显示") }, "\(size): the columns left out are not named")
    }

    /// The unresolved list's short headers and the sort arrow are never cut (致贫原…, 待…, 逾…), in both languages: a
    /// header is shown whole or its column is left out whole.
    @Test(arguments: [(Language.zh, 80), (.en, 80), (.zh, 60), (.zh, 120), (.en, 60)])
    func unresolvedHeadersAndTheSortArrowAreWhole(_ language: Language, _ width: Int) throws {
        let size = Size(width: width, height: 24)
        var app = DemoScreens.app(language, size: size)
        DemoScreens.press(&app, "2")
        let head = app.ctx.text("unresolved.col.head")
        for _ in 0...UnresolvedColumn.allCases.count {
            let header = try #require(DemoScreens.frame(app, size: size).first { $0.contains(head) })
            #expect(!header.contains("…"), "\(language) \(width): \(header)")
            let words = header.split(separator: " ").map { $0.replacingOccurrences(of: "↑", with: "").replacingOccurrences(of: "↓", with: "") }
            let titles = UnresolvedColumn.allCases.map { app.ctx.text($0.titleKey) }
            // Every word of the header belongs to a whole title ("Last visit" is two words).
            #expect(words.allSatisfy { word in titles.contains { $0.split(separator: " ").map(String.init).contains(word) } },
                    "\(language) \(width): \(header)")
            if width >= 80 {
                #expect(titles.allSatisfy { header.replacingOccurrences(of: "↑", with: "").replacingOccurrences(of: "↓", with: "").contains($0) },
                        "\(language) \(width): \(header)")
            }
            DemoScreens.press(&app, "s")
        }
    }

    /// The legend names what a tile's figure counts, in both languages, and fits at 80 columns.
    @Test(arguments: Language.allCases)
    func theLegendNamesWhatTheTilesCount(_ language: Language) {
        let app = DemoScreens.app(language, size: Size(width: 80, height: 24))
        let text = DemoScreens.frame(app, size: Size(width: 80, height: 24)).joined(separator: "\n")
        for colour in VillageColour.allCases {
            #expect(text.contains(app.ctx.text.name(colour)), "\(language): the legend lacks \(colour)")
        }
        let zh = Catalog(.zh)
        #expect(zh.name(VillageColour.red).contains("户数") && zh.name(VillageColour.amber).contains("任务数"))
    }

    @Test func aFigureTooWideForItsCellIsNeverCutIntoAnother() {
        #expect(DisplayWidth.fitCell("156", to: 2, alignment: .right) == " …")
        #expect(DisplayWidth.fitCell("1,234", to: 4) == "…   ")
        #expect(DisplayWidth.fitCell("156", to: 3, alignment: .right) == "156")
        #expect(DisplayWidth.fitCell("三道湖镇", to: 5) == "三道…")
        #expect(DisplayWidth.isFigure("0.28%") && DisplayWidth.isFigure("-3") && !DisplayWidth.isFigure("B级") && !DisplayWidth.isFigure("—"))
    }

    /// The township supervisor may not see health (the permission table's `viewHealth`): on a household whose main
    /// cause is illness, neither the header, the plan, the medical evidence, the visit notes nor the history shows it;
    /// the first secretary, whose village it is, sees all of it.
    @Test func healthIsHiddenFromThoseWhoMayNotSeeItOnEveryPane() throws {
        let board = DemoScreens.board
        let h = try #require(board.households.first { h in
            h.mainCause == .illness && !h.visits.isEmpty && !h.checklist[.medical].note.isEmpty
                && board.path(to: h.village).contains { $0.name == "三道湖镇" }
        })
        for (user, sees) in [("sandaohu-sup", false), ("admin", true)] {
            var app = DemoScreens.app(.zh, size: Size(width: 120, height: 40), user: user) { HouseholdScreen(household: h.id, ctx: $0) }
            var shown = DemoScreens.frame(app, size: Size(width: 120, height: 40)).joined(separator: "\n")
            for _ in HouseholdPane.allCases {
                DemoScreens.press(&app, "Tab")
                shown += DemoScreens.frame(app, size: Size(width: 120, height: 40)).joined(separator: "\n")
            }
            let secrets = ["因病", h.checklist[.medical].note] + h.visits.map(\.found).filter { !$0.isEmpty }
            for secret in secrets {
                #expect(shown.contains(secret) == sees, "\(user) \(sees ? "does not see" : "sees") “\(secret)”")
            }
            #expect(shown.contains("（已隐藏）") != sees)
        }
    }

    /// After a break in a journal's chain the status line says so for as long as no other message holds it (naming the
    /// laptop and line), and the household the later operations changed is marked ⚠ on its screen and in the list.
    @Test func anEditedJournalGivesALastingBannerAndMarksWhatItChanged() throws {
        let board = DemoScreens.board
        let h = try #require(board.households.first { h in h.isUnresolved && board.path(to: h.village).contains { $0.name == "太平村" } })
        var unverified = UnverifiedChanges()
        unverified.add(UnverifiedChanges.Break(laptop: "laptop-a", line: 12))
        let op = Operation(id: OperationID(device: DeviceID("laptop-a"), sequence: 12), time: Timestamp(day: board.today, hour: 9),
                           author: UserID("admin"), change: .addVisit(h.id, Visit(day: board.today, by: UserID("admin"))))
        unverified.add(op)
        var app = DemoScreens.app(.zh, size: Size(width: 100, height: 30)) { HouseholdScreen(household: h.id, ctx: $0) }
        app.ctx.unverified = unverified
        var frame = DemoScreens.frame(app, size: Size(width: 100, height: 30))
        #expect(frame[frame.count - 2].contains("laptop-a 第 12 行"), "\(frame[frame.count - 2])")
        #expect(frame[2].contains("⚠未核验"), "\(frame[2])")
        DemoScreens.press(&app, "j")
        frame = DemoScreens.frame(app, size: Size(width: 100, height: 30))
        #expect(frame[frame.count - 2].contains("laptop-a 第 12 行"), "the banner lasts")
        var sup = DemoScreens.app(.zh, size: Size(width: 100, height: 30), user: "sandaohu-sup")
        sup.ctx.unverified = unverified
        DemoScreens.press(&sup, "2")
        #expect(DemoScreens.frame(sup, size: Size(width: 100, height: 30)).contains { $0.contains("⚠" + h.headName) })
    }

    /// A task changed after a break in a journal's chain is marked ⚠ on the task board too, not only households.
    @Test func aTaskChangedAfterAChainBreakIsMarkedOnTheTaskBoard() throws {
        let board = DemoScreens.board
        let task = try #require(board.tasks.first { $0.state == .open })
        var unverified = UnverifiedChanges()
        unverified.add(UnverifiedChanges.Break(laptop: "laptop-a", line: 3))
        unverified.add(Operation(id: OperationID(device: DeviceID("laptop-a"), sequence: 3), time: Timestamp(day: board.today, hour: 9),
                                 author: UserID("admin"), change: .markTaskDone(task.id, note: "")))
        var ctx = DemoScreens.ctx(.zh)
        #expect(TaskBoardText.cell(task, .title, board: board, ctx: ctx, matched: false).text == task.title)
        ctx.unverified = unverified
        let marked = TaskBoardText.cell(task, .title, board: board, ctx: ctx, matched: false)
        #expect(marked.text == "⚠" + task.title && marked.style == "warning")
    }

    /// A task with no history shown says there is none; it does not suggest clearing a filter that is not set.
    @Test func anEmptyTaskHistoryDoesNotBlameAFilter() throws {
        let board = DemoScreens.board
        let task = try #require(board.tasks.first { board.history(ofTask: $0.id).isEmpty })
        let app = DemoScreens.app(.zh, size: Size(width: 100, height: 30)) { LogScreen(ctx: $0, task: task.id) }
        let text = DemoScreens.frame(app, size: Size(width: 100, height: 30)).joined(separator: "\n")
        #expect(!text.contains(Catalog(.zh)("log.empty.filtered")), "\(text)")
        #expect(text.contains(Catalog(.zh)("log.empty.none")), "\(text)")
    }
}
