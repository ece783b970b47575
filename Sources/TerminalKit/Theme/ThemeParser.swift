import Foundation

/// Reads the theme file format described in themes/README.md.
///
/// ```
/// # comment
/// [theme]
/// inherit = light
/// [styles]
/// status.unresolved = bright-red on default, bold
/// [monochrome]
/// status.unresolved = bold, underline
/// ```
enum ThemeParser {
    private enum Section: String {
        case theme, styles, monochrome
    }

    static func parse(_ text: String, file: String) throws(ThemeError) -> ThemeDocument {
        var document = ThemeDocument()
        var section: Section?
        var seen: [String: Int] = [:]
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = stripComment(String(rawLine)).trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            func failure(_ key: String?, _ problem: ThemeProblem) -> ThemeError {
                ThemeError(file: file, line: lineNumber, key: key, problem: problem)
            }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { throw failure(nil, .sectionNotClosed) }
                let name = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                guard let found = Section(rawValue: name) else {
                    throw failure(nil, .unknownSection(name))
                }
                section = found
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw failure(nil, .notKeyValue)
            }
            let key = String(line[..<equals]).trimmingCharacters(in: .whitespacesAndNewlines)
            let value = String(line[line.index(after: equals)...]).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let section else { throw failure(key, .beforeAnySection) }
            guard !key.isEmpty else { throw failure(nil, .missingKey) }
            guard !value.isEmpty else { throw failure(key, .missingValue) }
            let qualified = section.rawValue + "/" + key
            if let first = seen[qualified] {
                throw failure(key, .setTwice(firstLine: first))
            }
            seen[qualified] = lineNumber
            switch section {
            case .theme:
                switch key {
                case "name": document.name = value
                case "inherit": document.inherit = value
                case "description": document.description = value
                case "glyphs":
                    guard GlyphSet.named(value) != nil else { throw failure(key, .glyphsValue) }
                    document.glyphs = value.lowercased()
                default:
                    throw failure(key, .unknownThemeSetting)
                }
            case .styles:
                try checkStyleKey(key, failure: failure)
                if let hint = unusedStyleHint(key) { document.warnings.append(failure(key, hint)) }
                switch parseStyle(value) {
                case .success(let style): document.styles[StyleName(key)] = style
                case .failure(let problem): throw failure(key, problem)
                }
            case .monochrome:
                try checkStyleKey(key, failure: failure)
                if let hint = unusedStyleHint(key) { document.warnings.append(failure(key, hint)) }
                switch parseStyle(value) {
                case .success(let style) where style.foreground == nil && style.background == nil:
                    document.monochrome[StyleName(key)] = style.attributes
                case .success:
                    throw failure(key, .colourInMonochrome)
                case .failure(let problem): throw failure(key, problem)
                }
            }
        }
        return document
    }

    /// Reads "[FOREGROUND] [on BACKGROUND] [, attribute]…" (commas optional).
    static func parseStyle(_ value: String) -> Result<TextStyle, ThemeProblem> {
        var style = TextStyle()
        var onBackground = false
        let tokens = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        for token in tokens {
            let lower = token.lowercased()
            if lower == "on" {
                if onBackground { return .failure(.onTwice) }
                onBackground = true
                continue
            }
            if lower == "none" || lower == "plain" { continue }
            if let attribute = TextAttributes(name: lower) {
                style.attributes.insert(attribute)
                continue
            }
            guard let color = Color(name: lower) else {
                return .failure(.unknownColour(token))
            }
            if onBackground {
                if style.background != nil { return .failure(.twoBackgrounds) }
                style.background = color
            } else {
                if style.foreground != nil { return .failure(.twoForegrounds) }
                style.foreground = color
            }
        }
        if onBackground && style.background == nil {
            return .failure(.onWithoutBackground)
        }
        return .success(style)
    }

    private static func checkStyleKey(_ key: String, failure: (String?, ThemeProblem) -> ThemeError) throws(ThemeError) {
        let allowed = key.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || scalar == "_"
        }
        guard allowed, !key.hasPrefix("."), !key.hasSuffix("."), !key.contains("..") else {
            throw failure(key, .badStyleName)
        }
    }

    /// Why a style key would change nothing, or nil when screens ask for it: they ask only for the well-known names,
    /// falling back through each name's parents, so a key counts when it is one of those names or a parent of one.
    static func unusedStyleHint(_ key: String) -> ThemeProblem? {
        let name = StyleName(key)
        let used = StyleName.wellKnown.contains { known in
            var candidate: StyleName? = known
            while let c = candidate {
                if c == name { return true }
                candidate = c.parent
            }
            return false
        }
        if used { return nil }
        let nearest = StyleName.wellKnown.min { NearestName.distance($0.rawValue, key) < NearestName.distance($1.rawValue, key) }
        return .unusedStyle(nearest: nearest?.rawValue)
    }

    /// Drops a comment: a line starting with '#' or ';', or " # " after a value. A '#' directly
    /// followed by a digit or letter is a colour (#ff8800), not a comment.
    static func stripComment(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { return "" }
        var previous: Character = " "
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            if character == "#" && (previous == " " || previous == "\t")
                && (next == line.endIndex || line[next] == " " || line[next] == "\t") {
                return String(line[..<index])
            }
            previous = character
            index = next
        }
        return line
    }
}
