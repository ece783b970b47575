import Foundation
import VillageBoardText

/// The words of `--help` in the language chosen before parsing (`--lang` anywhere in the arguments, else the locale):
/// swift-argument-parser reads a command's `configuration` when it prints help, so a computed configuration can
/// take its abstract and discussion from the catalogue. Its own frame (USAGE, OPTIONS) stays as the library prints it.
enum HelpText {
    static let language = CommandSuggestion.language(Array(CommandLine.arguments.dropFirst()), ProcessInfo.processInfo.environment)

    /// Made once: the parser reads every command's help texts on each run, and making a catalogue merges all its
    /// parts (a `task done` spent half its CPU time, ~50 ms, making one per text).
    static let catalog = Catalog(language)

    static func text(_ key: TextKey) -> String { catalog(key) }

    static func text(_ key: TextKey, _ args: CustomStringConvertible...) -> String { catalog(key, arguments: args) }
}
