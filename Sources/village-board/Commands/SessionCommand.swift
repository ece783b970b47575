import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board unlock --as USER`: checks the PIN once, so that this user's next commands on this laptop and store
/// need none until 15 minutes pass without one (docs/STORE.md, "Unlocked sessions").
struct UnlockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlock",
        abstract: HelpText.text("help.session.1"),
        discussion: HelpText.text("help.left.5"))

    @OptionGroup var acting: ActingUser

    func run() throws {
        let (options, user, pin) = (acting.options, acting.user, acting.pin)
        try reporting(options.language) {
            let store = try options.open(readOnly: true)
            defer { store.close() }
            let locations = options.locations
            // Always the PIN here: an unlock never renews itself from an existing session.
            let text = Catalog(options.language)
            guard let typed = PinAuth.pin(option: pin, prompt: text("cli.pin.prompt", user)) else {
                throw CommandFailure("cli.pin.needed", user)
            }
            let who = try PinAuth.authenticate(user, pin: typed, store: store, locations: locations)
            guard let signer = store.signer else {
                throw CommandFailure("cli.session.noKey", user)
            }
            do {
                try UnlockedSession.start(signer, storePath: store.path, device: store.device, locations: locations,
                                          now: Clock.now())
            } catch {
                throw CommandFailure(error)
            }
            print(text("cli.session.unlocked", who.id, store.path))
        }
    }
}

/// `village-board lock [--as USER]`: ends the unlocked sessions on this laptop and store.
struct LockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lock", abstract: HelpText.text("help.session.2"))

    @OptionGroup var options: StoreOptions
    @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.session.3"))) var user: String?

    func run() throws {
        try reporting(options.language) {
            let device: DeviceID
            do { device = try options.locations.device() } catch { throw CommandFailure(error) }
            let ended = UnlockedSession.end(user.map(UserID.init), storePath: options.path, device: device,
                                            locations: options.locations)
            let text = Catalog(options.language)
            print(ended == 0 ? text("cli.session.none", options.path) : text("cli.session.locked", ended))
        }
    }
}
