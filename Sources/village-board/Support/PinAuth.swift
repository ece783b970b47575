#if canImport(Glibc)
import Glibc
#endif
import Foundation
import TerminalKit
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

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

    /// The user `id`, after checking their PIN — or, when no PIN is given and they ran `village-board unlock` on this
    /// laptop and store within the last 15 minutes, from that session; a failure names what went wrong (and how long
    /// to wait). A user with an initial PIN (from an imported roster) is refused until they set their own, unless
    /// `allowInitialPin` (setting their own PIN, or the TUI, which asks for it at once).
    static func authenticate(_ id: String, pin option: String?, store: Store, locations: Locations,
                             allowInitialPin: Bool = false) throws -> User {
        let user = try check(id, pin: option, store: store, locations: locations)
        if user.pin?.mustChange == true && !allowInitialPin { throw CommandFailure("cli.pin.mustChange", id) }
        return user
    }

    private static func check(_ id: String, pin option: String?, store: Store, locations: Locations) throws -> User {
        let userID = UserID(id)
        guard let known = store.board.user(userID) else { throw unknownUser(id, store.board) }
        let pinGiven = option != nil || !(ProcessInfo.processInfo.environment["VILLAGE_BOARD_PIN"] ?? "").isEmpty
        if !pinGiven, !known.disabled,
           let signer = UnlockedSession.resume(known, storePath: store.path, device: store.device, locations: locations,
                                               now: Clock.now()) {
            store.signer = signer
            return known
        }
        guard let pin = pin(option: option, prompt: Catalog(Language.fromEnvironment(ProcessInfo.processInfo.environment))("cli.pin.prompt", id)) else {
            throw CommandFailure("cli.pin.needed", id)
        }
        let login = Login(configFolder: locations.configFolder)
        let (outcome, signer) = login.attemptUnlocking(userID, pin: pin, board: store.board, now: Clock.now())
        switch outcome {
        case .success(let user):
            // What this user saves in this command is signed with their key.
            store.signer = signer
            return user
        case .unknownUser: throw unknownUser(id, store.board)
        case .disabled: throw CommandFailure("cli.pin.disabled", id)
        case .noPin: throw CommandFailure("cli.pin.noPin", id)
        case .wrongPin(let wait): throw CommandFailure("cli.pin.wrong", id, wait)
        case .mustWait(let seconds): throw CommandFailure("cli.pin.mustWait", id, seconds)
        }
    }

    /// No such user: "did you mean" the ids nearest to what was typed, or the ids of users whose name it is.
    static func unknownUser(_ id: String, _ board: Board) -> CommandFailure {
        let users = board.users.values.sorted { $0.id < $1.id }
        let byName = users.filter { $0.name == id || $0.name.contains(id) && !id.isEmpty }.map(\.id.raw)
        let near = byName.isEmpty ? NearestName.suggestions(for: id, among: users.map(\.id.raw)) : Array(byName.prefix(3))
        if near.isEmpty {
            return CommandFailure("cli.pin.noActiveUser", id, users.prefix(8).map(\.id.raw).joined(separator: ", "))
        }
        return CommandFailure(worded: { text in text("cli.noUser.didYouMean", id, text.suggestions(near)) })
    }
}
