import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardDemo
import VillageBoardStore
import VillageBoardText

/// `village-board init`: makes a new store, empty or holding the Baishan demo.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a store (empty, or with the Baishan demo data).")

    @OptionGroup var options: StoreOptions

    @Flag(help: "Fill the store with the embedded Baishan demo (its date is fixed at \(BaishanDemo.today.iso)).")
    var demo = false
    @Flag(name: .customLong("with-history"),
          help: "With --demo: add eight weeks of made-up work before the demo's date, so the burn-down has a history to draw.")
    var withHistory = false

    @Option(help: "An empty store's first admin (its user id); their PIN from --new-pin, $VILLAGE_BOARD_NEW_PIN or the terminal.")
    var admin: String?
    @Option(help: "The first admin's name.") var adminName = "管理员"
    @Option(help: "The unit the first admin answers for (12 digits; default 000000000000, the whole board).")
    var adminScope = "000000000000"
    @Option(help: "The first admin's PIN (4–12 digits).") var newPin: String?

    func run() throws {
        try reporting(options.language) {
            let path = options.path
            let board = demo ? BaishanDemo.board() : Board(today: Clock.now().day)
            if admin != nil && demo { throw CommandFailure("cli.init.demoAdmin", DemoPin.pin) }
            if withHistory && !demo { throw CommandFailure("cli.init.historyNeedsDemo") }
            guard let scope = DivisionCode(adminScope) else { throw CommandFailure("cli.badCode", adminScope) }
            let pin = try admin.map { try UserCommand.hashAndSigner(try UserCommand.newPin(newPin, for: $0, language: options.language), for: $0, role: .admin) }
            do {
                let store = try Store.create(at: path, board: board, device: try options.locations.device(),
                                             clock: demo ? BaishanDemo.today : nil, now: Clock.now())
                defer { store.close() }
                if withHistory { try InitCommand.saveMadeUpHistory(board, to: store) }
                if let admin, let pin {
                    // An empty board's one self-added account: the admin adds themselves, signed with their new key.
                    store.signer = pin.signer
                    let user = User(id: UserID(admin), name: adminName, role: .admin, scope: scope, pin: pin.hash)
                    try store.save(.addUser(user), author: user.id, at: Clock.now(for: store))
                }
            } catch {
                throw CommandFailure(error)
            }
            print(Catalog(options.language)(demo ? "cli.init.demo" : "cli.init.empty", path))
        }
    }
}

extension InitCommand {
    /// The demo's made-up weeks of work, saved to the journal as each demo user (signed with their demo key).
    static func saveMadeUpHistory(_ board: Board, to store: Store) throws {
        for entry in MadeUpHistory.entries(on: board, weeks: 8, households: 160) {
            store.signer = Signer(user: entry.author, privateKeyBytes: DemoPin.signingKey(for: entry.author))
            try store.save(entry.change, author: entry.author, at: entry.time)
        }
        store.signer = nil
    }
}
