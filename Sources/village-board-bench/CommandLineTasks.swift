import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore

/// The tasks the command-line rows act on, found on an opened board and passed to the parent as notes:
/// `task.0`, `task.1`, … (`ID OWNER` of open tasks their owner may mark done) and `task.verify` (up to 1,000 tasks
/// awaiting verification that the bench's author may verify).
enum CommandLineTasks {
    /// Open tasks offered: the `task done` rows take the first ones with the PIN, the next ones unlocked.
    static let offered = 40

    static func note(_ board: Board, into readings: inout Readings) {
        var offered = 0
        for t in board.tasks where t.state == .open && offered < Self.offered {
            guard Permissions.denial(for: .markTaskDone(t.id, note: ""), by: t.owner, on: board) == nil else { continue }
            readings.note("task.\(offered)", "\(t.id.raw) \(t.owner.raw)")
            offered += 1
        }
        // One open, one PIN check and one write for all of them (`task verify --from FILE`).
        var verifiable: [String] = []
        for t in board.tasks where t.state == .done && verifiable.count < 1_000 {
            guard t.doneBy != StoreCache.author, t.owner != StoreCache.author,
                  Permissions.denial(for: .verifyTask(t.id), by: StoreCache.author, on: board) == nil else { continue }
            verifiable.append(t.id.raw)
        }
        readings.note("task.verify", verifiable.joined(separator: " "))
    }
}

/// `pick-tasks --store DIR`: the command-line rows' tasks when `measure` (which finds them too) is left out by `--only`.
struct PickTasks: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pick-tasks", abstract: "Child: find the tasks the command-line rows use.")
    @Option(help: "The store folder.") var store: String
    func run() throws {
        let opened = try Store.open(at: store, device: StoreCache.ownDevice, readOnly: true, today: BenchClock.now().day)
        var readings = Readings()
        CommandLineTasks.note(opened.board, into: &readings)
        opened.close()
        finish(readings)
    }
}
