import VillageBoardText

/// swift-argument-parser's own error messages ("Unknown option '--x'", "Missing value for '--as <as>'", its usage
/// line) in the user's language (issue 15): the parser words them in English and keeps its error types internal, so
/// its text is read back line by line and each form it writes is said again through the catalogue. A line of a form
/// not known here is kept as the parser wrote it.
enum ParserMessage {
    /// Each known form: its pattern (capturing the names it quotes) and the catalogue key that says it (made when
    /// asked: a regex is not Sendable, and this runs once, for one message).
    private static var forms: [(Regex<AnyRegexOutput>, TextKey)] { [
        (Regex(#/^Error: Unknown option '([^']*)'\. Did you mean '([^']*)'\?$/#), "cli.parser.unknownOptionNear"),
        (Regex(#/^Error: Unknown option '([^']*)'$/#), "cli.parser.unknownOption"),
        (Regex(#/^Error: Unexpected argument '([^']*)'$/#), "cli.parser.unexpectedArgument"),
        (Regex(#/^Error: (\d+) unexpected arguments: (.*)$/#), "cli.parser.unexpectedArguments"),
        (Regex(#/^Error: Missing value for '([^']*)'$/#), "cli.parser.missingValue"),
        (Regex(#/^Error: Missing expected argument '([^']*)'$/#), "cli.parser.missingArgument"),
        (Regex(#/^Error: The value '([^']*)' is invalid for '([^']*)'(?:: .*)?$/#), "cli.parser.invalidValue"),
        (Regex(#/^Error: Missing one of: (.*)$/#), "cli.parser.missingOneOf"),
        (Regex(#/^Usage: (.*)$/#), "cli.parser.usage"),
        (Regex(#/^  See '(.*) --help' for more information\.$/#), "cli.parser.seeHelp"),
        // The frame of `--help`.
        (Regex(#/^OVERVIEW: (.*)$/#), "cli.help.overview"),
        (Regex(#/^USAGE: (.*)$/#), "cli.help.usage"),
        (Regex(#/^ARGUMENTS:$/#), "cli.help.arguments"),
        (Regex(#/^OPTIONS:$/#), "cli.help.options"),
        (Regex(#/^SUBCOMMANDS:$/#), "cli.help.subcommands"),
        (Regex(#/^  See '(.*) help <subcommand>' for detailed help\.$/#), "cli.help.seeSubcommand"),
    ] }

    /// Phrases the parser writes inside a help line (aligned by its own spaces, so only the phrase is replaced).
    private static var phrases: [(Regex<AnyRegexOutput>, TextKey)] { [
        (Regex(#/Show the version\./#), "cli.help.showVersion"),
        (Regex(#/Show help information\./#), "cli.help.showHelp"),
        (Regex(#/\(values: ([^)]*)\)/#.dotMatchesNewlines()), "cli.help.values"),
        (Regex(#/\(default: ([^)]*)\)/#), "cli.help.default"),
    ] }

    /// `message` (the parser's, one or more lines) with every line of a known form worded in `language`.
    static func worded(_ message: String, in language: Language) -> String {
        let text = Catalog(language)
        // A phrase may be wrapped over two lines ("(values: a, b,\n   c)"): replaced in the whole message first.
        var message = message
        for (pattern, key) in phrases {
            message.replace(pattern) { match in
                text(key, arguments: match.output.dropFirst().map { $0.substring.map(String.init) ?? "" })
            }
        }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { piece in
            let line = String(piece)
            for (pattern, key) in forms {
                guard let match = line.wholeMatch(of: pattern) else { continue }
                let captures = match.output.dropFirst().map { $0.substring.map(String.init) ?? "" }
                return text(key, arguments: captures)
            }
            return line
        }.joined(separator: "\n")
    }
}
