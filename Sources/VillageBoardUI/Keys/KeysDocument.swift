import TerminalKit
import VillageBoardCore
import VillageBoardText

/// docs/KEYS.md: every screen's key table in Chinese and English, generated from the same binding tables that
/// drive the hint bar, `?` and `:`, so the document cannot drift from the program.
public enum KeysDocument {
    /// One table of the document: its title and the bindings it lists.
    public struct Section {
        public var title: TextKey
        public var bindings: [KeyBinding]
    }

    /// How to regenerate the file (the test that checks it prints this too).
    public static let regenerate = "UPDATE_SNAPSHOTS=1 swift test --filter KeysDocTests"

    /// The screens a user meets on `board`, reached the way a user reaches them: the chart, Enter down to a
    /// village board and one of its households, the number keys to the other views; then the global keys and
    /// the two overlays.
    public static func sections(board: Board, user: User?) -> [Section] {
        let ctx = ScreenContext(board: board, text: Catalog(.en), glyphs: .unicode, user: user, readOnly: false)
        let home = HomeScreenSet.make()
        var app = AppModel(ctx: ctx, home: home, first: home.chart(ctx), size: Size(width: 120, height: 40))
        var out: [Section] = [Section(title: "keys.screen.login", bindings: LoginScreen(ctx: ctx).bindings(ctx)),
                              Section(title: "keys.screen.newPin", bindings: NewPinScreen().bindings(ctx))]
        func add(_ title: TextKey) { out.append(Section(title: title, bindings: app.top.bindings(app.ctx))) }
        if !(app.top is VillageBoardScreen) {
            add("keys.screen.chart")
            _ = app.perform(.listExits)
            if app.top is ExitListScreen {
                add("keys.screen.exitList")
                _ = app.perform(.back)
            }
            // `b` on the chart: the burn-down of its unit, then back.
            _ = app.perform(.burnDown)
            if app.top is BurnDownScreen {
                add("keys.screen.burnDown")
                _ = app.perform(.back)
            }
        }
        for _ in 0..<4 where !(app.top is VillageBoardScreen) { _ = app.perform(.open) }
        if app.top is VillageBoardScreen {
            add("keys.screen.village")
            let depth = app.stack.count
            _ = app.perform(.registerHousehold)
            if app.top is RegisterHouseholdScreen {
                add("keys.screen.register")
                _ = app.perform(.back)
            }
            _ = app.perform(.villageTargets)
            if app.top is VillageTargetsScreen {
                add("keys.screen.villageTargets")
                _ = app.perform(.back)
            }
            _ = app.perform(.open)
            if app.stack.count > depth {
                add("keys.screen.household")
                _ = app.perform(.openExit)
                if app.top is ExitGateScreen {
                    add("keys.screen.exitGate")
                    _ = app.perform(.back)
                }
            }
        }
        for (action, title) in [(Action.goUnresolved, TextKey("keys.screen.unresolved")), (.goTasks, "keys.screen.tasks"),
                                (.goReports, "keys.screen.reports"), (.goConflicts, "keys.screen.conflicts"), (.goLog, "keys.screen.log"),
                                (.goRadar, "keys.screen.radar")] {
            _ = app.perform(action)
            add(title)
            // `a` on the task board: tasks from a measure; `f`: a task's evidence files.
            if action == .goTasks {
                _ = app.perform(.newTasks)
                if app.top is NewTasksScreen {
                    add("keys.screen.newTasks")
                    _ = app.perform(.back)
                }
                _ = app.perform(.showEvidence)
                if app.top is EvidenceScreen {
                    add("keys.screen.evidence")
                    _ = app.perform(.back)
                }
            }
        }
        // Enter on the radar's first warning with a count lists what is behind it.
        if let radar = app.top as? RadarScreen, let first = RadarWarning.allCases.firstIndex(where: { radar.radar.count($0) > 0 }) {
            for _ in 0..<first { _ = app.perform(.down) }
            _ = app.perform(.open)
            if app.top is RadarListScreen { add("keys.screen.radarList") }
        }
        // `R` on the radar: the 回头看 samples, and the screens under them (made directly: the demo has no sample).
        let c = app.ctx
        out.append(Section(title: "keys.screen.recheck", bindings: RecheckScreen(ctx: c).bindings(c)))
        out.append(Section(title: "keys.screen.recheckDraw", bindings: RecheckDrawScreen(place: c.scope, ctx: c).bindings(c)))
        out.append(Section(title: "keys.screen.recheckSample", bindings: RecheckSampleScreen(sample: "", ctx: c).bindings(c)))
        out.append(Section(title: "keys.screen.recheckPick", bindings: RecheckPickScreen(sample: "", households: [], query: "").bindings(c)))
        if let first = board.households.first {
            out.append(Section(title: "keys.screen.recheckForm",
                               bindings: RecheckFormScreen(sample: "", household: first.id, addedAsMissed: false, ctx: c).bindings(c)))
        }
        out.append(Section(title: "keys.screen.recheckResults", bindings: RecheckResultsScreen(sample: "", ctx: c).bindings(c)))
        out.append(Section(title: "keys.global", bindings: StandardBindings.global))
        out.append(Section(title: "keys.screen.help", bindings: HelpOverlay.bindings))
        out.append(Section(title: "keys.screen.palette", bindings: PaletteState.bindings))
        return out
    }

    /// The whole document: a Chinese half, then an English half, each with one table per section.
    public static func markdown(board: Board, user: User?) -> String {
        let sections = sections(board: board, user: user)
        let zh = Catalog(.zh), en = Catalog(.en)
        var out = ["# \(zh("keys.title")) · \(en("keys.title"))", ""]
        out.append("<!-- \(zh("keys.generated", regenerate)) -->")
        out.append("<!-- \(en("keys.generated", regenerate)) -->")
        for text in [zh, en] {
            out += ["", "## \(text.language == .zh ? "中文" : "English")"]
            for section in sections {
                out += ["", "### \(text(section.title))", ""]
                out.append("| \(text("keys.col.keys")) | \(text("keys.col.action")) | \(text("keys.col.hint")) |")
                out.append("|---|---|---|")
                for b in section.bindings {
                    let keys = b.keys.map { "`" + ($0.spelling == "|" ? "\\|" : $0.spelling) + "`" }
                    out.append("| \(keys.joined(separator: " ")) | \(text(b.help)) | \(b.showInHints ? text("keys.hinted") : "") |")
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
