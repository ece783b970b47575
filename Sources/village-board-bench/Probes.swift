import Foundation
import TerminalKit
import VillageBoardCore
import VillageBoardStore
import VillageBoardUI

/// The measurements that need a process of their own, so each starts with nothing in memory and its peak
/// resident set (VmHWM) is its own.
enum Probes {
    /// Opens the store as the program does and draws the first battle-chart frame; the parent times the whole
    /// process from spawn to exit (the child exits right after reading its memory, with the board still alive:
    /// the program would not tear it down either).
    static func open(path: String, size: Size) throws -> (Readings, Store) {
        let started = Measure.wall()
        var readings = Readings()
        let store = try Store.open(at: path, device: StoreCache.ownDevice, today: BenchClock.now().day)
        readings.set("open.store", Measure.seconds(since: started))
        let ctx = KeyBench.context(store)
        let app = AppModel(ctx: ctx, home: HomeScreenSet.make(), first: HomeScreenSet.chart(ctx), size: size)
        var canvas = Canvas(width: size.width, height: size.height)
        app.render(into: &canvas)
        readings.set("open.frame", Measure.seconds(since: started))
        readings.set("open.cpu", Measure.processCPU())
        readings.set("open.hwm", Measure.status("VmHWM") ?? 0)
        readings.set("open.rss", Measure.status("VmRSS") ?? 0)
        readings.set("open.households", Double(store.board.households.count))
        readings.set("open.tasks", Double(store.board.tasks.count))
        readings.set("open.units", Double(store.board.units.count))
        return (readings, store)
    }

    /// The same snapshot through Foundation's JSONDecoder into Codable structs.
    static func decode(path: String) throws -> Readings {
        let started = Measure.wall()
        let board = try MirrorBoard.decode(snapshot: path + "/snapshot.jsonl")
        var readings = Readings()
        readings.set("decoder.seconds", Measure.seconds(since: started))
        readings.set("decoder.cpu", Measure.processCPU())
        readings.set("decoder.hwm", Measure.status("VmHWM") ?? 0)
        readings.set("decoder.households", Double(board.households.count))
        readings.set("decoder.tasks", Double(board.tasks.count))
        let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/snapshot.jsonl")
        readings.set("snapshot.bytes", (attributes?[.size] as? NSNumber)?.doubleValue ?? 0)
        return readings
    }

    /// Merges the foreign laptop's operations (`from`, a store folder) into `path`: the merge as
    /// `village-board sync` runs it; and, by hand on the board as opened before the merge, what replaying them
    /// costs (parsing the journal lines, applying the operations), which is lost in the noise of two opens.
    static func sync(path: String, from foreign: String, inPlace: Bool = true) throws -> Readings {
        var readings = Readings()
        let today = BenchClock.now().day
        var board: Board
        do {
            let before = try Store.open(at: path, device: StoreCache.ownDevice, readOnly: true, today: today)
            board = before.board
            before.close()
        }
        let journal = try [UInt8](Data(contentsOf: URL(fileURLWithPath: foreign + "/journal/"
                                                           + StoreCache.foreignDevice.raw + ".jsonl")))
        var started = Measure.wall()
        var operations: [VillageBoardCore.Operation] = []
        try journal.withUnsafeBufferPointer { all in
            for line in JSONLines(all) where !line.bytes.isEmpty {
                var scanner = JSONScanner(line.bytes, firstLine: line.number, firstOffset: line.offset, isLine: true)
                operations.append(try scanner.readOperation())
            }
        }
        readings.set("sync.parse", Measure.seconds(since: started))
        started = Measure.wall()
        var refused = 0
        for op in operations {
            do { try board.apply(op) } catch { refused += 1 }
        }
        readings.set("sync.apply", Measure.seconds(since: started))
        readings.set("sync.applyRefused", Double(refused))
        board = Board(today: today)
        started = Measure.wall()
        let source = try Sync.source(at: foreign, now: BenchClock.now())
        readings.set("sync.source", Measure.seconds(since: started))
        started = Measure.wall()
        let merged = try Sync.merge(into: path, from: source, device: StoreCache.ownDevice, today: today, inPlace: inPlace)
        readings.set("sync.merge", Measure.seconds(since: started))
        readings.set("sync.inPlace", merged.report.replayedInPlace ? 1 : 0)
        readings.set("sync.added", Double(merged.report.total))
        readings.set("sync.conflicts", Double(merged.store.board.conflicts.count))
        merged.store.close()
        return readings
    }
}
