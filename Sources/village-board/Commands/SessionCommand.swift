import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore

/// `village-board unlock --as USER`: checks the PIN once, so that this user's next commands on this laptop and store
/// need none until 15 minutes pass without one (docs/STORE.md, "Unlocked sessions").
struct UnlockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlock",
        abstract: "Check your PIN once; your next commands on this store need none for 15 idle minutes.",
        discussion: "Ends with `village-board lock`, after 15 minutes without a command, or at logout.")

    @OptionGroup var options: StoreOptions
    @Option(name: .customLong("as"), help: "Your user id.") var user: String
    @Option(help: "Your PIN (else $VILLAGE_BOARD_PIN, else asked for at a terminal).") var pin: String?

    func run() throws {
        try reporting {
            let store = try options.open(readOnly: true)
            defer { store.close() }
            let locations = options.locations
            // Always the PIN here: an unlock never renews itself from an existing session.
            guard let typed = PinAuth.pin(option: pin, prompt: "PIN for \(user): ") else {
                throw CommandFailure("a PIN is needed for \(user): give --pin, set $VILLAGE_BOARD_PIN, or run at a terminal")
            }
            let who = try PinAuth.authenticate(user, pin: typed, store: store, locations: locations)
            guard let signer = store.signer else {
                throw CommandFailure("'\(user)' has no signing key yet: set the PIN again (`village-board user passwd \(user)`)")
            }
            do {
                try UnlockedSession.start(signer, storePath: store.path, device: store.device, locations: locations,
                                          now: Clock.now())
            } catch {
                throw CommandFailure("\(error)")
            }
            print("unlocked \(who.id) on \(store.path) until 15 minutes without a command (village-board lock ends it)")
        }
    }
}

/// `village-board lock [--as USER]`: ends the unlocked sessions on this laptop and store.
struct LockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lock", abstract: "End the unlocked session (yours with --as, else everyone's) on this store.")

    @OptionGroup var options: StoreOptions
    @Option(name: .customLong("as"), help: "Whose session to end (default: every user's on this store).") var user: String?

    func run() throws {
        try reporting {
            let device: DeviceID
            do { device = try options.locations.device() } catch { throw CommandFailure("\(error)") }
            let ended = UnlockedSession.end(user.map(UserID.init), storePath: options.path, device: device,
                                            locations: options.locations)
            print(ended == 0 ? "no unlocked session on \(options.path)" : "locked (\(ended) session\(ended == 1 ? "" : "s") ended)")
        }
    }
}
