import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText

extension UserCommand {
    /// `user pin-policy [ROLE=DIGITS …] --as ADMIN`: shows the shortest new PIN each role may set, or raises it
    /// (admins only, never below the built-in floor). Existing PINs keep working; the rule applies when one is next set.
    struct PinPolicyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pin-policy",
            abstract: HelpText.text("help.userPinPolicy.1"))
        @OptionGroup var acting: Acting
        @Argument(help: ArgumentHelp(HelpText.text("help.left.2"), valueName: "role=digits"))
        var settings: [String] = []

        func run() throws {
            try reporting(acting.options.language) {
                let text = Catalog(acting.options.language)
                let store = settings.isEmpty ? try acting.options.open(readOnly: true) : try UserCommand.openForWriting(acting.options)
                defer { store.close() }
                let current = store.board.pinPolicy
                guard !settings.isEmpty else {
                    Self.show(current, text)
                    return
                }
                var minimums = current.minimums
                for setting in settings {
                    let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
                    // Int(_:) gives nil on overflow: a hostile number is a bad setting, not a trap.
                    guard parts.count == 2, let role = Role(rawValue: parts[0].trimmingSpaces),
                          let digits = Int(parts[1].trimmingSpaces) else {
                        throw CommandFailure("cli.pinPolicy.badSetting", setting, Role.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    minimums[role] = digits
                }
                let wanted = PinPolicy(minimums: minimums)
                guard wanted != current else {
                    print(text("cli.pinPolicy.unchanged"))
                    return
                }
                let author = try PinAuth.authenticate(acting.user, pin: acting.pin, store: store, locations: acting.options.locations)
                let op: VillageBoardCore.Operation
                do { op = try store.save(.setPinPolicy(from: current, to: wanted), author: author.id, at: Clock.now(for: store)) } catch {
                    throw CommandFailure(error)
                }
                print(text("cli.pinPolicy.saved", op.id.description))
                Self.show(store.board.pinPolicy, text)
            }
        }

        static func show(_ policy: PinPolicy, _ text: Catalog) {
            print(text("cli.pinPolicy.title"))
            for role in Role.allCases {
                print(text("cli.pinPolicy.row", text.name(role), policy.minimum(for: role), PinPolicy.floor(for: role)))
            }
        }
    }
}
