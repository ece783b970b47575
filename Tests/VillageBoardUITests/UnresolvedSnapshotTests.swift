import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// The unresolved list as text, at 80×24 and 120×40, in Chinese and English (key 2 from the chart).
@Suite struct UnresolvedSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test(arguments: Language.allCases, sizes)
    func townshipSupervisor(language: Language, size: Size) {
        let app = ListsFixture.app("2", ListsFixture.ctx(language), size: size)
        SnapshotAssertion.check(ListsFixture.lines(app, size: size), screen: "Unresolved",
                            name: "\(language)-\(size.width)x\(size.height)")
    }

    /// The whole city for the admin: county, township and village in the place column when wide.
    @Test(arguments: Language.allCases)
    func cityWide(language: Language) {
        let size = Size(width: 120, height: 40)
        let app = ListsFixture.app("2", ListsFixture.ctx(language, user: "admin"), size: size)
        SnapshotAssertion.check(ListsFixture.lines(app, size: size), screen: "Unresolved", name: "\(language)-admin-120x40")
    }

    /// The village menu open over the list, then the list filtered to the second entry and to overdue tasks.
    @Test(arguments: Language.allCases)
    func menuAndFilters(language: Language) {
        let size = Size(width: 80, height: 24)
        var app = ListsFixture.app("2", ListsFixture.ctx(language, user: "admin"), size: size)
        _ = app.handle(.char("c"))
        SnapshotAssertion.check(ListsFixture.lines(app, size: size), screen: "Unresolved", name: "\(language)-menu-80x24")
        _ = app.handle(.char("5"))
        _ = app.handle(.char("o"))
        SnapshotAssertion.check(ListsFixture.lines(app, size: size), screen: "Unresolved", name: "\(language)-filtered-80x24")
    }
}
