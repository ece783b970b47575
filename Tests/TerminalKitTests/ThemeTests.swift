import Foundation
import Testing
@testable import TerminalKit

@Suite struct ThemeTests {
    let loader = ThemeLoader(userDirectory: nil)

    @Test(arguments: ThemeLoader.builtinNames)
    func builtinThemesLoad(_ name: String) throws {
        let theme = try loader.load(name)
        #expect(theme.name == name)
        #expect(theme.source == "built-in:" + name)
    }

    @Test func requiredBuiltinsExist() {
        for name in ["default", "light", "high-contrast", "tty", "monochrome", "wall-chart"] {
            #expect(ThemeLoader.builtinNames.contains(name))
        }
    }

    @Test func defaultThemeDefinesEveryWellKnownStyleInBothSections() {
        let theme = Theme.builtinDefault
        for name in StyleName.wellKnown {
            #expect(theme.styles[name] != nil, "\(name) missing from [styles]")
            #expect(theme.monochrome[name] != nil, "\(name) missing from [monochrome]")
        }
    }

    @Test func monochromeThemeHasNoColourAnywhere() throws {
        let theme = try loader.load("monochrome")
        for name in Theme.builtinDefault.definedNames {
            let resolved = theme.resolve(name, depth: .trueColor)
            #expect(resolved.foreground == .default && resolved.background == .default, "\(name)")
        }
    }

    @Test(arguments: ThemeLoader.builtinNames)
    func focusAndSelectionStayVisibleWithoutColour(_ name: String) throws {
        let theme = try loader.load(name)
        for style in ["focus", "selection", "menu.selected", "hint.key"] as [StyleName] {
            #expect(!theme.resolve(style, depth: .monochrome).attributes.isEmpty, "\(name) \(style)")
        }
    }

    @Test(arguments: ThemeLoader.builtinNames)
    func statusStylesDifferFromEachOther(_ name: String) throws {
        let theme = try loader.load(name)
        for depth in [ColorDepth.colors256, .colors8] {
            let statuses: [StyleName] = ["status.unresolved", "status.pending", "status.cleared"]
            let looks = Set(statuses.map { theme.resolve($0, depth: depth) })
            #expect(looks.count == statuses.count, "\(name) at \(depth)")
        }
    }

    @Test func ttyThemeUsesOnlyEightColoursAndASCII() throws {
        let theme = try loader.load("tty")
        #expect(theme.glyphPreference == "ascii")
        for name in theme.definedNames {
            let style = theme.style(for: name)
            for color in [style.foreground, style.background].compactMap({ $0 }) {
                if case .ansi(let index) = color { #expect(index < 8, "\(name)") } else { #expect(color == .default, "\(name)") }
            }
        }
    }

    @Test func inheritanceAndKeyByKeyFallback() throws {
        let wallChart = try loader.load("wall-chart")
        let light = try loader.load("light")
        // Set in wall-chart itself.
        #expect(wallChart.style(for: "status.cleared").background == .rgb(0x2E, 0x7D, 0x32))
        // Not in wall-chart: inherited from light.
        #expect(wallChart.style(for: "input") == light.style(for: "input"))
        // In neither: the default theme.
        let defaultTheme = Theme.builtinDefault
        #expect(light.style(for: "map") == defaultTheme.style(for: "map"))
    }

    @Test func dottedNamesFallBackToTheirParents() {
        let theme = Theme.builtinDefault
        #expect(theme.style(for: "map.unresolved.flashing") == theme.style(for: "map.unresolved"))
        #expect(theme.style(for: "no.such.style") == theme.style(for: "normal"))
    }

    @Test func layeredNamesOverlay() {
        let theme = Theme.builtinDefault
        let resolved = theme.resolve("status.unresolved+selection", depth: .trueColor)
        let selection = theme.style(for: "selection")
        #expect(resolved.background == selection.background)
        #expect(resolved.attributes.contains(.bold))
        #expect(StyleName("a+b").layers == ["a", "b"])
        #expect(StyleName("a").layered(with: "b") == "a+b")
    }

    @Test func brokenUserThemeFallsBackToDefaultWithAWarning() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/broken.theme"
        try "[styles]\nnormal = red\nfocus = purple\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (theme, warning) = ThemeLoader(userDirectory: directory).loadOrDefault("broken")
        #expect(theme.name == "default")
        #expect(warning?.file == path)
        #expect(warning?.line == 3)
        #expect(warning?.key == "focus")
    }

    @Test func userThemesShadowBuiltinsByName() throws {
        let directory = try temporaryDirectory()
        try "[styles]\nheader = red\n".write(toFile: directory + "/light.theme", atomically: true, encoding: .utf8)
        let user = ThemeLoader(userDirectory: directory)
        let shadowed = try user.load("light")
        #expect(shadowed.style(for: "header").foreground == .ansi(1))
        #expect(shadowed.source == directory + "/light.theme")
        #expect(user.availableNames().contains("light"))
    }

    @Test func userThemeInheritingItsOwnNameExtendsTheBuiltin() throws {
        let directory = try temporaryDirectory()
        try "[theme]\ninherit = light\n[styles]\nheader = red\n"
            .write(toFile: directory + "/light.theme", atomically: true, encoding: .utf8)
        let theme = try ThemeLoader(userDirectory: directory).load("light")
        #expect(theme.style(for: "header").foreground == .ansi(1))
        #expect(theme.style(for: "focus") == (try loader.load("light")).style(for: "focus"))
    }

    @Test func themesLoadByPath() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/mine.theme"
        try "[theme]\ninherit = tty\n[styles]\nfocus = green\n".write(toFile: path, atomically: true, encoding: .utf8)
        let theme = try loader.load(path)
        #expect(theme.name == "mine")
        #expect(theme.glyphPreference == "ascii")
        #expect(theme.style(for: "focus").foreground == .ansi(2))
    }

    @Test func inheritanceLoopsAreReported() throws {
        let directory = try temporaryDirectory()
        try "[theme]\ninherit = b\n".write(toFile: directory + "/a.theme", atomically: true, encoding: .utf8)
        try "[theme]\ninherit = a\n".write(toFile: directory + "/b.theme", atomically: true, encoding: .utf8)
        #expect(throws: ThemeError.self) { try ThemeLoader(userDirectory: directory).load("a") }
    }

    @Test func unknownThemeListsTheAvailableOnes() {
        do {
            _ = try loader.load("nope")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("wall-chart"))
        }
        #expect(loader.loadOrDefault(nil).warning == nil)
        #expect(loader.loadOrDefault("/no/such/file.theme").warning?.message == "cannot read the file")
    }

    @Test func loaderFindsTheXDGFolder() {
        #expect(ThemeLoader(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).userDirectory
            == "/x/village-board/themes")
        #expect(ThemeLoader(environment: ["HOME": "/h"]).userDirectory == "/h/.config/village-board/themes")
        #expect(ThemeLoader(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]).userDirectory
            == "/h/.config/village-board/themes")
        #expect(ThemeLoader(environment: [:]).userDirectory == nil)
    }

    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "vb-theme-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
