import Foundation
import TerminalKit
import VillageBoardCore
import VillageBoardText

/// A first word that names no command (`village-board reprot`): said in the user's language, with the commands
/// nearest to it, before the argument parser would answer in English that the default command takes no argument.
enum CommandSuggestion {
    /// The message for `arguments`, or nil when the first word is an option or a command.
    static func message(for arguments: [String], commands: [String], environment: [String: String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first), first != "help" else { return nil }
        let text = Catalog(language(arguments, environment))
        let near = NearestName.suggestions(for: first, among: commands)
        let said = near.isEmpty ? text("cli.unknownCommand", first, commands.joined(separator: ", "))
                                : text("cli.unknownCommand.didYouMean", first, text.suggestions(near))
        return text("cli.error", said).visibleControlsKeepingLines
    }

    /// `--lang zh|en` (or `--lang=…`) anywhere in the arguments, else the locale.
    static func language(_ arguments: [String], _ environment: [String: String]) -> Language {
        for (i, a) in arguments.enumerated() {
            if a == "--lang", i + 1 < arguments.count, let l = Language(rawValue: arguments[i + 1]) { return l }
            if a.hasPrefix("--lang="), let l = Language(rawValue: String(a.dropFirst(7))) { return l }
        }
        return Language.fromEnvironment(environment)
    }
}
