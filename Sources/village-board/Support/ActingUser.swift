import ArgumentParser

/// Who runs a command that needs a user: the store, `--as`, and the PIN (checked by `PinAuth`).
struct ActingUser: ParsableArguments {
    @OptionGroup var options: StoreOptions
    @Option(name: .customLong("as"), help: "Your user id.") var user: String
    @Option(help: "Your PIN (else $VILLAGE_BOARD_PIN, else asked for at a terminal).") var pin: String?
}
