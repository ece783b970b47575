import Testing
@testable import TerminalKit

@Suite struct CanvasTests {
    @Test func putWritesCellsAndReturnsColumns() {
        var canvas = Canvas(width: 10, height: 2)
        #expect(canvas.put("王a", x: 1, y: 0) == 3)
        #expect(canvas.lines() == [" 王a      ", "          "])
        #expect(canvas[1, 0] == Cell(grapheme: "王", width: 2))
        #expect(canvas[2, 0].isContinuation)
        #expect(canvas[3, 0].grapheme == "a")
    }

    @Test func linesAreExactlyTheCanvasWidthInColumns() {
        var canvas = Canvas(width: 7, height: 3)
        canvas.put("王家村委会", x: 0, y: 0)
        canvas.put("ab王", x: 2, y: 1)
        for line in canvas.lines() { #expect(DisplayWidth.of(line) == 7) }
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        var canvas = Canvas(width: 5, height: 1)
        #expect(canvas.put("ab王家", x: 0, y: 0) == 5)
        #expect(canvas.lines() == ["ab王 "])
        #expect(canvas[4, 0] == .blank())
    }

    @Test func maxWidthClipsLikeAnEdge() {
        var canvas = Canvas(width: 10, height: 1)
        #expect(canvas.put("王家村", x: 0, y: 0, maxWidth: 3) == 3)
        #expect(canvas.lines() == ["王        "])
        #expect(canvas.put("xyz", x: 5, y: 0, maxWidth: 0) == 0)
    }

    @Test func wideCharacterStraddlingTheLeftEdgeOfARegionBecomesASpace() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.fill(Rect(x: 0, y: 0, width: 6, height: 1), character: ".")
        canvas.withRegion(Rect(x: 2, y: 0, width: 3, height: 1)) { region in
            region.put("王家", x: -1, y: 0)
        }
        #expect(canvas.lines() == [".. 家."])
    }

    @Test func negativeXSkipsColumnsOffTheCanvas() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("abcdef", x: -2, y: 0)
        #expect(canvas.lines() == ["cdef"])
    }

    @Test func overwritingTheLeftHalfOfAWideCharacterClearsBothCells() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("王家", x: 0, y: 0)
        canvas.put("x", x: 0, y: 0)
        #expect(canvas.lines() == ["x 家"])
        #expect(!canvas[1, 0].isContinuation)
    }

    @Test func overwritingTheRightHalfOfAWideCharacterClearsBothCells() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("王家", x: 0, y: 0)
        canvas.put("x", x: 1, y: 0)
        #expect(canvas.lines() == [" x家"])
    }

    @Test func wideOverShiftedWideClearsTheCutNeighbours() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("王家村", x: 0, y: 0)
        canvas.put("中", x: 1, y: 0)
        #expect(canvas.lines() == [" 中 村"])
    }

    @Test func controlCharactersAreDrawnAsPlaceholders() {
        var canvas = Canvas(width: 10, height: 1)
        canvas.put("a\u{1B}[2Jb", x: 0, y: 0)
        #expect(canvas.lines() == ["a␛[2Jb    "])
    }

    @Test func zeroWidthCharactersAreDropped() {
        var canvas = Canvas(width: 3, height: 1)
        #expect(canvas.put("\u{200B}a\u{FEFF}", x: 0, y: 0) == 1)
        #expect(canvas.lines() == ["a  "])
    }

    @Test func bidiControlsNeverReachTheScreen() {
        var canvas = Canvas(width: 6, height: 1)
        #expect(canvas.put("ab\u{202E}cd\u{2066}", x: 0, y: 0) == 4)
        #expect(canvas.lines() == ["abcd  "])
    }

    @Test func rowsOutsideTheCanvasAreIgnored() {
        var canvas = Canvas(width: 3, height: 1)
        #expect(canvas.put("abc", x: 0, y: 1) == 0)
        #expect(canvas.put("abc", x: 0, y: -1) == 0)
        #expect(canvas.lines() == ["   "])
    }

    @Test func regionsClipAndTranslate() {
        var canvas = Canvas(width: 8, height: 3)
        canvas.withRegion(Rect(x: 2, y: 1, width: 4, height: 1)) { region in
            #expect(region.size == Size(width: 4, height: 1))
            region.put("abcdefgh", x: 0, y: 0)
            region.put("zzz", x: 0, y: 1)
            region.cursor = (x: 1, y: 0)
        }
        #expect(canvas.lines() == ["        ", "  abcd  ", "        "])
        #expect(canvas.cursor?.x == 3 && canvas.cursor?.y == 1)
    }

    @Test func nestedRegionsIntersect() {
        var canvas = Canvas(width: 10, height: 1)
        canvas.withRegion(Rect(x: 2, y: 0, width: 6, height: 1)) { outer in
            outer.withRegion(Rect(x: 4, y: 0, width: 10, height: 1)) { inner in
                #expect(inner.size.width == 2)
                inner.put("xyz", x: 0, y: 0)
            }
        }
        #expect(canvas.lines() == ["      xy  "])
    }

    @Test func fillAndApplyStyle() {
        var canvas = Canvas(width: 4, height: 2)
        canvas.fill(Rect(x: 1, y: 0, width: 2, height: 2), style: "focus", character: "#")
        canvas.put("王", x: 0, y: 1)
        canvas.applyStyle("selection", in: Rect(x: 1, y: 1, width: 3, height: 1))
        #expect(canvas.lines() == [" ## ", "王# "])
        #expect(canvas.styleLines(["normal": ".", "focus": "f", "selection": "s"]) == [".ff.", "ssss"])
    }

    @Test func clearResetsCellsAndCursor() {
        var canvas = Canvas(width: 3, height: 1)
        canvas.put("abc", x: 0, y: 0, style: "error")
        canvas.cursor = (x: 1, y: 0)
        canvas.clear()
        #expect(canvas == Canvas(width: 3, height: 1))
    }

    @Test(arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 0, height: 5),
                      Size(width: 5, height: 0), Size(width: 1, height: 3), Size(width: -2, height: -2)])
    func tinyCanvasesNeverCrash(_ size: Size) {
        var canvas = Canvas(size: size)
        canvas.put("王家村 abc", x: 0, y: 0)
        canvas.put("x", x: 5, y: 5)
        canvas.fill(Rect(x: -1, y: -1, width: 10, height: 10), style: "focus")
        canvas.drawBox(Rect(size: canvas.size), glyphs: .unicode)
        canvas.withRegion(Rect(x: 1, y: 1, width: 3, height: 3)) { $0.put("zz", x: 0, y: 0) }
        _ = canvas[3, 3]
        #expect(canvas.lines().count == max(0, size.height))
        _ = CanvasDiff.runs(from: nil, to: canvas)
    }

    @Test func oneByOneCanvasShowsOnlyNarrowCharacters() {
        var canvas = Canvas(width: 1, height: 1)
        canvas.put("王", x: 0, y: 0)
        #expect(canvas.lines() == [" "])
        canvas.put("a", x: 0, y: 0)
        #expect(canvas.lines() == ["a"])
    }

    @Test(arguments: [3, 5, 7, 9])
    func oddWidthsPadWithASpaceWhereAWideCharacterCannotFit(_ width: Int) {
        var canvas = Canvas(width: width, height: 1)
        canvas.put(String(repeating: "中", count: 10), x: 0, y: 0)
        #expect(canvas.lines() == [String(repeating: "中", count: width / 2) + " "])
    }

    @Test func boxDrawing() {
        var canvas = Canvas(width: 5, height: 3)
        canvas.drawBox(Rect(x: 0, y: 0, width: 5, height: 3), glyphs: .ascii)
        #expect(canvas.lines() == ["+---+", "|   |", "+---+"])
    }

    @Test func resizedKeepsWhatFits() {
        var canvas = Canvas(width: 6, height: 2)
        canvas.put("ab王家", x: 0, y: 0)
        canvas.cursor = (x: 5, y: 1)
        let smaller = canvas.resized(to: Size(width: 5, height: 1))
        #expect(smaller.lines() == ["ab王 "])
        #expect(smaller.cursor == nil)
        let larger = canvas.resized(to: Size(width: 8, height: 3))
        #expect(larger.lines() == ["ab王家  ", "        ", "        "])
        #expect(larger.cursor?.x == 5)
    }
}
