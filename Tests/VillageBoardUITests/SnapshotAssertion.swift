import Foundation
import TerminalKit
import Testing
import VillageBoardCore
import VillageBoardDemo
import VillageBoardStore
@testable import VillageBoardUI
import VillageBoardText

/// Whole-screen text snapshots: compares lines with `Snapshots/<Screen>/<name>.txt` beside this file, or
/// (re)writes the file when `UPDATE_SNAPSHOTS=1`. Trailing spaces are not compared (tmux and editors drop them).
enum SnapshotAssertion {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" }

    /// Checks `lines` against the stored snapshot `screen/name.txt`; records a readable line diff on a mismatch.
    static func check(_ lines: [String], screen: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = lines.map(trimmed)
        let file = folder.appendingPathComponent(screen).appendingPathComponent(name + ".txt")
        let text = actual.joined(separator: "\n") + "\n"
        if updating {
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file)
            } catch {
                Issue.record("could not write \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            let message = "no snapshot \(screen)/\(name).txt; record it with UPDATE_SNAPSHOTS=1 swift test --filter …\n"
                + actual.joined(separator: "\n")
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            return
        }
        var expected = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        if expected.last == "" { expected.removeLast() }
        guard expected != actual else { return }
        let message = "snapshot \(screen)/\(name).txt differs (UPDATE_SNAPSHOTS=1 rewrites it):\n"
            + diff(expected: expected, actual: actual)
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    static func trimmed(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }

    /// The differing lines, numbered, as `- expected` / `+ actual` pairs.
    static func diff(expected: [String], actual: [String]) -> String {
        var out: [String] = []
        for i in 0..<max(expected.count, actual.count) {
            let e = i < expected.count ? expected[i] : nil
            let a = i < actual.count ? actual[i] : nil
            guard e != a else { continue }
            out.append("line \(i + 1):")
            out.append("  - " + (e ?? "(none)"))
            out.append("  + " + (a ?? "(none)"))
        }
        return out.joined(separator: "\n")
    }
}

/// The Baishan demo, an app on it, and helpers to press keys and read the frame, for the screen tests.
enum DemoScreens {
    /// Built once per test run (the demo is the same every time).
    static let board = BaishanDemo.board()

    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func ctx(_ language: Language, user: String = "admin", readOnly: Bool = false, glyphs: GlyphSet = .unicode) -> ScreenContext {
        ScreenContext(board: board, text: Catalog(language), glyphs: glyphs, user: board.user(UserID(user)), readOnly: readOnly)
    }

    /// An app on the demo, started on `first` (default: the user's chart).
    static func app(_ language: Language = .zh, size: Size = Size(width: 80, height: 24), user: String = "admin",
                    first: ((ScreenContext) -> any Screen)? = nil) -> AppModel {
        let ctx = ctx(language, user: user)
        return AppModel(ctx: ctx, home: HomeScreenSet.make(), first: first?(ctx) ?? HomeScreenSet.chart(ctx), size: size)
    }

    /// The whole frame as text.
    static func frame(_ app: AppModel, size: Size) -> [String] {
        var canvas = Canvas(size: size)
        app.render(into: &canvas)
        return canvas.lines()
    }

    /// The breadcrumb: the header's text after the title.
    static func crumbs(_ app: AppModel) -> [String] { app.stack.map { $0.title(app.ctx) } }

    /// Presses keys by spelling ("Enter", "j", "C-f").
    @discardableResult
    static func press(_ app: inout AppModel, _ spellings: String...) -> [Effect] {
        var effects: [Effect] = []
        for s in spellings {
            guard let key = Key(spelling: s) else {
                Issue.record("no key spelled \(s)")
                continue
            }
            effects += app.handle(key)
        }
        return effects
    }

    /// The demo's unit called `name`.
    static func code(_ name: String) -> DivisionCode? {
        board.units.values.first { $0.name == name }?.code
    }

    /// The smallest window the board draws in (BoardLoop's `minimumSize`); smaller ones show the enlarge message.
    static let minimum = Size(width: 60, height: 16)

    /// What a small window shows after keys pressed in it: a frame of exactly its size with nothing wider than it,
    /// the enlarge message when below the minimum, the screen's hint bar otherwise; and, grown back to 80×24, the
    /// same screen drawn whole.
    static func expectSmallWindowHolds(_ app: AppModel, size: Size, sourceLocation: SourceLocation = #_sourceLocation) {
        let frame = frame(app, size: size)
        #expect(frame.count == size.height, sourceLocation: sourceLocation)
        for line in frame {
            #expect(DisplayWidth.of(line) <= size.width, "\(line) is wider than \(size)", sourceLocation: sourceLocation)
        }
        var canvas = Canvas(size: size)
        app.render(into: &canvas)
        let shown = SizeGuard.frame(canvas, size: size, minimum: minimum, chinese: true).lines().joined()
        if SizeGuard.isTooSmall(size, minimum: minimum) {
            // Narrower than the message's longest word, only part of it fits; from 16 columns it names the minimum.
            if size.width >= 16 && size.height > 0 {
                #expect(shown.contains("60×16"), "\(size): \(shown)", sourceLocation: sourceLocation)
            }
        } else if size.height > 0 {
            #expect(frame.last?.contains { $0 != " " } == true, "no hint bar at \(size)", sourceLocation: sourceLocation)
        }
        var grown = app
        grown.resize(to: Size(width: 80, height: 24))
        let full = Self.frame(grown, size: Size(width: 80, height: 24))
        #expect(type(of: grown.top) == type(of: app.top), sourceLocation: sourceLocation)
        #expect(full.first?.contains { $0 != " " } == true && full.last?.contains { $0 != " " } == true,
                "grown back to 80×24 the screen is drawn whole: \(full)", sourceLocation: sourceLocation)
    }
}
