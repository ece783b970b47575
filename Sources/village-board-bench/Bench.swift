import ArgumentParser
import Foundation
import TerminalKit

/// `village-board-bench`: how fast Village Board is at a city and at a province (docs/PERFORMANCE.md).
/// `run` (the default) drives everything and prints the table; the other subcommands are the child processes
/// it starts, one measurement each, printing `value NAME NUMBER` lines.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "village-board-bench",
        abstract: "Benchmarks Village Board on synthetic stores and prints a table (see docs/PERFORMANCE.md).",
        subcommands: [RunBench.self, OpenOnce.self, DecodeOnce.self, MeasureOnce.self, SyncOnce.self, MakeStore.self],
        defaultSubcommand: RunBench.self)
}

/// The terminal size every frame is drawn at.
struct FrameSize: ParsableArguments {
    @Option(help: "Frame width in cells.") var width: Int = 120
    @Option(help: "Frame height in cells.") var height: Int = 40
    var size: Size { Size(width: width, height: height) }
}

/// Prints a child's readings and leaves at once (no teardown of a large board: the parent's clock is running).
func finish(_ readings: Readings) -> Never {
    print(readings.lines)
    fflush(nil)
    _exit(0)
}

/// `open-once --store DIR`: open and first frame, in a fresh process.
struct OpenOnce: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open-once", abstract: "Child: open a store, draw the first frame.")
    @Option(help: "The store folder.") var store: String
    @OptionGroup var frame: FrameSize
    func run() throws {
        let (readings, opened) = try Probes.open(path: store, size: frame.size)
        withExtendedLifetime(opened) { finish(readings) }
    }
}

/// `decode-once --store DIR`: the snapshot through JSONDecoder.
struct DecodeOnce: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decode-once", abstract: "Child: decode the snapshot with JSONDecoder.")
    @Option(help: "The store folder.") var store: String
    func run() throws { finish(try Probes.decode(path: store)) }
}

/// `measure --store DIR`: saves, key presses, report, compaction, check on one opened store.
struct MeasureOnce: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure", abstract: "Child: the in-process measurements (changes the store).")
    @Option(help: "The store folder (a working copy: it is changed).") var store: String
    @Option(help: "Key presses per scenario.") var presses: Int = 1000
    @Option(help: "Saves to time.") var saves: Int = 200
    @Option(help: "Repeats of the slower operations.") var repeats: Int = 3
    @Option(help: "Only some measurements: `keys` (the key presses alone).") var only: String?
    @OptionGroup var frame: FrameSize
    func validate() throws {
        if let only, only != "keys" { throw ValidationError("--only takes `keys` (got \(only))") }
    }
    func run() throws {
        finish(try StoreBench(path: store, presses: presses, saves: saves, repeats: repeats, size: frame.size,
                              keysOnly: only == "keys").run())
    }
}

/// `sync-once --store DIR --from DIR`: merge another laptop's journal.
struct SyncOnce: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sync-once", abstract: "Child: merge a foreign laptop's operations.")
    @Option(help: "The store folder (a working copy: it is changed).") var store: String
    @Option(help: "The store folder holding the other laptop's journal.") var from: String
    func run() throws { finish(try Probes.sync(path: store, from: from)) }
}

/// `make-store`: generate a cached store and its foreign copy.
struct MakeStore: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "make-store", abstract: "Child: generate a store into the cache.")
    @Option(help: "The folder to fill.") var folder: String
    @Option(help: "How many households.") var households: Int
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(help: "Operations the second laptop saves.") var foreignOps: Int = 10_000
    func run() throws {
        finish(try StoreCache.make(folder: folder, households: households, seed: seed, foreignOps: foreignOps))
    }
}
