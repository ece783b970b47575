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
            func failure(_ key: String?, _ message: String) -> ThemeError {
                ThemeError(file: file, line: lineNumber, key: key, message: message)
            }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { throw failure(nil, "a section header must end with ']'") }
                let name = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                guard let found = Section(rawValue: name) else {
                    throw failure(nil, "unknown section [\(name)]; expected [theme], [styles] or [monochrome]")
                }
                section = found
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw failure(nil, "expected 'key = value'")
            }
            let key = String(line[..<equals]).trimmingCharacters(in: .whitespacesAndNewlines)
            let value = String(line[line.index(after: equals)...]).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let section else { throw failure(key, "comes before any [section]") }
            guard !key.isEmpty else { throw failure(nil, "the key before '=' is missing") }
            guard !value.isEmpty else { throw failure(key, "has no value after '='") }
            let qualified = section.rawValue + "/" + key
            if let first = seen[qualified] {
                throw failure(key, "is set twice (first on line \(first))")
            }
            seen[qualified] = lineNumber
            switch section {
            case .theme:
                switch key {
                case "name": document.name = value
                case "inherit": document.inherit = value
                case "description": document.description = value
                case "glyphs":
                    guard GlyphSet.named(value) != nil else { throw failure(key, "must be 'unicode' or 'ascii'") }
                    document.glyphs = value.lowercased()
                default:
                    throw failure(key, "unknown setting; [theme] knows name, inherit, description and glyphs")
                }
            case .styles:
                try checkStyleKey(key, failure: failure)
                if let hint = unusedStyleHint(key) { document.warnings.append(failure(key, hint)) }
                switch parseStyle(value) {
                case .success(let style): document.styles[StyleName(key)] = style
                case .failure(let problem): throw failure(key, problem.message)
                }
            case .monochrome:
                try checkStyleKey(key, failure: failure)
                if let hint = unusedStyleHint(key) { document.warnings.append(failure(key, hint)) }
                switch parseStyle(value) {
                case .success(let style) where style.foreground == nil && style.background == nil:
                    document.monochrome[StyleName(key)] = style.attributes
                case .success:
                    throw failure(key, "only attributes belong in [monochrome] (it is used when there is no colour)")
                case .failure(let problem): throw failure(key, problem.message)
                }
            }
        }
        return document
    }

    struct Problem: Error {
        var message: String
    }

    /// Reads "[FOREGROUND] [on BACKGROUND] [, attribute]…" (commas optional).
    static func parseStyle(_ value: String) -> Result<TextStyle, Problem> {
        var style = TextStyle()
        var onBackground = false
        let tokens = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        for token in tokens {
            let lower = token.lowercased()
            if lower == "on" {
                if onBackground { return .failure(Problem(message: "'on' appears twice")) }
                onBackground = true
                continue
            }
            if lower == "none" || lower == "plain" { continue }
            if let attribute = TextAttributes(name: lower) {
                style.attributes.insert(attribute)
                continue
            }
            guard let color = Color(name: lower) else {
                return .failure(Problem(message: "unknown colour or attribute '\(token)' (colours: default, black, red, green, "
                    + "yellow, blue, magenta, cyan, white, bright-…, 0–255, #rrggbb; attributes: bold, dim, italic, "
                    + "underline, reverse, blink, standout, none)"))
            }
            if onBackground {
                if style.background != nil { return .failure(Problem(message: "two background colours")) }
                style.background = color
            } else {
                if style.foreground != nil { return .failure(Problem(message: "two foreground colours (write 'FG on BG')")) }
                style.foreground = color
            }
        }
        if onBackground && style.background == nil {
            return .failure(Problem(message: "'on' must be followed by a background colour"))
        }
        return .success(style)
    }

    private static func checkStyleKey(_ key: String, failure: (String?, String) -> ThemeError) throws(ThemeError) {
        let allowed = key.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || scalar == "_"
        }
        guard allowed, !key.hasPrefix("."), !key.hasSuffix("."), !key.contains("..") else {
            throw failure(key, "style names use a–z, 0–9, '-', '_' and dots between words")
        }
    }

    /// Why a style key would change nothing, or nil when screens ask for it: they ask only for the well-known names,
    /// falling back through each name's parents, so a key counts when it is one of those names or a parent of one.
    static func unusedStyleHint(_ key: String) -> String? {
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
        let guess = nearest.map { "; did you mean \($0)?" } ?? ""
        return "no screen uses this style, so the line changes nothing\(guess) (names: themes/README.md)"
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
