import CNcursesw
import Testing
@testable import TerminalKit

@Suite struct KeyTests {
    static let keys: [Key] = [
        .char("a"), .char("中"), .char(" "), .char("/"), .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
        .enter, .escape, .tab, .backTab, .backspace, .delete, .insert, .function(1), .function(12), .ctrl("s"),
        .ctrl("@"), .alt("x"), .alt("X"), .alt(" "), .resize, .signal(.interrupt), .signal(.hangup),
    ]

    @Test(arguments: keys)
    func spellingRoundTrips(_ key: Key) {
        #expect(Key(spelling: key.spelling) == key, "\(key.spelling)")
    }

    @Test func stableSpellings() {
        #expect(Key.ctrl("s").spelling == "C-s")
        #expect(Key.alt("x").spelling == "M-x")
        #expect(Key.function(5).spelling == "F5")
        #expect(Key.pageDown.spelling == "PgDn")
        #expect(Key.backTab.spelling == "S-Tab")
        #expect(Key.char(" ").spelling == "Space")
        #expect(Key.mouse(MouseEvent(x: 1, y: 2, button: .left)).spelling == "Mouse-left")
    }

    @Test func aliasesParse() {
        #expect(Key(spelling: "Ctrl-S") == .ctrl("s"))
        #expect(Key(spelling: "^X") == .ctrl("x"))
        #expect(Key(spelling: "^I") == .tab)
        #expect(Key(spelling: "Alt-q") == .alt("q"))
        #expect(Key(spelling: "return") == .enter)
        #expect(Key(spelling: "PageDown") == .pageDown)
        #expect(Key(spelling: "f10") == .function(10))
        #expect(Key(spelling: "Escape") == .escape)
        #expect(Key(spelling: "Shift-Tab") == .backTab)
    }

    @Test func unknownSpellingsAreRejected() {
        for bad in ["", "Foo", "C-", "C-ab", "F0", "F99", "M-", "Ctrl-é"] {
            #expect(Key(spelling: bad) == nil, "\(bad)")
        }
    }

    @Test func controlBytesDecode() {
        #expect(KeyDecoder.decodeCharacter(9) == .tab)
        #expect(KeyDecoder.decodeCharacter(13) == .enter)
        #expect(KeyDecoder.decodeCharacter(10) == .enter)
        #expect(KeyDecoder.decodeCharacter(27) == .escape)
        #expect(KeyDecoder.decodeCharacter(127) == .backspace)
        #expect(KeyDecoder.decodeCharacter(8) == .backspace)
        #expect(KeyDecoder.decodeCharacter(19) == .ctrl("s"))
        #expect(KeyDecoder.decodeCharacter(1) == .ctrl("a"))
        #expect(KeyDecoder.decodeCharacter(0) == .ctrl("@"))
        #expect(KeyDecoder.decodeCharacter(31) == .ctrl("_"))
        #expect(KeyDecoder.decodeCharacter(0x4E2D) == .char("中"))
        #expect(KeyDecoder.decodeCharacter(0xD800) == nil)
    }

    @Test func namedKeysDecode() {
        #expect(KeyDecoder.decodeKey(Int32(VB_KEY_UP)) == .up)
        #expect(KeyDecoder.decodeKey(Int32(VB_KEY_PAGE_DOWN)) == .pageDown)
        #expect(KeyDecoder.decodeKey(Int32(VB_KEY_BACK_TAB)) == .backTab)
        #expect(KeyDecoder.decodeKey(Int32(VB_KEY_FUNCTION_BASE) + 5) == .function(5))
        #expect(KeyDecoder.decodeKey(Int32(VB_KEY_RESIZE)) == .resize)
        #expect(KeyDecoder.decodeKey(Int32(VB_KEY_UNKNOWN)) == nil)
        #expect(KeyDecoder.decodeMouseButton(Int32(VB_MOUSE_WHEEL_DOWN)) == .wheelDown)
    }

    @Test func signalsHaveConventionalExitStatuses() {
        #expect(TerminalSignal.interrupt.exitStatus == 130)
        #expect(TerminalSignal.terminate.exitStatus == 143)
        #expect(TerminalSignal.hangup.exitStatus == 129)
        #expect(TerminalSignal(number: 15) == .terminate)
        #expect(TerminalSignal(number: 9) == nil)
    }
}
