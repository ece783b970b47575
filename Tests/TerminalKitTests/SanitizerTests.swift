import Testing
@testable import TerminalKit

@Suite struct SanitizerTests {
    @Test func plainTextIsUntouched() {
        #expect(Sanitizer.sanitize("王家村 Household 3 ✓") == "王家村 Household 3 ✓")
        #expect(Sanitizer.isSafe("José"))
    }

    @Test func escapeSequencesBecomeVisible() {
        #expect(Sanitizer.sanitize("刘\u{1B}[2J强") == "刘␛[2J强")
        #expect(Sanitizer.sanitize("\u{1B}]0;title\u{07}") == "␛]0;title␇")
    }

    @Test func everyControlIsReplaced() {
        for value in Array(UInt32(0)...0x1F) + [0x7F] + Array(UInt32(0x80)...0x9F) {
            let text = "a" + String(Character(Unicode.Scalar(value)!)) + "b"
            let clean = Sanitizer.sanitize(text)
            #expect(Sanitizer.isSafe(clean))
            #expect(clean.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func newlinesAndTabsArePlaceholders() {
        #expect(Sanitizer.sanitize("a\tb\nc\r") == "a␉b␊c␍")
    }
}
