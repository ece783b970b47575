import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// The `village-board` command: opens the battle chart, or runs one of its subcommands.
@main
struct VillageBoard: ParsableCommand {
    // Computed, so `--help` speaks the language chosen before parsing (`--lang`, else the locale).
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "village-board",
        abstract: HelpText.text("findings.help.root.abstract"),
        discussion: HelpText.text("findings.help.root.discussion"),
        version: VillageBoardVersion.text,
        subcommands: [OpenCommand.self, InitCommand.self, ReportCommand.self, RadarCommand.self, RecheckCommand.self, CheckCommand.self, TaskCommand.self, EvidenceCommand.self, HouseholdCommand.self, StandardCommand.self, GenerateCommand.self,
                      UserCommand.self,
                      CompactCommand.self, RepairCommand.self, TerminalProbeCommand.self, CrashProbeCommand.self,
                      SyncCommand.self,
                      BundleCommand.self,
                      ConflictsCommand.self,
                      ImportCommand.self,
                      ExportCommand.self,
                      PrintCommand.self,
                      UnlockCommand.self, LockCommand.self],
        defaultSubcommand: OpenCommand.self
    ) }

    /// Answers a mistyped command in the user's language with "did you mean", then runs as the parser would.
    static func main() {
        let commands = configuration.subcommands.map { $0._commandName }
        if let message = CommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst()), commands: commands,
                                                   environment: ProcessInfo.processInfo.environment) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        // As `main(nil)` does, but the parser's own messages are said in the user's language (`ParserMessage`).
        do {
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                // Help (and the version, which no form matches) to standard output.
                if !message.isEmpty { print(ParserMessage.worded(message, in: HelpText.language)) }
            } else if !message.isEmpty {
                FileHandle.standardError.write(Data((ParserMessage.worded(message, in: HelpText.language) + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}

