import TerminalKit
import Testing
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// Every key a binding names exists, and no screen (nor overlay) draws a raw key (`⟨key⟩`, the missing-key marker)
/// in either language.
@Suite struct CatalogTests {
    /// Every binding table: each screen's, the global and movement keys, and the overlays'.
    static func allBindings() -> [KeyBinding] {
        KeysDocument.sections(board: DemoScreens.board, user: DemoScreens.board.user(UserID("admin"))).flatMap(\.bindings)
            + StandardBindings.movement + HelpOverlay.bindings + PaletteState.bindings
    }

    @Test func everyBindingsHelpExistsWithItsShortForm() {
        for language in Language.allCases {
            let text = Catalog(language)
            for b in Self.allBindings() {
                #expect(text.has(b.help), "\(language): no \(b.help)")
                #expect(text.has(b.help.short), "\(language): no \(b.help).short")
                if let reason = b.disabledReason { #expect(text.has(reason), "\(language): no \(reason)") }
            }
        }
    }

    @Test func domainNamesExistForEveryValue() {
        for language in Language.allCases {
            let text = Catalog(language)
            let names = ChecklistItem.allCases.flatMap { [text.name($0), text.shortName($0)] }
                + ItemState.allCases.map { text.name($0) } + HouseholdStatus.allCases.map { text.name($0) }
                + Role.allCases.map { text.name($0) } + OrgLevel.allCases.map { text.name($0) }
                + TaskState.allCases.map { text.name($0) } + VillageColour.allCases.map { text.name($0) }
            for name in names { #expect(!name.contains("⟨"), "\(language): \(name)") }
        }
    }

    /// Every screen a user can reach, in a state worth drawing, as apps to render.
    static func everyScreen(_ language: Language, size: Size) -> [(String, AppModel)] {
        var out: [(String, AppModel)] = []
        var app = DemoScreens.app(language, size: size)
        out.append(("chart", app))
        var map = app
        DemoScreens.press(&map, "m")
        out.append(("map", map))
        var burnDown = app
        DemoScreens.press(&burnDown, "b")
        out.append(("burn-down", burnDown))
        for _ in 0..<4 where !(app.top is VillageBoardScreen) { DemoScreens.press(&app, "Enter") }
        out.append(("village", app))
        var filtered = app
        DemoScreens.press(&filtered, "f", "f", "f", "s")
        out.append(("village filtered", filtered))
        var targets = app
        DemoScreens.press(&targets, "T")
        out.append(("village targets", targets))
        var newTasks = app
        DemoScreens.press(&newTasks, "3", "a")
        out.append(("new tasks", newTasks))
        var household = app
        DemoScreens.press(&household, "Enter")
        out.append(("household", household))
        for (name, key) in [("unresolved", "2"), ("tasks", "3"), ("reports", "4"), ("log", "5"), ("conflicts", "6"), ("radar", "7")] {
            var view = app
            DemoScreens.press(&view, key)
            out.append((name, view))
            var paged = view
            DemoScreens.press(&paged, "j", "PgDn")
            out.append((name + " paged", paged))
        }
        var evidence = app
        DemoScreens.press(&evidence, "3", "Tab", "f")
        out.append(("evidence", evidence))
        var recheck = app
        DemoScreens.press(&recheck, "7", "R")
        out.append(("recheck", recheck))
        var recheckDraw = recheck
        DemoScreens.press(&recheckDraw, "d")
        out.append(("recheck draw", recheckDraw))
        for (name, base) in out {
            var help = base
            DemoScreens.press(&help, "?")
            out.append((name + " help", help))
            var palette = base
            DemoScreens.press(&palette, ":")
            out.append((name + " palette", palette))
        }
        // The login screen (before anyone is known), and the conflicts screen with a conflict to show.
        let anonymous = ListsFixture.ctx(language, user: nil)
        out.append(("login", AppModel(ctx: anonymous, home: HomeScreenSet.make(),
                                      first: LoginScreen(ctx: anonymous, demoHint: "PIN 1234"), size: size)))
        if let (conflicted, _, _, _) = try? ConflictScreenTests.board() {
            out.append(("conflicts listed", ListsFixture.app("6", ListsFixture.ctx(language, user: "taiping-sec",
                                                                                  board: conflicted), size: size)))
        }
        var search = app
        DemoScreens.press(&search, "/")
        out.append(("search prompt", search))
        var none = app
        DemoScreens.press(&none, ":")
        for c in "zzzz" { _ = none.handle(.char(c)) }
        out.append(("palette no match", none))
        return out
    }

    @Test(arguments: Language.allCases, DemoScreens.sizes)
    func noScreenDrawsARawKey(language: Language, size: Size) {
        for (name, app) in Self.everyScreen(language, size: size) {
            let frame = DemoScreens.frame(app, size: size)
            let raw = frame.filter { $0.contains("⟨") }
            #expect(raw.isEmpty, "\(language) \(name): \(raw)")
        }
    }

    @Test func statusMessagesAfterEveryActionAreText() {
        for language in Language.allCases {
            for (name, base) in Self.everyScreen(language, size: Size(width: 120, height: 40)) where !name.contains(" help")
                && !name.contains(" palette") && !name.contains("prompt") {
                for b in base.bindings where ![.quit, .help, .palette, .search].contains(b.action) {
                    var app = base
                    _ = app.perform(b.action)
                    #expect(!(app.status?.text.contains("⟨") ?? false), "\(language) \(name) \(b.action): \(app.status?.text ?? "")")
                    let frame = DemoScreens.frame(app, size: Size(width: 120, height: 40))
                    #expect(!frame.contains { $0.contains("⟨") }, "\(language) \(name) after \(b.action)")
                }
            }
        }
    }
}
