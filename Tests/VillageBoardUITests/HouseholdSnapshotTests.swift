import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// The household screen as text, in Chinese and English, at 80×24 and 120×40: every pane, every form,
/// a monitored household and the read-only help. Review changed snapshots by eye: Chinese columns must line up.
@Suite struct HouseholdSnapshotTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var language: Language
        var size: Size
        var household = HouseholdFixture.zhang
        var readOnly = false
        var keys: [Key] = []
        var text = ""
        /// Keys pressed after the text (e.g. Tab to the next field of a form).
        var after: [Key] = []
        var testDescription: String { name }
    }

    static let small = Size(width: 80, height: 24)
    static let large = Size(width: 120, height: 40)

    static let panes: [(String, [Key])] = [
        ("members", [.backTab]), ("checklist", []), ("income", [.tab]), ("plan", [.tab, .tab]),
        ("tasks", [.tab, .tab, .tab]), ("visits", [.tab, .tab, .tab, .tab]), ("history", [.tab, .tab, .tab, .tab, .tab]),
    ]

    static var cases: [Case] {
        var out: [Case] = []
        for (pane, keys) in panes {
            out.append(Case(name: "\(pane)-zh-80x24", language: .zh, size: small, keys: keys))
            out.append(Case(name: "\(pane)-zh-120x40", language: .zh, size: large, keys: keys))
            out.append(Case(name: "\(pane)-en-80x24", language: .en, size: small, keys: keys))
            if ["checklist", "plan", "history"].contains(pane) {
                out.append(Case(name: "\(pane)-en-120x40", language: .en, size: large, keys: keys))
            }
        }
        for (language, tag) in [(Language.zh, "zh"), (.en, "en")] {
            // The housing item (fifth row) opened in the check form, its note half typed.
            out.append(Case(name: "form-check-\(tag)-80x24", language: language, size: small,
                            keys: [.char("j"), .char("j"), .char("j"), .char("j"), .char("e"), .right, .tab],
                            text: "，经鉴定为C级"))
            out.append(Case(name: "form-income-\(tag)-80x24", language: language, size: small,
                            keys: [.char("i"), .tab, .backspace, .backspace, .backspace, .backspace], text: "3千",
                            after: [.tab]))
            out.append(Case(name: "form-plan-\(tag)-80x24", language: language, size: small,
                            keys: [.char("p"), .tab, .tab, .tab, .tab, .tab, .right, .right, .right, .right, .tab],
                            text: "西墙加固"))
            out.append(Case(name: "form-visit-\(tag)-80x24", language: language, size: small, keys: [.char("v")],
                            text: "西墙裂缝未扩大"))
            out.append(Case(name: "monitored-\(tag)-80x24", language: language, size: small, household: HouseholdFixture.li))
            // Issue 13's visit forms: a visit dated after today (refused as typed), a correction with its reason, a void.
            out.append(Case(name: "form-visit-future-\(tag)-80x24", language: language, size: small,
                            keys: [.char("v"), .backTab] + Array(repeating: .backspace, count: 10), text: "2099-01-01"))
            let visits: [Key] = [.tab, .tab, .tab, .tab]
            out.append(Case(name: "form-correctVisit-\(tag)-80x24", language: language, size: small,
                            keys: visits + [.char("R"), .tab, .tab, .tab], text: "日期录错"))
            out.append(Case(name: "form-voidVisit-\(tag)-80x24", language: language, size: small,
                            keys: visits + [.char("V")], text: "录错户"))
        }
        out.append(Case(name: "form-income-zh-120x40", language: .zh, size: large, keys: [.char("i")]))
        out.append(Case(name: "note-prompt-zh-80x24", language: .zh, size: small, keys: [.char("j"), .char("y")], text: "四季衣被"))
        out.append(Case(name: "readonly-help-zh-80x24", language: .zh, size: small, readOnly: true, keys: [.char("?")]))
        return out
    }

    @Test(arguments: cases) func snapshot(_ c: Case) {
        var fixture = HouseholdFixture()
        var driver = fixture.driver(c.language, size: c.size, household: c.household, readOnly: c.readOnly)
        // Saved as the program saves them (a mark's note is asked for once the mark is saved).
        for key in c.keys { driver.commit(driver.press(key), fixture: &fixture) }
        _ = driver.type(c.text)
        for key in c.after { _ = driver.press(key) }
        let frame = driver.frame(c.size)
        var lines = frame.lines
        if let cursor = frame.cursor { lines.append("── cursor at column \(cursor.x), row \(cursor.y)") }
        HouseholdSnapshot.check(lines, named: c.name)
        // No screen may draw a raw catalogue key.
        #expect(!lines.joined().contains("⟨"), "a catalogue key is missing")
    }
}
