import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardText
import VillageBoardDemo
import VillageBoardStore

/// `village-board generate`: a synthetic store of any size, for tests and benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: HelpText.text("help.generate.1"))

    @Option(help: ArgumentHelp(HelpText.text("help.generate.2"))) var households: Int
    @Option(help: ArgumentHelp(HelpText.text("help.generate.3"))) var seed: UInt64 = 1
    @Option(help: ArgumentHelp(HelpText.text("help.generate.4"))) var out: String

    func validate() throws {
        guard (100...1_000_000).contains(households) else {
            throw ValidationError("--households must be between 100 and 1,000,000 (got \(households))")
        }
    }

    func run() throws {
        try reporting(Language.fromEnvironment(ProcessInfo.processInfo.environment), progress: "cli.progress.generating", stages: [1, 1]) {
            let today = Clock.now().day
            let started = Date()
            let board = SyntheticBoard.generate(households: households, seed: seed, today: today)
            WorkMeter.current?.nextStage()
            do {
                let locations = Locations(environment: ProcessInfo.processInfo.environment)
                _ = try Store.create(at: out, board: board, device: try locations.device(), now: Clock.now())
            } catch {
                throw CommandFailure(error)
            }
            let seconds = Date().timeIntervalSince(started)
            print("created \(out): \(board.households.count) households, \(board.tasks.count) tasks, "
                  + "\(board.units.count) org units in \(String(format: "%.1f", seconds)) s")
        }
    }
}
