import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// Shared by the unresolved-list and task-board tests: the demo board, contexts with any user or board, apps.
enum ListsFixture {
    /// The Baishan demo, built once for every test.
    static var demo: Board { DemoScreens.board }

    /// A division code the test spells out; a typo fails the test instead of crashing it.
    static func code(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> DivisionCode {
        guard let c = DivisionCode(text) else {
            Issue.record("not a division code: \(text)", sourceLocation: sourceLocation)
            return demo.roots[0]
        }
        return c
    }

    static func user(_ id: String, on board: Board = demo) -> User? { board.user(UserID(id)) }

    static func ctx(_ language: Language = .zh, user: String? = "sandaohu-sup", board: Board = demo,
                    readOnly: Bool = false) -> ScreenContext {
        ScreenContext(board: board, text: Catalog(language), glyphs: .unicode,
                      user: user.flatMap { self.user($0, on: board) }, readOnly: readOnly)
    }

    /// The app opened on the screen that `key` ("2" unresolved, "3" tasks) switches to.
    static func app(_ key: Character, _ ctx: ScreenContext, size: Size = Size(width: 80, height: 24)) -> AppModel {
        var app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: HomeScreenSet.chart(ctx), size: size)
        _ = app.handle(.char(key))
        return app
    }

    static func lines(_ app: AppModel, size: Size) -> [String] { DemoScreens.frame(app, size: size) }

    /// `board` with `change` applied as `author` from a test laptop (the test fails if the board refuses it).
    static func applying(_ change: Change, by author: String = "admin", to board: Board,
                         sourceLocation: SourceLocation = #_sourceLocation) -> Board {
        var b = board
        let device = DeviceID("lists-test")
        let op = Operation(id: OperationID(device: device, sequence: b.nextSequence(for: device)),
                           time: Timestamp(day: b.today, hour: 9), author: UserID(author), change: change)
        do { try b.apply(op) } catch { Issue.record("\(change.kind) refused: \(error)", sourceLocation: sourceLocation) }
        return b
    }

    /// Types `text` and presses Enter (for prompts and `/`).
    static func type(_ text: String, into app: inout AppModel) -> [Effect] {
        for c in text { _ = app.handle(.char(c)) }
        return app.handle(.enter)
    }
}
