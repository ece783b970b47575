import TerminalKit
import VillageBoardText

/// A theme file's problem in the user's language: where (file, line, key) as it is, what is wrong in words (told as the
/// chart opens, which then uses the built-in theme).
extension Catalog {
    public func describe(_ error: ThemeError) -> String {
        var place = error.file
        if let line = error.line { place += ":\(line)" }
        if let key = error.key { place += " " + key }
        return self("theme.problemAt", place, describe(error.problem))
    }

    public func describe(_ problem: ThemeProblem) -> String {
        switch problem {
        case .sectionNotClosed: self("theme.sectionNotClosed")
        case .unknownSection(let name): self("theme.unknownSection", name)
        case .notKeyValue: self("theme.notKeyValue")
        case .beforeAnySection: self("theme.beforeAnySection")
        case .missingKey: self("theme.missingKey")
        case .missingValue: self("theme.missingValue")
        case .setTwice(let first): self("theme.setTwice", first)
        case .glyphsValue: self("theme.glyphsValue")
        case .unknownThemeSetting: self("theme.unknownThemeSetting")
        case .unusedStyle(let nearest):
            nearest.map { self("theme.unusedStyleNear", $0) } ?? self("theme.unusedStyle")
        case .onTwice: self("theme.onTwice")
        case .unknownColour(let token): self("theme.unknownColour", token)
        case .twoBackgrounds: self("theme.twoBackgrounds")
        case .twoForegrounds: self("theme.twoForegrounds")
        case .onWithoutBackground: self("theme.onWithoutBackground")
        case .colourInMonochrome: self("theme.colourInMonochrome")
        case .badStyleName: self("theme.badStyleName")
        case .inheritanceLoop(let names): self("theme.inheritanceLoop", names.joined(separator: " → "))
        case .inheritsTooDeep: self("theme.inheritsTooDeep")
        case .noSuchTheme(let available, let folder):
            folder.map { self("theme.noSuchThemeFolder", available.joined(separator: self("hh.listSeparator")), $0) }
                ?? self("theme.noSuchTheme", available.joined(separator: self("hh.listSeparator")))
        case .unreadable: self("theme.unreadable")
        case .notUTF8: self("theme.notUTF8")
        }
    }
}
