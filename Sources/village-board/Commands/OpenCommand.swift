import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardDemo
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// `village-board [open]`: the battle chart on a store, or on a fresh copy of the demo with `--demo`.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: HelpText.text("help.open.1"))

    @OptionGroup var options: StoreOptions
    @Flag(help: ArgumentHelp(HelpText.text("help.open.2"))) var demo = false
    @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.open.3")),
            completion: StoreCompletions.users)
    var user: String?
    @Option(help: ArgumentHelp(HelpText.text("help.open.4"))) var pin: String?
    @Option(help: ArgumentHelp(HelpText.text("help.open.5"))) var theme: String?
    @Flag(help: ArgumentHelp(HelpText.text("help.open.6"))) var mouse = false
    @Flag(help: ArgumentHelp(HelpText.text("help.open.7"))) var ascii = false
    @Flag(help: ArgumentHelp(HelpText.text("help.open.8"))) var readOnly = false

    func run() throws {
        try reporting(options.language) {
            let environment = ProcessInfo.processInfo.environment
            let locations = Locations(environment: environment)
            var farewell: String?
            let store: Store
            if demo {
                let path = locations.dataFolder + "/demo-" + Clock.now().iso.filter { $0.isNumber }.prefix(14)
                do {
                    store = try showingProgress(options.language, "cli.progress.opening") {
                        let board = BaishanDemo.board()
                        let made = try Store.create(at: path, board: board, device: try locations.device(),
                                                    clock: BaishanDemo.today, now: Clock.now())
                        // Weeks of made-up work, so history, the log and the burn-down have something to show
                        // (`init --demo` leaves them out unless --with-history).
                        try InitCommand.saveMadeUpHistory(board, to: made)
                        return made
                    }
                } catch {
                    throw CommandFailure(error)
                }
                farewell = Catalog(options.language)("cli.demoFarewell", path)
            } else {
                // A province takes seconds to read: a progress line says so rather than a silent terminal.
                store = try showingProgress(options.language, "cli.progress.opening") { try options.open(readOnly: readOnly) }
            }
            defer { store.close() }
            // --as with a PIN (option or $VILLAGE_BOARD_PIN) logs in here; otherwise the login screen asks.
            let login = Login(configFolder: locations.configFolder)
            var chosen: User?
            let givenPin = pin ?? environment["VILLAGE_BOARD_PIN"].flatMap { $0.isEmpty ? nil : $0 }
            if let user, let givenPin {
                // An initial PIN gets in only as far as the screen that sets the user's own.
                chosen = try PinAuth.authenticate(user, pin: givenPin, store: store, locations: locations, allowInitialPin: true)
            }
            try BoardLoop(store: store, user: chosen, preselected: user.map { UserID($0) } ?? login.lastUser(), login: login,
                          language: options.language,
                          themeName: theme, mouse: mouse, ascii: ascii, farewell: farewell).run()
        }
    }
}
