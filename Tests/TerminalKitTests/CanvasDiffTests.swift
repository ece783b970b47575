import Testing
@testable import TerminalKit

@Suite struct CanvasDiffTests {
    private func canvas(_ text: String, width: Int = 6) -> Canvas {
        var canvas = Canvas(width: width, height: 1)
        canvas.put(text, x: 0, y: 0)
        return canvas
    }

    /// Applies runs to a copy of `old`, as a terminal would: the result must equal `new`.
    private func replay(_ runs: [CanvasRun], over old: Canvas) -> Canvas {
        var screen = old
        for run in runs {
            var column = run.x
            for cell in run.cells {
                if !cell.isContinuation { screen.store(cell, column: column, row: run.y) }
                column += 1
            }
        }
        return screen
    }

    @Test func identicalFramesProduceNoRuns() {
        #expect(CanvasDiff.runs(from: canvas("王家ab"), to: canvas("王家ab")).isEmpty)
    }

    @Test func noPreviousFrameRepaintsEverything() {
        let runs = CanvasDiff.runs(from: nil, to: canvas("ab"))
        #expect(runs.count == 1)
        #expect(CanvasDiff.cellCount(runs) == 6)
    }

    @Test func sizeChangeRepaintsEverything() {
        let runs = CanvasDiff.runs(from: canvas("ab", width: 4), to: canvas("ab", width: 6))
        #expect(CanvasDiff.cellCount(runs) == 6)
    }

    @Test func onlyChangedCellsAreWritten() {
        let runs = CanvasDiff.runs(from: canvas("abcdef"), to: canvas("abXdeY"))
        #expect(runs == [
            CanvasRun(x: 2, y: 0, cells: [Cell(grapheme: "X", width: 1)]),
            CanvasRun(x: 5, y: 0, cells: [Cell(grapheme: "Y", width: 1)]),
        ])
    }

    @Test func wideOverNarrow() {
        let old = canvas("abcdef")
        let new = canvas("a王def")
        let runs = CanvasDiff.runs(from: old, to: new)
        #expect(runs.first?.x == 1)
        #expect(runs.first?.cells.first?.grapheme == "王")
        #expect(replay(runs, over: old) == new)
    }

    @Test func narrowOverWide() {
        let old = canvas("王家村")
        var new = old
        new.put("x", x: 3, y: 0)  // the right half of 家
        let runs = CanvasDiff.runs(from: old, to: new)
        #expect(runs.count == 1)
        #expect(runs[0].x == 2)  // from the left half, now a space
        #expect(runs[0].cells.map(\.grapheme) == [" ", "x"])
        #expect(replay(runs, over: old) == new)
        #expect(new.lines() == ["王 x村"])
    }

    @Test func changedWideCharacterIsWrittenWhole() {
        let old = canvas("王家村")
        let new = canvas("王中村")
        let runs = CanvasDiff.runs(from: old, to: new)
        #expect(runs == [CanvasRun(x: 2, y: 0, cells: [Cell(grapheme: "中", width: 2), .continuation(.normal)])])
    }

    @Test func styleOnlyChangesAreWritten() {
        let old = canvas("abc")
        var new = old
        new.applyStyle("focus", in: Rect(x: 1, y: 0, width: 1, height: 1))
        let runs = CanvasDiff.runs(from: old, to: new)
        #expect(runs.count == 1 && runs[0].x == 1 && runs[0].cells[0].style == "focus")
    }

    @Test func runsNeverStartOnAContinuation() {
        let frames = ["王家村", "ab王家", "a王b家", "王 家村", "abcdef", "中文中文"]
        for before in frames {
            for after in frames {
                let old = canvas(before)
                let new = canvas(after)
                let runs = CanvasDiff.runs(from: old, to: new)
                for run in runs { #expect(!(run.cells.first?.isContinuation ?? false)) }
                #expect(replay(runs, over: old) == new, "\(before) → \(after)")
            }
        }
    }
}
