import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// The task board as text: each pane at 80×24 and 120×40, in Chinese and English (key 3 from the chart).
@Suite struct TaskBoardSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// The 三道湖镇 supervisor: open, then Tab to awaiting verification, then Tab to verified.
    @Test(arguments: Language.allCases, sizes)
    func supervisorPanes(language: Language, size: Size) {
        var app = ListsFixture.app("3", ListsFixture.ctx(language), size: size)
        for pane in TaskState.allCases {
            SnapshotAssertion.check(ListsFixture.lines(app, size: size), screen: "TaskBoard",
                                name: "\(language)-\(size.width)x\(size.height)-\(pane)")
            _ = app.handle(.tab)
        }
    }

    /// The first secretary of 太平村 on the awaiting pane: verify and send back greyed out in the hint bar,
    /// and the reason in the status line when pressed anyway.
    @Test(arguments: Language.allCases)
    func secretaryRefusedVerification(language: Language) {
        let size = Size(width: 80, height: 24)
        var app = ListsFixture.app("3", ListsFixture.ctx(language, user: "taiping-sec"), size: size)
        _ = app.handle(.tab)
        _ = app.handle(.char("v"))
        SnapshotAssertion.check(ListsFixture.lines(app, size: size), screen: "TaskBoard", name: "\(language)-secretary-refused-80x24")
    }

    /// The send-back prompt in the status line.
    @Test(arguments: Language.allCases)
    func sendBackPrompt(language: Language) {
        let size = Size(width: 80, height: 24)
        var app = ListsFixture.app("3", ListsFixture.ctx(language), size: size)
        _ = app.handle(.tab)
        _ = app.handle(.char("r"))
        for c in "照片" { _ = app.handle(.char(c)) }
        SnapshotAssertion.check(ListsFixture.lines(app, size: size), screen: "TaskBoard", name: "\(language)-sendback-prompt-80x24")
    }
}
