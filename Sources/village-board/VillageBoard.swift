import ArgumentParser

/// The `village-board` command: opens the battle chart, or runs one of its subcommands.
@main
struct VillageBoard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "village-board",
        abstract: "村级作战图 Village Board — the rural monitoring battle chart at the keyboard.",
        version: "0.1.0",
        subcommands: []
    )
}
