import Foundation
import TerminalKit
import VillageBoardCore
import VillageBoardDemo
import VillageBoardStore
import VillageBoardUI

/// Everything measured inside one process on one opened store (`village-board-bench measure`): saving, the
/// key presses, compaction, the report and the check. The store is a working copy: this changes it.
struct StoreBench {
    let path: String
    let presses: Int
    let saves: Int
    let repeats: Int
    let size: Size
    /// `--only keys`: the key presses alone, on the store as opened.
    var keysOnly = false

    func run() throws -> Readings {
        var readings = Readings()
        let today = BenchClock.now().day
        var started = Measure.wall()
        let store = try Store.open(at: path, device: StoreCache.ownDevice, today: today)
        defer { store.close() }
        readings.set("inproc.open", Measure.seconds(since: started))
        guard store.access == .writer else { throw Spawn.Failure(description: "\(path) is locked by another process") }
        let targets = store.board.households.filter(\.isUnresolved).map(\.id)
        guard !targets.isEmpty else { throw Spawn.Failure(description: "\(path) has no unresolved household") }
        if keysOnly {
            KeyBench(ctx: KeyBench.context(store), size: size, presses: presses).run(into: &readings)
            return readings
        }

        // Saving alone, before any screen is made.
        try measureSaves(store, targets: targets, into: &readings)

        guard let root = store.board.roots.first else { throw Spawn.Failure(description: "\(path) has no units") }
        var report = Samples()
        for _ in 0..<repeats * 5 {
            started = Measure.wall()
            _ = ScopeReport(board: store.board, scope: root)
            report.add(Measure.seconds(since: started))
        }
        readings.set("report", report)

        KeyBench(ctx: KeyBench.context(store), size: size, presses: presses).run(into: &readings)
        try measureSavesInProgram(store, targets: targets, into: &readings)

        var compaction = Samples()
        for _ in 0..<repeats {
            started = Measure.wall()
            try store.compact()
            compaction.add(Measure.seconds(since: started))
        }
        readings.set("compact", compaction)

        started = Measure.wall()
        let problems = StoreCheck.run(path: path, device: StoreCache.ownDevice, today: today)
        readings.set("check", Measure.seconds(since: started))
        readings.set("check.problems", Double(problems.count))
        if let first = problems.first { readings.note("check.first", "\(first)") }

        // What a command that changes data spends checking the user's PIN (scrypt, the synthetic users' PIN).
        var pin = Samples()
        for _ in 0..<repeats {
            started = Measure.wall()
            _ = PinHasher.verify(DemoPin.pin, against: DemoPin.hash)
            pin.add(Measure.seconds(since: started))
        }
        readings.set("pin", pin)

        measureBurnDown(store.board, root: root, into: &readings)

        // Tasks the command-line measurement can mark done: open ones, with an owner allowed to.
        var offered = 0
        for t in store.board.tasks where t.state == .open && offered < 40 {
            guard Permissions.denial(for: .markTaskDone(t.id, note: ""), by: t.owner, on: store.board) == nil else { continue }
            readings.note("task.\(offered)", "\(t.id.raw) \(t.owner.raw)")
            offered += 1
        }
        // Up to 1,000 tasks awaiting verification that the bench's author may verify, for the command line's batch
        // verify (`task verify --from FILE`): one open, one PIN check and one write for all of them.
        var verifiable: [String] = []
        for t in store.board.tasks where t.state == .done && verifiable.count < 1_000 {
            guard t.doneBy != StoreCache.author, t.owner != StoreCache.author,
                  Permissions.denial(for: .verifyTask(t.id), by: StoreCache.author, on: store.board) == nil else { continue }
            verifiable.append(t.id.raw)
        }
        readings.note("task.verify", verifiable.joined(separator: " "))
        return readings
    }

    /// The burn-down of the whole board: 26 made-up weeks of work on up to 5,000 households applied to a copy (each
    /// operation keeps the steps current as it is applied), then the province's series and its units' (the marks the
    /// chart asks for) computed from them.
    func measureBurnDown(_ live: Board, root: DivisionCode, into readings: inout Readings) {
        let entries = MadeUpHistory.entries(on: live, weeks: 26, households: 5_000)
        // Applying them again to a fresh copy: what each operation costs with its burn-down step noted.
        var board = live
        let device = DeviceID("bench-history")
        var started = Measure.wall()
        for e in entries {
            try? board.apply(Operation(id: OperationID(device: device, sequence: board.nextSequence(for: device)), time: e.time,
                                       author: e.author, change: e.change))
        }
        readings.set("burndown.apply", Measure.seconds(since: started) / Double(max(1, entries.count)))
        readings.set("burndown.steps", Double(board.burnDownSteps.count))
        var province = Samples(), units = Samples()
        let under = board.children[root] ?? []
        for _ in 0..<repeats * 5 {
            started = Measure.wall()
            _ = board.burnDown(of: root)
            province.add(Measure.seconds(since: started))
            started = Measure.wall()
            _ = board.burnDowns(of: under)
            units.add(Measure.seconds(since: started))
        }
        readings.set("burndown.province", province)
        readings.set("burndown.units", units)
    }

    /// The change every save benchmark makes: a visit to one of the unresolved households.
    func visit(_ i: Int, _ targets: [HouseholdID], today: Day) -> Change {
        .addVisit(targets[i % targets.count], Visit(day: today, by: StoreCache.author, found: "入户走访 \(i)",
                                                    done: "核实两不愁三保障，落实帮扶措施"))
    }

    /// `Store.save`, and after each the same append + fsync with nothing else (a line of a journal line's length
    /// to a scratch file beside the journal), taken in turn so both meet the disk in the same state: wall time and
    /// this thread's CPU time (each fsync's own CPU is in both).
    func measureSaves(_ store: Store, targets: [HouseholdID], into readings: inout Readings) throws {
        let scratch = path + "/bench-fsync.tmp"
        defer { unlink(scratch) }
        let file = try AppendOnlyFile(path: scratch)
        defer { file.close() }
        let line = Array(repeating: UInt8(ascii: "x"), count: 340) + [0x0A]
        StoreCache.unlock(store)
        var saveWall = Samples(), saveCPU = Samples(), syncWall = Samples(), syncCPU = Samples()
        for i in 0..<saves {
            var w = Measure.wall(), c = Measure.threadCPU()
            try store.save(visit(i, targets, today: store.board.today), author: StoreCache.author, at: BenchClock.now())
            saveCPU.add(Double(Measure.threadCPU() - c) / 1e9)
            saveWall.add(Measure.seconds(since: w))
            w = Measure.wall()
            c = Measure.threadCPU()
            try file.appendDurably(line)
            syncCPU.add(Double(Measure.threadCPU() - c) / 1e9)
            syncWall.add(Measure.seconds(since: w))
        }
        readings.set("save.wall", saveWall)
        readings.set("save.cpu", saveCPU)
        readings.set("fsync.wall", syncWall)
        readings.set("fsync.cpu", syncCPU)
    }

    /// A save as the running program makes it (the effect runner): save, tell the app what came of it, draw the
    /// frame; the app shows the unresolved list and reads the store's own board, as in the program.
    func measureSavesInProgram(_ store: Store, targets: [HouseholdID], into readings: inout Readings) throws {
        StoreCache.unlock(store)
        var app = KeyBench(ctx: KeyBench.context(store), size: size, presses: presses).makeApp()
        KeyBench.press(.char("2"), &app, size: size)
        var wall = Samples(), cpu = Samples(), saving = Samples(), telling = Samples(), drawing = Samples()
        for i in 0..<max(1, saves / 2) {
            let w = Measure.wall(), c = Measure.threadCPU()
            let op = try store.save(visit(i + saves, targets, today: store.board.today), author: StoreCache.author,
                                    at: BenchClock.now())
            let saved = Measure.threadCPU()
            _ = app.receive(.saved(op, message: StatusMessage("已保存", isError: false)))
            let told = Measure.threadCPU()
            var canvas = Canvas(width: size.width, height: size.height)
            app.render(into: &canvas)
            let drawn = Measure.threadCPU()
            cpu.add(Double(drawn - c) / 1e9)
            wall.add(Measure.seconds(since: w))
            saving.add(Double(saved - c) / 1e9)
            telling.add(Double(told - saved) / 1e9)
            drawing.add(Double(drawn - told) / 1e9)
        }
        readings.set("save.program.wall", wall)
        readings.set("save.program.cpu", cpu)
        readings.set("save.program.save", saving)
        readings.set("save.program.told", telling)
        readings.set("save.program.frame", drawing)
    }
}
