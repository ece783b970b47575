import ArgumentParser

/// Who runs a command that needs a user: the store, `--as`, and the PIN (checked by `PinAuth`).
struct ActingUser: ParsableArguments {
    @OptionGroup var options: StoreOptions
    @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.actingUser.1"))) var user: String
    @Option(help: ArgumentHelp(HelpText.text("help.actingUser.2"))) var pin: String?
}
