/// A problem with a theme file, naming the file, the line and the key, and what was expected.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (or built-in theme name) the problem is in.
    public var file: String
    /// The 1-based line, or nil for problems with the file as a whole.
    public var line: Int?
    /// The key on that line, when the problem is with one entry.
    public var key: String?
    /// What is wrong, as a closed list the program words in the user's language.
    public var problem: ThemeProblem

    public init(file: String, line: Int? = nil, key: String? = nil, problem: ThemeProblem) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
    }

    /// What is wrong, in English (logs, tests, the terminal probe).
    public var message: String { problem.description }

    /// "path/to/x.theme:12: status.cleared: unknown colour or attribute 'gren' …"
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += "\(key): " }
        return text + message
    }
}

/// Everything that can be wrong with a theme file (`ThemeError.problem`).
public enum ThemeProblem: Error, Hashable, Sendable, CustomStringConvertible {
    case sectionNotClosed
    case unknownSection(String)
    case notKeyValue
    case beforeAnySection
    case missingKey
    case missingValue
    case setTwice(firstLine: Int)
    case glyphsValue
    case unknownThemeSetting
    /// A warning: the style is used by no screen; the nearest known name, if any.
    case unusedStyle(nearest: String?)
    case onTwice
    case unknownColour(String)
    case twoBackgrounds
    case twoForegrounds
    case onWithoutBackground
    case colourInMonochrome
    case badStyleName
    case inheritanceLoop([String])
    case inheritsTooDeep
    case noSuchTheme(available: [String], userFolder: String?)
    case unreadable
    case notUTF8

    public var description: String {
        switch self {
        case .sectionNotClosed: "a section header must end with ']'"
        case .unknownSection(let name): "unknown section [\(name)]; expected [theme], [styles] or [monochrome]"
        case .notKeyValue: "expected 'key = value'"
        case .beforeAnySection: "comes before any [section]"
        case .missingKey: "the key before '=' is missing"
        case .missingValue: "has no value after '='"
        case .setTwice(let first): "is set twice (first on line \(first))"
        case .glyphsValue: "must be 'unicode' or 'ascii'"
        case .unknownThemeSetting: "unknown setting; [theme] knows name, inherit, description and glyphs"
        case .unusedStyle(let nearest):
            "no screen uses this style, so the line changes nothing\(nearest.map { "; did you mean \($0)?" } ?? "") (names: themes/README.md)"
        case .onTwice: "'on' appears twice"
        case .unknownColour(let token):
            "unknown colour or attribute '\(token)' (colours: default, black, red, green, yellow, blue, magenta, cyan, white, "
                + "bright-…, 0–255, #rrggbb; attributes: bold, dim, italic, underline, reverse, blink, standout, none)"
        case .twoBackgrounds: "two background colours"
        case .twoForegrounds: "two foreground colours (write 'FG on BG')"
        case .onWithoutBackground: "'on' must be followed by a background colour"
        case .colourInMonochrome: "only attributes belong in [monochrome] (it is used when there is no colour)"
        case .badStyleName: "style names use a–z, 0–9, '-', '_' and dots between words"
        case .inheritanceLoop(let names): "inheritance loops: \(names.joined(separator: " → "))"
        case .inheritsTooDeep: "inherits through more than 16 themes"
        case .noSuchTheme(let available, let folder):
            "no such theme; available: " + available.joined(separator: ", ") + (folder.map { " (user themes go in \($0))" } ?? "")
        case .unreadable: "cannot read the file"
        case .notUTF8: "is not UTF-8 text"
        }
    }
}
