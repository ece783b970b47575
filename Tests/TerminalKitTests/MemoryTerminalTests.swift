import Testing
@testable import TerminalKit

@Suite struct MemoryTerminalTests {
    @Test func presentsCanvasesAndCountsChangedCells() {
        let terminal = MemoryTerminal(size: Size(width: 10, height: 2))
        var canvas = terminal.makeCanvas()
        canvas.put("王家村", x: 0, y: 0)
        terminal.present(canvas)
        #expect(terminal.lines == ["王家村    ", "          "])
        #expect(terminal.lastChangedCells == 20)
        canvas.put("x", x: 2, y: 0)
        terminal.present(canvas)
        #expect(terminal.lines == ["王x 村    ", "          "])
        #expect(terminal.lastChangedCells == 2)
        terminal.present(canvas)
        #expect(terminal.lastChangedCells == 0)
        #expect(terminal.presentCount == 3)
    }

    @Test func scriptedKeysComeBackInOrder() {
        let terminal = MemoryTerminal()
        terminal.enqueue(.down, .enter)
        #expect(terminal.enqueue(spellings: "j C-s PgDn"))
        #expect(!terminal.enqueue(spellings: "j Bogus"))
        terminal.enqueue(typing: "王a")
        let keys = (0..<7).compactMap { _ in terminal.readKey(timeoutMilliseconds: 0) }
        #expect(keys == [.down, .enter, .char("j"), .ctrl("s"), .pageDown, .char("王"), .char("a")])
        #expect(terminal.readKey(timeoutMilliseconds: 10) == nil)
    }

    @Test func tooSmallShowsTheEnlargeMessageAndIgnoresKeys() {
        let terminal = MemoryTerminal(size: Size(width: 30, height: 5), minimumSize: Size(width: 40, height: 10))
        #expect(terminal.isTooSmall)
        var canvas = terminal.makeCanvas()
        canvas.put("board", x: 0, y: 0)
        terminal.present(canvas)
        let text = terminal.lines.joined(separator: "\n")
        #expect(text.contains("40×10"))
        #expect(!text.contains("board"))
        terminal.enqueue(.char("q"), .signal(.interrupt))
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .signal(.interrupt))
        terminal.resize(to: Size(width: 50, height: 12))
        terminal.enqueue(.char("q"))
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .resize)
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .char("q"))
    }

    @Test func aCanvasOfTheOldSizeIsFittedAfterAResize() {
        let terminal = MemoryTerminal(size: Size(width: 6, height: 1))
        var canvas = terminal.makeCanvas()
        canvas.put("ab王家", x: 0, y: 0)
        terminal.resize(to: Size(width: 5, height: 2))
        terminal.present(canvas)
        #expect(terminal.lines == ["ab王 ", "     "])
        #expect(terminal.lastChangedCells == 10)
    }

    @Test func cursorFollowsTheCanvas() {
        let terminal = MemoryTerminal(size: Size(width: 10, height: 2))
        var canvas = terminal.makeCanvas()
        canvas.cursor = (x: 4, y: 1)
        terminal.present(canvas)
        #expect(terminal.cursor?.x == 4 && terminal.cursor?.y == 1)
    }

    @Test func asciiGlyphsOnTheLinuxConsoleOrWhenAsked() throws {
        let plain = MemoryTerminal()
        #expect(plain.glyphs() == .unicode)
        #expect(plain.glyphs(forceASCII: true) == .ascii)
        let console = MemoryTerminal(capabilities: TerminalCapabilities(
            name: "linux", colorDepth: .colors8, canShowChinese: false, canShowUnicodeSymbols: false))
        #expect(console.glyphs() == .ascii)
        plain.theme = try ThemeLoader(userDirectory: nil).load("tty")
        #expect(plain.glyphs() == .ascii)
        #expect(TerminalCapabilities.isLinuxConsole("linux-16color"))
        #expect(!TerminalCapabilities.isLinuxConsole("xterm"))
    }
}
