import Testing
@testable import TerminalKit

/// Widths of tricky strings, checked against Unicode's data.
@Suite struct DisplayWidthTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var width: Int
        var why: String
        var testDescription: String { why }
    }

    /// Expected widths follow EastAsianWidth.txt (W/F = 2), emoji-data.txt (Emoji_Presentation
    /// = 2), combining marks (Mn/Me = 0), and this layer's rules for controls and sequences.
    static let cases: [Case] = [
        Case(text: "", width: 0, why: "empty"),
        Case(text: "abc", width: 3, why: "ASCII"),
        Case(text: "村级作战图", width: 10, why: "CJK ideographs (W)"),
        Case(text: "王家村 Household 3", width: 18, why: "mixed Chinese and ASCII"),
        Case(text: "㐀𠀀𪜀", width: 6, why: "CJK Extension A and B"),
        Case(text: "，。！？（）", width: 12, why: "full-width punctuation (F/W)"),
        Case(text: "ＡＢＣ１２３", width: 12, why: "full-width Latin and digits (F)"),
        Case(text: "ｶﾀｶﾅ", width: 4, why: "half-width katakana (H)"),
        Case(text: "한국어", width: 6, why: "Hangul syllables (W)"),
        Case(text: "\u{1112}\u{1161}\u{11AB}", width: 2, why: "conjoining Hangul jamo L V T"),
        Case(text: "e\u{301}", width: 1, why: "e + combining acute (Mn)"),
        Case(text: "Jose\u{301} Ruiz", width: 9, why: "decomposed é inside a name"),
        Case(text: "a\u{20DD}", width: 1, why: "enclosing circle (Me)"),
        Case(text: "ä̈̈", width: 1, why: "stacked combining marks"),
        Case(text: "😀", width: 2, why: "emoji with Emoji_Presentation"),
        Case(text: "👍🏽", width: 2, why: "emoji + skin tone: drawn as its first scalar"),
        Case(text: "👨‍👩‍👧", width: 2, why: "ZWJ family: drawn as its first scalar"),
        Case(text: "❤️", width: 1, why: "text-default heart + VS16: drawn as the plain heart"),
        Case(text: "1️⃣", width: 1, why: "keycap sequence: drawn as its digit"),
        Case(text: "🇨🇳", width: 2, why: "flag: two regional indicators, one column each"),
        Case(text: "✓✗", width: 2, why: "check marks are narrow (ambiguous, one column here)"),
        Case(text: "─│┌", width: 3, why: "box drawing (ambiguous, one column here)"),
        Case(text: "…", width: 1, why: "ellipsis (ambiguous, one column here)"),
        Case(text: "\u{200B}", width: 0, why: "zero-width space (Cf)"),
        Case(text: "\u{00AD}", width: 1, why: "soft hyphen: glibc draws it"),
        Case(text: "\u{1B}[2J", width: 4, why: "escape sequence: ESC is drawn as ␛"),
        Case(text: "a\tb\n", width: 4, why: "tab and newline are drawn as placeholders"),
        Case(text: "\r\n", width: 2, why: "CRLF is one grapheme but two placeholders"),
        Case(text: "\u{9B}31m", width: 4, why: "C1 CSI is drawn as �"),
        Case(text: "\u{7F}", width: 1, why: "DEL is drawn as ␡"),
        Case(text: "\u{3000}", width: 2, why: "ideographic space (F)"),
        Case(text: "\u{FEFF}abc", width: 3, why: "byte-order mark (Cf) takes no column"),
    ]

    @Test(arguments: cases)
    func widthOfTrickyString(_ sample: Case) {
        #expect(DisplayWidth.of(sample.text) == sample.width)
    }

    @Test(arguments: cases)
    func stringWidthIsTheSumOfCharacterWidths(_ sample: Case) {
        #expect(sample.text.reduce(0) { $0 + DisplayWidth.of($1) } == DisplayWidth.of(sample.text))
    }

    @Test(arguments: cases)
    func drawnWidthMatchesMeasuredWidth(_ sample: Case) {
        var canvas = Canvas(width: 40, height: 1)
        let advanced = canvas.put(sample.text, x: 0, y: 0)
        #expect(advanced == sample.width)
    }

    /// Single scalars: the widths glibc's wcwidth (C.UTF-8) and tmux give on the machines we test on, written out
    /// so that the test does not depend on the host's C library.
    @Test(arguments: [
        ("a", 1), ("中", 2), ("，", 2), ("Ａ", 2), ("ｶ", 1), ("한", 2), ("\u{301}", 0), ("😀", 2), ("✓", 1), ("─", 1),
        ("…", 1), ("\u{200B}", 0), ("\u{3000}", 2), ("\u{1F3FD}", 2), ("\u{20000}", 2), ("\u{FE0F}", 0),
        ("\u{200D}", 0), ("\u{AD}", 1),
    ] as [(Unicode.Scalar, Int)])
    func singleScalars(_ scalar: Unicode.Scalar, _ width: Int) {
        #expect(DisplayWidth.of(scalar) == width, "U+\(String(scalar.value, radix: 16))")
    }

    /// Cross-check against the Unicode data shipped with Swift itself.
    @Test func agreesWithSwiftUnicodeProperties() {
        var problems: [String] = []
        for value in UInt32(0x300)...0x3FFFF {
            // The table is generated from Unicode 15.0 (scripts/width); newer characters count one column.
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age,
                  age.major < 15 || (age.major == 15 && age.minor == 0) else { continue }
            let width = DisplayWidth.of(scalar)
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark {
                if width != 0 { problems.append("U+\(String(value, radix: 16)) mark has width \(width)") }
            }
            if scalar.properties.isEmojiPresentation && !(0x1F1E6...0x1F1FF).contains(value) && width != 2 {
                problems.append("U+\(String(value, radix: 16)) emoji has width \(width)")
            }
            if scalar.properties.isUnifiedIdeograph && width != 2 {
                problems.append("U+\(String(value, radix: 16)) ideograph has width \(width)")
            }
        }
        #expect(problems.isEmpty, "\(problems.count): \(problems.prefix(40))")
    }

    @Test func drawnFormOfSequencesIsTheirFirstScalar() {
        #expect(DisplayWidth.drawnForm(of: "👨‍👩‍👧") == "👨")
        #expect(DisplayWidth.drawnForm(of: "👍🏽") == "👍")
        #expect(DisplayWidth.drawnForm(of: "e\u{301}") == "e\u{301}")
        #expect(DisplayWidth.drawnForm(of: "\u{1B}") == "␛")
    }

    @Test func longTextIsMeasuredQuickly() {
        let line = String(repeating: "Household 王家村 12 ✓ ", count: 2_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<20 { _ = DisplayWidth.of(line) }
        }
        #expect(DisplayWidth.of(line) == 2_000 * 22)
        // 800k characters; generous so a loaded CI machine passes, tight enough to catch a regression
        // to per-character string allocation.
        #expect(elapsed < .seconds(5))
    }
}
