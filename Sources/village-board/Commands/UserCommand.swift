import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `village-board user add|passwd|list|disable|enable`: accounts, for admins (and `passwd` for one's own PIN), through
/// the same permission table as everything else. The admin proves who they are with `--as` and a PIN.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: HelpText.text("help.user.1"),
        subcommands: [Add.self, Passwd.self, List.self, Disable.self, Enable.self, PinPolicyCommand.self])

    /// Who is acting, and the store.
    typealias Acting = ActingUser

    /// `user add ID --name NAME --role ROLE --scope CODE [--new-pin PIN]`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.text("help.user.2"))
        @OptionGroup var acting: Acting
        @Argument(help: ArgumentHelp(HelpText.text("help.user.3"))) var id: String
        @Option(help: ArgumentHelp(HelpText.text("help.user.4"))) var name: String
        @Option(help: ArgumentHelp(HelpText.text("help.user.5"))) var role: String
        @Option(help: ArgumentHelp(HelpText.text("help.user.6"))) var scope: String
        @Option(help: ArgumentHelp(HelpText.text("help.user.7")))
        var newPin: String?

        func run() throws {
            try reporting(acting.options.language) {
                guard let role = Role(rawValue: role) else {
                    throw CommandFailure("cli.user.role", role, Role.allCases.map(\.rawValue).joined(separator: ", "))
                }
                guard let scope = DivisionCode(scope) else { throw CommandFailure("cli.badCode", scope) }
                let store = try UserCommand.openForWriting(acting.options)
                defer { store.close() }
                let bootstrap = store.board.users.isEmpty && acting.user == id && role == .admin
                let author = bootstrap ? UserID(id)
                    : try PinAuth.authenticate(acting.user, pin: acting.pin, store: store, locations: acting.options.locations).id
                let (pin, signer) = try UserCommand.hashAndSigner(try UserCommand.newPin(newPin, for: id, language: acting.options.language), for: id,
                                                                  role: role, policy: store.board.pinPolicy)
                // The first admin adding themselves signs with the key they are given.
                if bootstrap { store.signer = signer }
                let user = User(id: UserID(id), name: name, role: role, scope: scope, pin: pin)
                try UserCommand.save(.addUser(user), by: author, in: store)
                let text = Catalog(acting.options.language)
                print(text("cli.user.added", id, text.name(role), store.board.unit(scope)?.name ?? scope.description))
            }
        }
    }

    /// `user passwd ID [--new-pin PIN]`
    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("help.user.8"))
        @OptionGroup var acting: Acting
        @Argument(help: ArgumentHelp(HelpText.text("help.user.9"))) var id: String
        @Option(help: ArgumentHelp(HelpText.text("help.user.10")))
        var newPin: String?

        func run() throws {
            try reporting(acting.options.language) {
                let store = try UserCommand.openForWriting(acting.options)
                defer { store.close() }
                // Setting one's own PIN is what an initial PIN is for.
                let author = try PinAuth.authenticate(acting.user, pin: acting.pin, store: store, locations: acting.options.locations,
                                                      allowInitialPin: acting.user == id)
                guard let target = store.board.user(UserID(id)) else { throw PinAuth.unknownUser(id, store.board) }
                let pin = try UserCommand.hash(try UserCommand.newPin(newPin, for: id, language: acting.options.language), for: id,
                                               role: target.role, policy: store.board.pinPolicy)
                try UserCommand.save(.setPin(target.id, from: target.pin, to: pin), by: author.id, in: store)
                print(Catalog(acting.options.language)("cli.user.pinChanged", id))
            }
        }
    }

    /// `user list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("help.user.11"))
        @OptionGroup var acting: Acting
        @Flag(help: ArgumentHelp(HelpText.text("help.user.12")))
        var keys = false

        func run() throws {
            try reporting(acting.options.language) {
                let store = try acting.options.open(readOnly: true)
                defer { store.close() }
                let me = try PinAuth.authenticate(acting.user, pin: acting.pin, store: store, locations: acting.options.locations)
                guard Permissions.allows(.manageUsers, user: me, target: .account(me.id), board: store.board) else {
                    throw CommandFailure("cli.user.adminLists")
                }
                let text = Catalog(acting.options.language)
                for u in store.board.users.values.sorted(by: { $0.id < $1.id }) {
                    let place = store.board.unit(u.scope)?.name ?? u.scope.description
                    let flags = [u.pin == nil ? (keys ? "noPin" : text("cli.user.flag.noPin")) : "",
                                 u.disabled ? (keys ? "disabled" : text("cli.user.flag.disabled")) : ""].filter { !$0.isEmpty }
                    let role = keys ? u.role.rawValue : text.name(u.role)
                    print([u.id.raw, u.name, role, u.scope.description, place, flags.joined(separator: ",")]
                        .joined(separator: "\t"))
                }
            }
        }
    }

    /// `user disable ID`
    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("help.user.13"))
        @OptionGroup var acting: Acting
        @Argument(help: ArgumentHelp(HelpText.text("help.user.14"))) var id: String
        func run() throws { try reporting(acting.options.language) { try UserCommand.setDisabled(true, id, acting) } }
    }

    /// `user enable ID`
    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("help.user.15"))
        @OptionGroup var acting: Acting
        @Argument(help: ArgumentHelp(HelpText.text("help.user.16"))) var id: String
        func run() throws { try reporting(acting.options.language) { try UserCommand.setDisabled(false, id, acting) } }
    }

    static func setDisabled(_ disabled: Bool, _ id: String, _ acting: Acting) throws {
        let store = try openForWriting(acting.options)
        defer { store.close() }
        let author = try PinAuth.authenticate(acting.user, pin: acting.pin, store: store, locations: acting.options.locations)
        guard let from = store.board.user(UserID(id)) else { throw PinAuth.unknownUser(id, store.board) }
        var to = from
        to.disabled = disabled
        try save(.updateUser(from: from, to: to), by: author.id, in: store)
        print(Catalog(acting.options.language)(disabled ? "cli.user.disabled" : "cli.user.enabled", id))
    }

    // MARK: Shared

    static func openForWriting(_ options: StoreOptions) throws -> Store {
        let store = try options.open()
        guard store.access == .writer else {
            store.close()
            throw CommandFailure("cli.lockedWriting")
        }
        return store
    }

    /// The new PIN from the option, `$VILLAGE_BOARD_NEW_PIN`, or typed twice at a terminal.
    static func newPin(_ option: String?, for id: String, language: Language) throws -> String {
        if let option { return option }
        if let env = ProcessInfo.processInfo.environment["VILLAGE_BOARD_NEW_PIN"], !env.isEmpty { return env }
        guard let first = PinAuth.readHidden(Catalog(language)("cli.pin.newPrompt", id)) else {
            throw CommandFailure("cli.pin.newNeeded")
        }
        guard PinAuth.readHidden(Catalog(language)("cli.pin.againPrompt")) == first else { throw CommandFailure("cli.pin.differ") }
        return first
    }

    static func hash(_ pin: String, for id: String, role: Role?, policy: PinPolicy) throws -> PinHash {
        try hashAndSigner(pin, for: id, role: role, policy: policy).hash
    }

    /// A new PIN's hash and the signing key sealed in it (for a user who signs their own first operation).
    /// Refused when the PIN is shorter than `role` allows under the board's `policy`, or trivial
    /// (`PinHasher.problem(with:role:policy:)`).
    static func hashAndSigner(_ pin: String, for id: String, role: Role?,
                              policy: PinPolicy = .standard) throws -> (hash: PinHash, signer: Signer) {
        do { return try PinHasher.hashAndSigner(pin, for: UserID(id), role: role, policy: policy) } catch { throw CommandFailure(error) }
    }

    static func save(_ change: Change, by author: UserID, in store: Store) throws {
        do {
            try store.save(change, author: author, at: Clock.now(for: store))
        } catch {
            throw CommandFailure(error)
        }
    }
}
