import Testing
import TerminalKit
@testable import VillageBoardUI
import VillageBoardText

/// A theme file's problems are told in the user's language: under Chinese no English word is left but the file's
/// own names (keys, colour names, the theme names on offer).
@Suite struct ThemeProblemWordsTests {
    static let problems: [ThemeProblem] = [
        .sectionNotClosed, .unknownSection("x"), .notKeyValue, .beforeAnySection, .missingKey, .missingValue,
        .setTwice(firstLine: 3), .glyphsValue, .unknownThemeSetting, .unusedStyle(nearest: nil), .unusedStyle(nearest: "chart.tile"),
        .onTwice, .unknownColour("gren"), .twoBackgrounds, .twoForegrounds, .onWithoutBackground, .colourInMonochrome,
        .badStyleName, .inheritanceLoop(["a", "b", "a"]), .inheritsTooDeep, .noSuchTheme(available: ["default"], userFolder: nil),
        .noSuchTheme(available: ["default"], userFolder: "/home/x/.config/village-board/themes"), .unreadable, .notUTF8,
    ]

    /// Words a theme file itself uses, and so may appear in the Chinese sentence.
    static let fileWords: Set<String> = [
        "theme", "styles", "monochrome", "name", "inherit", "description", "glyphs", "unicode", "ascii", "default", "black",
        "red", "green", "yellow", "blue", "magenta", "cyan", "white", "bright", "rrggbb", "bold", "dim", "italic",
        "underline", "reverse", "blink", "standout", "none", "gren", "chart", "tile", "themes", "README", "home", "config",
        "village", "board", "UTF",
    ]

    @Test func everyProblemIsSaidInChineseWithoutEnglish() {
        let text = Catalog(.zh)
        for problem in Self.problems {
            let said = text.describe(ThemeError(file: "my.theme", line: 4, key: "status.cleared", problem: problem))
            #expect(said.hasPrefix("配色文件 my.theme:4 status.cleared："), "\(said)")
            let english = said.split { !($0.isASCII && $0.isLetter) }.map(String.init)
                .filter { $0.count >= 3 && !Self.fileWords.contains($0) && !["my", "status", "cleared"].contains($0) }
            #expect(english.isEmpty, "\(problem): \(said)")
            #expect(!Catalog(.en).describe(problem).isEmpty)
        }
    }
}
