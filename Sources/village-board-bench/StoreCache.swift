#if canImport(Glibc)
import Glibc
#endif
import Foundation
import VillageBoardCore
import VillageBoardDemo
import VillageBoardStore

/// The stores the benchmark measures, made once per size and seed and kept outside the repository:
/// `<cache>/hh<N>-seed<S>/store` (the synthetic store as `village-board generate` makes it) and `foreign`
/// (a copy in which a second laptop, `laptop-b`, saved the operations the sync measurement merges).
/// Measurements that change a store work on a fresh copy in `<cache>/work`.
struct StoreCache {
    /// Changing what a cached store holds (the generator, the foreign operations) means a new folder name.
    static let layout = "v1"
    static let ownDevice = DeviceID("bench-a")
    static let foreignDevice = DeviceID("laptop-b")
    static let author = UserID("admin")

    let root: String

    /// `--cache`, else `$XDG_CACHE_HOME/village-board-bench`, else `~/.cache/village-board-bench`.
    static func defaultRoot(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/village-board-bench" }
        return (environment["HOME"] ?? NSTemporaryDirectory()) + "/.cache/village-board-bench"
    }

    func folder(households: Int, seed: UInt64, foreignOps: Int) -> String {
        root + "/\(Self.layout)-hh\(households)-seed\(seed)-ops\(foreignOps)"
    }

    func isReady(_ folder: String) -> Bool { FileManager.default.fileExists(atPath: folder + "/ready") }

    /// A fresh copy of `source` at `<cache>/work/<name>` (what was there before is removed).
    func workingCopy(of source: String, name: String) throws -> String {
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/work", withIntermediateDirectories: true)
        let target = root + "/work/" + name
        if fm.fileExists(atPath: target) { try fm.removeItem(atPath: target) }
        try fm.copyItem(atPath: source, toPath: target)
        // Write the copy out now: the kernel flushing a gigabyte of dirty pages would otherwise run beside (and
        // slow) the first measurements.
        sync()
        return target
    }

    func removeWork() {
        try? FileManager.default.removeItem(atPath: root + "/work")
    }

    // MARK: Making the stores (runs in a child: `village-board-bench make-store`)

    /// Generates the store and the foreign copy into `folder`, then writes `ready` last.
    static func make(folder: String, households: Int, seed: UInt64, foreignOps: Int) throws -> Readings {
        let fm = FileManager.default
        if fm.fileExists(atPath: folder) { try fm.removeItem(atPath: folder) }
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var readings = Readings()
        let now = BenchClock.now()
        var started = Measure.wall()
        let board = SyntheticBoard.generate(households: households, seed: seed, today: now.day)
        readings.set("generate.seconds", Measure.seconds(since: started))
        started = Measure.wall()
        do {
            let store = try Store.create(at: folder + "/store", board: board, device: ownDevice, now: now)
            store.close()
        }
        readings.set("create.seconds", Measure.seconds(since: started))
        started = Measure.wall()
        try fm.copyItem(atPath: folder + "/store", toPath: folder + "/foreign")
        try saveForeignOperations(in: folder + "/foreign", count: foreignOps, today: now.day)
        readings.set("foreign.seconds", Measure.seconds(since: started))
        try Data("households \(households) seed \(seed) ops \(foreignOps)\n".utf8).write(to: URL(fileURLWithPath: folder + "/ready"))
        return readings
    }

    /// The bench author's signing key (a synthetic store's users have the demo keys), so saves are signed as the
    /// program signs them.
    static func unlock(_ store: Store) {
        guard store.signer == nil else { return }
        store.signer = Signer(user: author, privateKeyBytes: DemoPin.signingKey(for: author))
    }

    /// `count` operations saved by a second laptop: visits and checklist changes on unresolved households.
    static func saveForeignOperations(in path: String, count: Int, today: Day) throws {
        let store = try Store.open(at: path, device: foreignDevice, today: today)
        defer { store.close() }
        unlock(store)
        let ids = store.board.households.filter(\.isUnresolved).map(\.id)
        guard !ids.isEmpty else { return }
        let items = ChecklistItem.guarantees
        var time = BenchClock.now()
        for i in 0..<count {
            let id = ids[i % ids.count]
            time = Timestamp(millisecondsSinceEpoch: time.millisecondsSinceEpoch + 1)
            try store.save(ForeignChange.make(i, household: id, items: items, board: store.board, today: today),
                           author: author, at: time)
        }
    }
}

/// The changes a second laptop makes: every other one a visit, the rest a checklist item set met or not met.
enum ForeignChange {
    static func make(_ i: Int, household id: HouseholdID, items: [ChecklistItem], board: Board, today: Day) -> Change {
        guard i % 2 == 1, let h = board.household(id) else {
            return .addVisit(id, Visit(day: today, by: StoreCache.author, found: "入户走访 \(i)", done: "核实两不愁三保障"))
        }
        let item = items[(i / 2) % items.count]
        let from = h.checklist[item]
        let to = ItemCheck(state: from.state == .met ? .notMet : .met, note: "复核 \(i)", checkedBy: StoreCache.author,
                           checkedOn: today)
        return .setCheck(id, item, from: from, to: to)
    }
}

/// The wall clock as the program reads it (milliseconds since 1970).
enum BenchClock {
    static func now() -> Timestamp {
        Timestamp(millisecondsSinceEpoch: Int64((Date().timeIntervalSince1970 * 1000).rounded()))
    }
}
