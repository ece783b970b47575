import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore

/// `village-board init`: makes a new store, empty or holding the Baishan demo.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a store (empty, or with the Baishan demo data).")

    @OptionGroup var options: StoreOptions

    @Flag(help: "Fill the store with the embedded Baishan demo (its date is fixed at \(BaishanDemo.today.iso)).")
    var demo = false

    func run() throws {
        try reporting {
            let path = options.path
            let board = demo ? BaishanDemo.board() : Board(today: Clock.now().day)
            do {
                _ = try Store.create(at: path, board: board, device: try options.locations.device(),
                                     clock: demo ? BaishanDemo.today : nil, now: Clock.now())
            } catch {
                throw CommandFailure("\(error)")
            }
            print("created \(demo ? "a demo store" : "an empty store") at \(path)")
        }
    }
}
