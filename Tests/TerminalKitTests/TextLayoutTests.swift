import Testing
@testable import TerminalKit

@Suite struct TextLayoutTests {
    @Test func truncateAddsEllipsisOnlyWhenCutting() {
        #expect(DisplayWidth.truncate("abc", to: 3) == "abc")
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(DisplayWidth.truncate("王家村委会", to: 6) == "王家…")
        #expect(DisplayWidth.truncate("abcdef", to: 4, ellipsis: "~") == "abc~")
        #expect(DisplayWidth.truncate("abcdef", to: 0) == "")
        #expect(DisplayWidth.truncate("abcdef", to: -3) == "")
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        // 5 columns: "王家" (4) + "…" (1); a third ideograph would need 6.
        let cut = DisplayWidth.truncate("王家村委会", to: 5)
        #expect(cut == "王家…")
        #expect(DisplayWidth.of(cut) == 5)
        // Odd width with no room for the ellipsis after a wide character: one column stays free.
        #expect(DisplayWidth.truncate("王家村", to: 4) == "王…")
        #expect(DisplayWidth.truncate("王家村", to: 1) == "…")
    }

    @Test func padAligns() {
        #expect(DisplayWidth.pad("王", to: 5) == "王   ")
        #expect(DisplayWidth.pad("王", to: 5, alignment: .right) == "   王")
        #expect(DisplayWidth.pad("王", to: 5, alignment: .center) == " 王  ")
        #expect(DisplayWidth.pad("王家村", to: 2) == "王家村")
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 6, 7, 9, 11])
    func fitIsAlwaysExactlyTheWidth(_ width: Int) {
        for text in ["", "a", "王家村 Household", "José", "👨‍👩‍👧 family", "\u{1B}[2J"] {
            for alignment in [TextAlignment.left, .right, .center] {
                let fitted = DisplayWidth.fit(text, to: width, alignment: alignment)
                #expect(DisplayWidth.of(fitted) == width, "\(text) \(alignment)")
            }
        }
    }

    @Test func wrapBreaksChineseAnywhereAndWordsAtSpaces() {
        #expect(DisplayWidth.wrap("村级作战图系统", width: 6) == ["村级作", "战图系", "统"])
        #expect(DisplayWidth.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(DisplayWidth.wrap("王家村 has 12 households", width: 12) == ["王家村 has", "12", "households"])
        #expect(DisplayWidth.wrap("a\nb", width: 5) == ["a", "b"])
        #expect(DisplayWidth.wrap("", width: 5) == [""])
        #expect(DisplayWidth.wrap("abc", width: 0) == [])
    }

    @Test func wrapSplitsWordsLongerThanALine() {
        #expect(DisplayWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func wrapKeepsClosingPunctuationOffTheLineStart() {
        let lines = DisplayWidth.wrap("危房改造，需要协调。", width: 8)
        for line in lines {
            #expect(!(line.first.map { "，。".contains($0) } ?? false), "\(lines)")
        }
    }

    @Test func wrappedLinesNeverExceedTheWidth() {
        let text = "饮水安全待改造 needs the water station（水利站）to agree, then 3 households move."
        for width in 1...30 {
            for line in DisplayWidth.wrap(text, width: width) where line.count > 1 {
                #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
            }
        }
    }
}
