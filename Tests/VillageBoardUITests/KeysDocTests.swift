import Foundation
import Testing
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// docs/KEYS.md is generated from the binding tables; this fails when it is out of date.
@Suite struct KeysDocTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/KEYS.md").path

    func generated() -> String {
        KeysDocument.markdown(board: DemoScreens.board, user: DemoScreens.board.user(UserID("admin")))
    }

    @Test func keysDocumentIsUpToDate() throws {
        let text = generated()
        if SnapshotAssertion.updating {
            try Data(text.utf8).write(to: URL(fileURLWithPath: Self.path))
            return
        }
        let stored = FileManager.default.contents(atPath: Self.path).map { String(decoding: $0, as: UTF8.self) }
        guard stored != text else { return }
        let diff = SnapshotAssertion.diff(expected: (stored ?? "").components(separatedBy: "\n"), actual: text.components(separatedBy: "\n"))
        Issue.record(Comment(rawValue: "docs/KEYS.md is out of date with the key tables; regenerate it with\n    "
                             + KeysDocument.regenerate + "\n" + diff))
    }

    @Test func everyScreenAndOverlayHasASectionInBothLanguages() {
        let sections = KeysDocument.sections(board: DemoScreens.board, user: DemoScreens.board.user(UserID("admin")))
        let titles = sections.map(\.title.raw)
        #expect(titles == ["keys.screen.login", "keys.screen.newPin", "keys.screen.chart", "keys.screen.exitList", "keys.screen.burnDown",
                           "keys.screen.village", "keys.screen.register", "keys.screen.villageTargets", "keys.screen.household",
                           "keys.screen.exitGate", "keys.screen.unresolved", "keys.screen.tasks", "keys.screen.newTasks",
                           "keys.screen.evidence", "keys.screen.reports", "keys.screen.conflicts", "keys.screen.log",
                           "keys.screen.radar", "keys.screen.radarList", "keys.screen.recheck", "keys.screen.recheckDraw",
                           "keys.screen.recheckSample", "keys.screen.recheckPick", "keys.screen.recheckForm",
                           "keys.screen.recheckResults", "keys.global",
                           "keys.screen.help", "keys.screen.palette"])
        let text = generated()
        for language in Language.allCases {
            let catalog = Catalog(language)
            for section in sections {
                #expect(text.contains("### " + catalog(section.title)))
                for b in section.bindings { #expect(text.contains("| " + catalog(b.help) + " |")) }
            }
        }
        #expect(text.contains("| `c` | 导出 CSV | 显示 |"))
        #expect(text.contains("| `J` | Export JSON | shown |"))
        #expect(text.contains("| `?` `F1` |"))
        #expect(!text.contains("⟨"))
    }
}
