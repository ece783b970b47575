import TerminalKit
import Testing
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// Under Chinese, nothing English reaches the user but data, key names and proper nouns: every screen, overlay and
/// prompt, and the status line after every action, as users of each role see them.
@Suite struct ChineseOnlyTests {
    /// Words that may stay in Latin letters under Chinese: key names, PIN, formats and proper nouns.
    static let allowed: Set<String> = ["PIN", "Enter", "Tab", "Esc", "Ctrl", "Space", "Home", "End", "PgUp", "PgDn",
                                       "Backspace", "Shift", "Left", "Right", "Down", "Del", "Insert", "CSV", "JSON", "xlsx", "GB18030", "UTF", "Baishan", "YYYY"]

    /// The ASCII words of three letters or more in `line` that are neither allowed nor data (user ids such as
    /// `taiping-sec` or `admin`, operation and task ids, codes).
    static func english(in line: String, data: Set<String>) -> [String] {
        let stripped = line.replacing(/[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+/, with: "")  // ids: taiping-sec, e2e-3, T0014
        return stripped.matches(of: /[A-Za-z]{3,}/).map { String($0.output) }
            .filter { !allowed.contains($0) && !data.contains($0) }
    }

    /// User ids and names on the demo board are data, and so is what the tests type (`zzzz` into the palette).
    static let data: Set<String> = Set(DemoScreens.board.users.values.flatMap { [$0.id.raw, $0.name] } + ["zzzz"])

    @Test(arguments: DemoScreens.sizes)
    func noScreenSpeaksEnglishUnderChinese(size: Size) {
        for (name, app) in CatalogTests.everyScreen(.zh, size: size) {
            for line in DemoScreens.frame(app, size: size) {
                let words = Self.english(in: line, data: Self.data)
                #expect(words.isEmpty, "\(name) at \(size.width)×\(size.height): \(words) in “\(line)”")
            }
        }
    }

    @Test func noStatusMessageSpeaksEnglishUnderChinese() {
        for (name, base) in CatalogTests.everyScreen(.zh, size: Size(width: 120, height: 40)) where !name.contains(" help")
            && !name.contains(" palette") && !name.contains("prompt") {
            for b in base.bindings where ![.quit, .help, .palette, .search].contains(b.action) {
                var app = base
                _ = app.perform(b.action)
                let words = Self.english(in: app.status?.text ?? "", data: Self.data)
                #expect(words.isEmpty, "\(name) after \(b.action): \(words) in “\(app.status?.text ?? "")”")
            }
        }
    }

    /// The check itself: it finds an English word, and lets data and key names through.
    @Test func theCheckFindsEnglishAndSparesDataAndKeys() {
        #expect(Self.english(in: "met “改造完成” by bao-li", data: []) == ["met"])
        #expect(Self.english(in: "notApplicable", data: []) == ["notApplicable"])
        #expect(Self.english(in: "Enter 打开 · Tab 切换 · taiping-sec 李书记 · PIN", data: []).isEmpty)
        #expect(Self.english(in: "操作人 admin", data: ["admin"]).isEmpty)
    }
}
