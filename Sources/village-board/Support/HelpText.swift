import Foundation
import VillageBoardText

/// The words of `--help` in the language chosen before parsing (`--lang` anywhere in the arguments, else the locale):
/// swift-argument-parser reads a command's `configuration` when it prints help, so a computed configuration can
/// take its abstract and discussion from the catalogue. Its own frame (USAGE, OPTIONS) stays as the library prints it.
enum HelpText {
    static let language = CommandSuggestion.language(Array(CommandLine.arguments.dropFirst()), ProcessInfo.processInfo.environment)

    static func text(_ key: TextKey) -> String { Catalog(language)(key) }

    static func text(_ key: TextKey, _ args: CustomStringConvertible...) -> String { Catalog(language)(key, arguments: args) }
}
