import ArgumentParser
import Foundation
import VillageBoardStore
import VillageBoardText

/// A failure to report on stderr with a non-zero exit, without a stack trace, worded in the user's language when shown.
struct CommandFailure: Error {
    /// The message in the language the command speaks (known only when it is shown).
    let message: @Sendable (Catalog) -> String
    var exitCode: Int32 = 1

    /// A message from the catalogue (`cli.*`), its placeholders filled with `args`.
    init(_ key: TextKey, _ args: any CustomStringConvertible & Sendable..., exitCode: Int32 = 1) {
        message = { text in text(key, arguments: args) }
        self.exitCode = exitCode
    }

    /// An error from the store, the files or the board, in words (`Catalog.describe(anyError:)`).
    init(_ error: any Error) {
        message = { text in text.describe(anyError: error) }
    }

    /// An error met while reading `file` (an import's spreadsheet).
    init(in file: String, _ error: any Error) {
        message = { text in text("cli.inFile", file, text.describe(anyError: error)) }
    }

    /// An error that stopped a run of saves part way.
    init(afterSaving saved: Int, _ error: any Error) {
        message = { text in text("cli.savedThen", saved, text.describe(anyError: error)) }
    }

    /// A message whose arguments are words too (a list of suggestions), put together once the language is known.
    init(worded: @escaping @Sendable (Catalog) -> String) { message = worded }

    /// Words kept as they are in every language: only for the test probes, which people never run.
    init(probe: String) { message = { _ in probe } }
}

extension ParsableCommand {
    /// Runs `body`, turning a `CommandFailure` (or a store or file error) into a message on stderr in `language`, and
    /// an exit code.
    func reporting(_ language: Language = Language.fromEnvironment(ProcessInfo.processInfo.environment),
                   _ body: () throws -> Void) throws {
        let text = Catalog(language)
        func report(_ message: String, _ code: Int32) -> ExitCode {
            FileHandle.standardError.write(Data((text("cli.error", message).visibleControlsKeepingLines + "\n").utf8))
            return ExitCode(code)
        }
        do {
            try body()
        } catch let failure as CommandFailure {
            throw report(failure.message(text), failure.exitCode)
        } catch let error as StoreError {
            throw report(text.describe(error), 1)
        } catch let error as FileError {
            throw report(text.describe(error), 1)
        }
    }
}
