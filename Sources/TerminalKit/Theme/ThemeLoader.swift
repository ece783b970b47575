import Foundation

/// Finds themes by name or path: the user's folder first, then the built-in ones.
///
/// User themes live in `$XDG_CONFIG_HOME/village-board/themes/NAME.theme` (or
/// `~/.config/village-board/themes/`) and shadow built-in themes of the same name.
public struct ThemeLoader: Sendable {
    /// The folder of the user's own themes, or nil to use only built-in ones.
    public var userDirectory: String?

    public init(userDirectory: String?) {
        self.userDirectory = userDirectory
    }

    /// Uses XDG_CONFIG_HOME (or HOME/.config) from `environment`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            userDirectory = config + "/village-board/themes"
        } else if let home = environment["HOME"], !home.isEmpty {
            userDirectory = home + "/.config/village-board/themes"
        } else {
            userDirectory = nil
        }
    }

    /// Names of the built-in themes.
    public static var builtinNames: [String] { BuiltinThemes.names }

    /// Every theme name that `load` accepts, sorted.
    public func availableNames() -> [String] {
        var names = Set(BuiltinThemes.names)
        if let userDirectory, let entries = try? FileManager.default.contentsOfDirectory(atPath: userDirectory) {
            for entry in entries where entry.hasSuffix(".theme") {
                names.insert(String(entry.dropLast(".theme".count)))
            }
        }
        return names.sorted()
    }

    /// Loads a theme by name ("light") or by path ("./mine.theme", anything with a '/').
    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        let (source, label) = try locate(nameOrPath)
        var chain: [ThemeDocument] = []
        var visited: [String] = []
        var current = try parse(source, label: label)
        var currentName = current.name ?? Self.stem(of: nameOrPath)
        var currentLabel = label
        visited.append(currentName)
        chain.append(current)
        while let parent = current.inherit {
            guard !visited.contains(parent) || parent == currentName else {
                throw ThemeError(file: currentLabel, key: "inherit", problem: .inheritanceLoop(visited + [parent]))
            }
            // A user theme inheriting its own name extends the built-in one it shadows.
            let (parentSource, parentLabel) = try locate(parent, builtinOnly: parent == currentName)
            current = try parse(parentSource, label: parentLabel)
            currentName = parent
            currentLabel = parentLabel
            visited.append(parent)
            chain.append(current)
            if visited.count > 16 {
                throw ThemeError(file: label, key: "inherit", problem: .inheritsTooDeep)
            }
        }
        var merged = ThemeDocument()
        merged.warnings = chain.flatMap(\.warnings)
        for document in chain.reversed() {
            merged.styles.merge(document.styles) { _, new in new }
            merged.monochrome.merge(document.monochrome) { _, new in new }
            merged.glyphs = document.glyphs ?? merged.glyphs
            merged.description = document.description ?? merged.description
        }
        let name = chain.first?.name ?? Self.stem(of: nameOrPath)
        let fallback = try parse(BuiltinThemes.text(named: "default") ?? "", label: "built-in:default")
        return Theme(name: name, source: label, document: merged, fallback: fallback)
    }

    /// Loads a theme (with the first of its warnings, if any), or the built-in default plus the error, for the
    /// status line.
    public func loadOrDefault(_ nameOrPath: String?) -> (theme: Theme, warning: ThemeError?) {
        guard let nameOrPath, !nameOrPath.isEmpty else { return (Theme.builtinDefault, nil) }
        do {
            let theme = try load(nameOrPath)
            return (theme, theme.warnings.first)
        } catch {
            return (Theme.builtinDefault, error)
        }
    }

    private func parse(_ text: String, label: String) throws(ThemeError) -> ThemeDocument {
        try ThemeParser.parse(text, file: label)
    }

    /// The text of a theme and the label errors should name.
    private func locate(_ nameOrPath: String, builtinOnly: Bool = false) throws(ThemeError) -> (String, String) {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".theme") {
            return (try Self.read(nameOrPath), nameOrPath)
        }
        if !builtinOnly, let userDirectory {
            let path = userDirectory + "/" + nameOrPath + ".theme"
            if FileManager.default.fileExists(atPath: path) { return (try Self.read(path), path) }
        }
        if let text = BuiltinThemes.text(named: nameOrPath) { return (text, "built-in:" + nameOrPath) }
        throw ThemeError(file: nameOrPath, problem: .noSuchTheme(available: availableNames(), userFolder: userDirectory))
    }

    private static func read(_ path: String) throws(ThemeError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(file: path, problem: .unreadable)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: path, problem: .notUTF8)
        }
        return text
    }

    private static func stem(of nameOrPath: String) -> String {
        let last = nameOrPath.split(separator: "/").last.map(String.init) ?? nameOrPath
        return last.hasSuffix(".theme") ? String(last.dropLast(".theme".count)) : last
    }
}
