import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore

/// `export-tasks --store DIR --json FILE`: the store's tasks as taskwarrior's `task import` reads them (one JSON
/// object a line), for scripts/taskwarrior-compare.sh, which times taskwarrior's `task N done` on the same tasks.
/// Open tasks become pending ones, first and in the board's order, so the N-th open task is taskwarrior's task N;
/// done and verified ones become completed. Prints `pick N ID OWNER` for the open tasks whose owner may mark them
/// done (the same tasks the bench's `task done` rows use), N being the task's number in taskwarrior.
struct ExportTasks: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export-tasks", abstract: "Write the store's tasks as taskwarrior JSON.")
    @Option(help: "The store folder.") var store: String
    @Option(help: "The file to write (JSON lines for `task import`).") var json: String
    @Option(help: "How many markable open tasks to name.") var picks: Int = CommandLineTasks.offered

    func run() throws {
        let opened = try Store.open(at: store, device: StoreCache.ownDevice, readOnly: true, today: BenchClock.now().day)
        let board = opened.board
        opened.close()
        var w = JSONWriter(capacity: 1 << 20)
        var lines: [String] = []
        var pending = 0
        for t in board.tasks where t.state == .open {
            pending += 1
            Self.write(t, number: pending, to: &w)
            if lines.count < picks,
               Permissions.denial(for: .markTaskDone(t.id, note: ""), by: t.owner, on: board) == nil {
                lines.append("pick \(pending) \(t.id.raw) \(t.owner.raw)")
            }
        }
        var number = pending
        for t in board.tasks where t.state != .open {
            number += 1
            Self.write(t, number: number, to: &w)
        }
        let out = Data(w.bytes)
        try out.write(to: URL(fileURLWithPath: json))
        lines.append("value tasks.pending \(pending)")
        lines.append("value tasks.all \(number)")
        print(lines.joined(separator: "\n"))
    }

    /// One task as a line of taskwarrior JSON; its uuid is made from its place in the file, so every export is the same.
    static func write(_ t: WorkTask, number: Int, to w: inout JSONWriter) {
        w.beginObject()
        w.field("uuid", "00000000-0000-4000-8000-" + String(format: "%012x", number))
        w.field("status", t.state == .open ? "pending" : "completed")
        w.field("description", t.title)
        w.field("entry", date(t.createdOn))
        w.field("due", date(t.due))
        w.field("project", t.owner.raw)
        if t.state != .open { w.field("end", date(t.doneOn ?? t.createdOn)) }
        w.endObject()
        w.newline()
    }

    /// Taskwarrior's date form, `20261204T000000Z`.
    static func date(_ day: Day) -> String {
        let c = day.civil
        return String(format: "%04d%02d%02dT000000Z", c.year, c.month, c.day)
    }
}
