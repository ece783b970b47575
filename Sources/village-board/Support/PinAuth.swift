#if canImport(Glibc)
import Glibc
#endif
import Foundation
import VillageBoardCore
import VillageBoardStore

/// Who is running a command that changes data: `--as USER` and a PIN from `--pin`, else `$VILLAGE_BOARD_PIN`, else typed
/// at the terminal (not echoed). Checked exactly as the login screen checks it (`Login`): wrong PINs count on this laptop
/// and make the next try wait.
enum PinAuth {
    /// The PIN given on the command line or in the environment, or typed at a terminal; nil when none can be had.
    static func pin(option: String?, prompt: String) -> String? {
        if let option { return option }
        if let env = ProcessInfo.processInfo.environment["VILLAGE_BOARD_PIN"], !env.isEmpty { return env }
        return readHidden(prompt)
    }

    /// Reads a line from the terminal with echo off; nil without a terminal.
    static func readHidden(_ prompt: String) -> String? {
        guard isatty(0) == 1 else { return nil }
        ProgressLine.pause()
        defer { ProgressLine.resume() }
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        let haveTerminal = tcgetattr(0, &saved) == 0
        if haveTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            _ = tcsetattr(0, TCSAFLUSH, &quiet)
        }
        defer {
            if haveTerminal { _ = tcsetattr(0, TCSAFLUSH, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }

    /// The user `id`, after checking their PIN; a failure names what went wrong (and how long to wait).
    static func authenticate(_ id: String, pin option: String?, store: Store, locations: Locations) throws -> User {
        let userID = UserID(id)
        guard store.board.user(userID) != nil else {
            let known = store.board.users.keys.sorted().prefix(8).map(\.raw).joined(separator: ", ")
            throw CommandFailure("no active user '\(id)' in this store (users include: \(known))")
        }
        guard let pin = pin(option: option, prompt: "PIN for \(id): ") else {
            throw CommandFailure("a PIN is needed for \(id): give --pin, set $VILLAGE_BOARD_PIN, or run at a terminal")
        }
        let login = Login(configFolder: locations.configFolder)
        switch login.attempt(userID, pin: pin, board: store.board, now: Clock.now()) {
        case .success(let user): return user
        case .unknownUser: throw CommandFailure("no user '\(id)' in this store")
        case .disabled: throw CommandFailure("the account '\(id)' is disabled")
        case .noPin: throw CommandFailure("'\(id)' has no PIN yet; an admin sets one with `village-board user passwd \(id)`")
        case .wrongPin(let wait): throw CommandFailure("wrong PIN for '\(id)'; the next try must wait \(wait) s")
        case .mustWait(let seconds): throw CommandFailure("too many wrong PINs for '\(id)'; try again in \(seconds) s")
        }
    }
}
