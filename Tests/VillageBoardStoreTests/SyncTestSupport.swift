import Foundation
@testable import VillageBoardCore
@testable import VillageBoardStore
import VillageBoardDemo

/// Laptops for the merge tests: copies of one store folder, each saving as its own device.
enum SyncLab {
    typealias F = StoreFixtures

    /// Copies a store folder (everything but the lock), as carrying it on a USB stick would.
    static func copyStore(_ from: String, to: String) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: to + "/journal", withIntermediateDirectories: true)
        for name in ["store.json", "snapshot.jsonl", "base.jsonl"] where fm.fileExists(atPath: from + "/" + name) {
            try fm.copyItem(atPath: from + "/" + name, toPath: to + "/" + name)
        }
        for name in (try? fm.contentsOfDirectory(atPath: from + "/journal")) ?? [] {
            try fm.copyItem(atPath: from + "/journal/" + name, toPath: to + "/journal/" + name)
        }
    }

    /// A store of `households` households and `laptops` copies of it, laptop-1 … laptop-N.
    static func laptops(_ laptops: Int, households: Int = 6, name: String = #function) throws -> (base: String, paths: [String]) {
        let base = try F.store(households: households, name: name)
        let path = base.path
        base.close()
        var paths: [String] = []
        for i in 1...laptops {
            let p = F.folder(name + "-laptop\(i)")
            try copyStore(path, to: p)
            paths.append(p)
        }
        return (path, paths)
    }

    static func device(_ i: Int) -> DeviceID { DeviceID("laptop-\(i + 1)") }

    /// Random edits on one laptop: checklist items, income, visits and task transitions, at random times within
    /// one day so that laptops' operations interleave in the merge order (or, given `hours`, within those hours).
    static func edit(_ path: String, laptop i: Int, count: Int, seed: UInt64, hours: Range<Int> = 8..<16) throws -> Int {
        var rng = SplitMix64(seed: seed)
        let store = try Store.open(at: path, device: device(i), today: F.today)
        defer { store.close() }
        var saved = 0
        for n in 0..<count {
            let board = store.board
            let h = board.households[Int(rng.next() % UInt64(board.households.count))]
            let at = Timestamp(day: F.today, hour: hours.lowerBound + Int(rng.next() % UInt64(hours.count)), minute: Int(rng.next() % 60))
            let change: Change
            switch rng.next() % 5 {
            case 0, 1:
                let item = ChecklistItem.allCases[Int(rng.next() % 6)]
                let state = [ItemState.met, .notMet, .notApplicable][Int(rng.next() % 3)]
                change = .setCheck(h.id, item, from: h.checklist[item],
                                   to: ItemCheck(state: state, note: "L\(i) #\(n)", checkedBy: F.cadre, checkedOn: F.today))
            case 2:
                var income = h.income
                income.wages += Int(rng.next() % 500)
                change = .setIncome(h.id, from: h.income, to: income)
            case 3:
                change = .addVisit(h.id, Visit(day: F.today, by: F.cadre, found: "L\(i) visit \(n)"))
            default:
                guard let t = board.taskIndices(forHousehold: h.id).first.map({ board.tasks[$0] }) else { continue }
                switch t.state {
                case .open: change = .markTaskDone(t.id, note: "L\(i)")
                case .done: change = rng.next() % 2 == 0 ? .verifyTask(t.id) : .sendBackTask(t.id, reason: "L\(i) 不合格")
                case .verified: change = .reopenTask(t.id, reason: "L\(i) 回头看")
                }
            }
            let author: UserID
            switch change {
            case .verifyTask, .sendBackTask, .reopenTask: author = F.supervisor
            default: author = F.cadre
            }
            if (try? store.save(change, author: author, at: at)) != nil { saved += 1 }
        }
        return saved
    }

    /// Opens a store read-only and returns its board's fingerprint and the board.
    static func look(_ path: String) throws -> (fingerprint: String, board: Board) {
        let store = try Store.open(at: path, device: DeviceID("observer"), readOnly: true, today: F.today)
        defer { store.close() }
        return (Sync.fingerprint(store.board), store.board)
    }

    /// Merges `from` (a folder, or a bundle made of it when `viaBundle`) into `into`, as laptop `device`.
    @discardableResult
    static func sync(_ into: String, from: String, device: DeviceID, viaBundle: Bool = false) throws -> Sync.Report {
        let source: SyncBundle
        if viaBundle {
            let bytes = try Sync.bundle(ofStore: from, device: DeviceID("sender"), since: .everything, now: F.now).encoded()
            source = try SyncBundle.decode(bytes, file: "test.bundle")
        } else {
            source = try Sync.source(at: from, now: F.now)
        }
        let (report, store) = try Sync.merge(into: into, from: source, device: device, today: F.today)
        store.close()
        return report
    }

    /// Every journal line of a store folder, by laptop.
    static func lineCounts(_ path: String) -> [String: Int] {
        var out: [String: Int] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path + "/journal")) ?? [] {
            let text = (try? String(contentsOfFile: path + "/journal/" + name, encoding: .utf8)) ?? ""
            out[name] = text.split(separator: "\n").count
        }
        return out
    }
}
