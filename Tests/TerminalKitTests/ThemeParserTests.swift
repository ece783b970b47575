import Foundation
import Testing
@testable import TerminalKit

@Suite struct ThemeParserTests {
    private func parse(_ text: String) throws(ThemeError) -> ThemeDocument {
        try ThemeParser.parse(text, file: "test.theme")
    }

    private func error(_ text: String) -> ThemeError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsSectionsStylesAndComments() throws {
        let document = try parse("""
            # a comment
            ; another
            [theme]
            inherit = light   # trailing comment
            glyphs = ASCII
            description = Test theme

            [styles]
            normal = default on default
            status.unresolved = bright-red on #202020, bold, underline
            focus = black on 39 bold
            muted = dim
            map.village-1 = on blue

            [monochrome]
            focus = reverse
            """)
        #expect(document.inherit == "light")
        #expect(document.glyphs == "ascii")
        #expect(document.description == "Test theme")
        #expect(document.styles["status.unresolved"] == TextStyle(
            foreground: .ansi(9), background: .rgb(0x20, 0x20, 0x20), attributes: [.bold, .underline]))
        #expect(document.styles["focus"] == TextStyle(foreground: .ansi(0), background: .indexed(39), attributes: .bold))
        #expect(document.styles["muted"] == TextStyle(attributes: .dim))
        #expect(document.styles["map.village-1"] == TextStyle(background: .ansi(4)))
        #expect(document.styles["normal"] == TextStyle(foreground: .default, background: .default))
        #expect(document.monochrome["focus"] == .reverse)
    }

    @Test func colourNames() {
        #expect(Color(name: "grey") == .ansi(8))
        #expect(Color(name: "BrightWhite") == .ansi(15))
        #expect(Color(name: "bright-cyan") == .ansi(14))
        #expect(Color(name: "255") == .indexed(255))
        #expect(Color(name: "256") == nil)
        #expect(Color(name: "#FF8800") == .rgb(255, 136, 0))
        #expect(Color(name: "#ff88") == nil)
        #expect(Color(name: "teal") == nil)
        #expect(Color.rgb(1, 2, 255).description == "#0102ff")
        #expect(Color.ansi(9).description == "bright-red")
    }

    @Test func errorsNameFileLineAndKey() {
        let problem = error("""
            [styles]
            normal = default

            status.cleared = gren on black
            """)
        #expect(problem?.file == "test.theme")
        #expect(problem?.line == 4)
        #expect(problem?.key == "status.cleared")
        #expect(problem?.message.contains("'gren'") == true)
        #expect(problem?.description.hasPrefix("test.theme:4: status.cleared: unknown colour") == true)
    }

    @Test(arguments: [
        ("normal = red", 1, "comes before any [section]"),
        ("[styles]\nnormal red", 2, "expected 'key = value'"),
        ("[colours]", 1, "unknown section"),
        ("[styles\n", 1, "must end with ']'"),
        ("[styles]\nnormal =", 2, "has no value"),
        ("[styles]\n= red", 2, "key before '=' is missing"),
        ("[styles]\nnormal = red\nnormal = blue", 3, "set twice (first on line 2)"),
        ("[styles]\nnormal = red blue", 2, "two foreground colours"),
        ("[styles]\nnormal = red on", 2, "'on' must be followed"),
        ("[styles]\nnormal = red on blue on green", 2, "'on' appears twice"),
        ("[styles]\nNormal = red", 2, "style names use"),
        ("[styles]\nfocus+selection = red", 2, "style names use"),
        ("[monochrome]\nfocus = red", 2, "only attributes"),
        ("[theme]\ncolour = red", 2, "unknown setting"),
        ("[theme]\nglyphs = emoji", 2, "'unicode' or 'ascii'"),
    ])
    func brokenLinesAreReported(_ sample: (String, Int, String)) {
        let problem = error(sample.0)
        #expect(problem?.line == sample.1)
        #expect(problem?.message.contains(sample.2) == true, "\(String(describing: problem))")
    }

    @Test func hashFollowedByHexIsAColourNotAComment() {
        #expect(ThemeParser.stripComment("normal = #ffffff on #000000 # note").trimmingCharacters(in: .whitespacesAndNewlines) == "normal = #ffffff on #000000")
        #expect(ThemeParser.stripComment("   # whole line") == "")
        #expect(ThemeParser.stripComment("a = red #").trimmingCharacters(in: .whitespacesAndNewlines) == "a = red")
    }
}

/// A style name no screen asks for (a typo, most often) is told with its line, and the theme still loads.
@Suite struct ThemeStyleNameWarningTests {
    @Test func aMisspeltStyleNameIsWarnedWithItsLineAndAGuess() throws {
        let document = try ThemeParser.parse("""
            [styles]
            status.cleared = green
            status.unresloved = red
            [monochrome]
            selction = reverse
            """, file: "mine.theme")
        #expect(document.styles[StyleName("status.cleared")] != nil)
        let warnings = document.warnings.map(\.description)
        #expect(warnings.count == 2)
        #expect(warnings.first?.hasPrefix("mine.theme:3: status.unresloved: no screen uses this style") == true)
        #expect(warnings.first?.contains("did you mean status.unresolved?") == true)
        #expect(warnings.last?.hasPrefix("mine.theme:5: selction:") == true)
        #expect(warnings.last?.contains("did you mean selection?") == true)
    }

    @Test func parentsOfUsedNamesAreNotWarned() throws {
        let document = try ThemeParser.parse("[styles]\nstatus = red\nmap = blue\nhint = bold\n", file: "t.theme")
        #expect(document.warnings.isEmpty)
    }

    @Test(arguments: ThemeLoader.builtinNames)
    func builtinThemesHaveNoWarnings(_ name: String) throws {
        #expect(try ThemeLoader(userDirectory: nil).load(name).warnings.isEmpty)
    }

    @Test func theLoaderCarriesTheWarningOutWithTheTheme() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/vb-theme-warn-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/typo.theme"
        try "[theme]\ninherit = light\n[styles]\nheadr = bold\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (theme, warning) = ThemeLoader(userDirectory: nil).loadOrDefault(path)
        #expect(theme.name == "typo")
        #expect(warning?.description.hasPrefix(path + ":4: headr:") == true)
    }
}
