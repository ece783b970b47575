import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardDemo
import VillageBoardStore
import VillageBoardText

/// `village-board init`: makes a new store, empty or holding the Baishan demo.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: HelpText.text("help.init.1"))

    @OptionGroup var options: StoreOptions

    @Flag(help: ArgumentHelp(HelpText.text("help.init.2", BaishanDemo.today.iso)))
    var demo = false
    @Flag(name: .customLong("with-history"),
          help: ArgumentHelp(HelpText.text("help.init.3")))
    var withHistory = false

    @Option(help: ArgumentHelp(HelpText.text("help.init.4")))
    var admin: String?
    @Option(help: ArgumentHelp(HelpText.text("help.init.5"))) var adminName = "管理员"
    @Option(help: ArgumentHelp(HelpText.text("help.init.6")))
    var adminScope = "000000000000"
    @Option(help: ArgumentHelp(HelpText.text("help.init.7"))) var newPin: String?

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
