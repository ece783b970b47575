import Foundation
import TerminalKit
import VillageBoardCore
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// The interactive program: opens the terminal, then loops key → app → effects → store → frame until quit.
/// Every change is saved as it happens, so quitting (or a signal) has nothing left to save.
struct BoardLoop {
    var store: Store
    /// Who is working, when already checked on the command line (`--as` with a PIN); nil starts on the login screen.
    /// From then on the app's `ctx.user` is the one place that says who is logged in.
    var user: User?
    /// The user the login screen offers first (`--as`, else the one last logged in on this laptop).
    var preselected: UserID?
    /// PIN checks and wrong-try counting on this laptop.
    var login: Login
    var language: Language
    var themeName: String?
    var mouse: Bool
    var ascii: Bool
    /// Told once the terminal is back, e.g. where a demo store lives.
    var farewell: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let (theme, themeWarning) = ThemeLoader(environment: environment).loadOrDefault(themeName)
        let options = TerminalOptions(theme: theme, mouse: mouse, minimumSize: Size(width: 60, height: 16), environment: environment)
        try TerminalSession.run(options) { terminal in
            var language = self.language
            var notes: [String] = []
            if !terminal.capabilities.canShowChinese && language == .zh {
                language = .en
                notes.append(TerminalCapabilities.linuxConsoleNotice)
            }
            // In the user's language (the Linux console's notice is English because that console shows no Chinese).
            notes += terminal.capabilities.notices.filter { $0 != TerminalCapabilities.linuxConsoleNotice }.map {
                $0 == TerminalCapabilities.noColorNotice ? Catalog(language)("app.notice.noColor") : $0
            }
            if let themeWarning { notes.append(Catalog(language).describe(themeWarning)) }
            notes += store.notices.map { Catalog(language).describe($0) }
            // Told on stderr before the terminal was taken over, where the chart's first frame would hide it.
            let copies = SyncConflictCopies.find(inStore: store.path)
            if !copies.isEmpty {
                notes.append(Catalog(language)("conflicts.syncCopies", copies.count, copies.filter(\.needsAttention).count))
            }
            if let clock = store.clock { notes.append(Catalog(language)("app.demoClock", clock.iso)) }
            let text = Catalog(language)
            var app = makeApp(text: text, glyphs: terminal.glyphs(forceASCII: ascii), size: terminal.size,
                              status: notes.isEmpty ? nil : StatusMessage(notes.joined(separator: " · "), isError: false))
            let runner = EffectRunner(store: store, text: text, login: login, outside: { work in terminal.outside(work) })
            var wait = LoginWait()
            /// Runs effects and what they ask for; a login during a wrong-PIN wait is held, and a refused one counted.
            func perform(_ first: [Effect]) {
                var effects = first
                while !effects.isEmpty {
                    let effect = effects.removeFirst()
                    if let held = wait.intercept(effect, login: login, text: text) {
                        effects += app.receive(held)
                        continue
                    }
                    if let result = runner.run(effect, by: app.ctx.user) { effects += app.receive(result) }
                    if case .login(let id, _) = effect {
                        if app.ctx.user == nil { wait.refused(id, login: login) } else { wait.clear() }
                    }
                }
            }
            while !app.wantsQuit {
                var canvas = terminal.makeCanvas()
                app.render(into: &canvas)
                terminal.present(canvas)
                // After the first frame, so opening is not slowed: the radar's index and the unresolved list's rows, built
                // on the other core.
                app.ctx.prepareKept()
                guard let key = terminal.readKey(timeoutMilliseconds: wait.keyTimeoutMilliseconds) else {
                    if wait.user != nil {
                        // A wrong-PIN wait: the seconds count down, and a PIN typed meanwhile is tried when it ends.
                        let (message, retry) = wait.tick(text: text)
                        if let message { perform(app.receive(message)) }
                        if let retry { perform([retry]) }
                        continue
                    }
                    // An idle minute: move "today" on (overdue counts follow the calendar).
                    store.setToday(Clock.now().day)
                    _ = app.receive(.boardMoved)
                    continue
                }
                switch key {
                case .signal(.interrupt) where !app.interrupted():
                    continue  // a form holds a draft: the status line asks; a second Ctrl-C ends
                case .signal:
                    return
                case .resize:
                    app.resize(to: terminal.size)
                    continue
                default:
                    // Each effect's result goes back to the app as a message, which may ask for more (a mark's note).
                    perform(app.handle(key))
                }
            }
        }
        if let farewell { print(farewell) }
    }

    /// The app on the login screen, or on the chart when the user is known. Its screens read the store's own board
    /// (`store.live`), which a save changes in place.
    func makeApp(text: Catalog, glyphs: GlyphSet, size: Size, status: StatusMessage?) -> AppModel {
        var ctx = ScreenContext(live: store.live, text: text, glyphs: glyphs, user: user, readOnly: store.access == .readOnly)
        if store.notices.contains(.readOnlyMedia) { ctx.readOnlyWhy = "status.readOnlyMediaRefused" }
        ctx.unverified = store.unverified
        ctx.earlier = store.earlier.isEmpty ? nil : store.earlier
        if user == nil {
            let login = LoginScreen(ctx: ctx, preselected: preselected, demoHint: LoginEffect.demoHint(store.board, text))
            return AppModel(ctx: ctx, home: HomeScreenSet.make(), first: login, size: size, status: status)
        }
        var app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: HomeScreenSet.chart(ctx), view: .chart, size: size,
                           status: status)
        app.askForOwnPinIfInitial()
        return app
    }
}
