import VillageBoardCore

/// The journal lines a snapshot already covers, read only when a history or the log asks (a province's journals can
/// be large; most sessions never look back): the store's answer to `EarlierOperations`. Lines that do not read as
/// operations are passed over here — `check` names them.
public final class JournalArchive: EarlierOperations {
    private let path: String
    private let covers: [DeviceID: JournalMark]
    private var loaded: (all: [Operation], byHousehold: [HouseholdID: [Int]], byTask: [TaskID: [Int]])?

    init(path: String, covers: [DeviceID: JournalMark]) {
        self.path = path
        self.covers = covers.filter { $0.value.bytes > 0 }
    }

    /// Whether any operation lies before the snapshot (nothing to read when the store was never compacted).
    public var isEmpty: Bool { covers.isEmpty }

    public func about(household id: HouseholdID) -> [Operation] {
        let l = load()
        return (l.byHousehold[id] ?? []).map { l.all[$0] }
    }

    public func about(task id: TaskID) -> [Operation] {
        let l = load()
        return (l.byTask[id] ?? []).map { l.all[$0] }
    }

    public func all() -> [Operation] { load().all }

    private func load() -> (all: [Operation], byHousehold: [HouseholdID: [Int]], byTask: [TaskID: [Int]]) {
        if let loaded { return loaded }
        var ops: [Operation] = []
        for device in covers.keys.sorted() {
            guard let mark = covers[device],
                  let bytes = try? FileIO.readWholeFileIfExists(path + "/" + Journal.folder + "/" + Journal.fileName(for: device))
            else { continue }
            let end = min(mark.bytes, bytes.count)
            bytes.withUnsafeBufferPointer { all in
                for line in JSONLines(UnsafeBufferPointer(rebasing: all[0..<end])) where line.isTerminated {
                    var scanner = JSONScanner(line.bytes, firstLine: line.number, firstOffset: line.offset, isLine: true)
                    guard let op = try? scanner.readOperation(), op.id.device == device, op.id.sequence <= mark.sequence
                    else { continue }
                    ops.append(op)
                }
            }
        }
        // The merge order the board itself uses (`Journal.merged`): by time, then laptop, then each laptop's order.
        ops.sort { ($0.time, $0.id.device, $0.id.sequence) < ($1.time, $1.id.device, $1.id.sequence) }
        var byHousehold: [HouseholdID: [Int]] = [:]
        var byTask: [TaskID: [Int]] = [:]
        for (i, op) in ops.enumerated() {
            for h in op.change.households { byHousehold[h, default: []].append(i) }
            if let t = op.change.task { byTask[t, default: []].append(i) }
        }
        let result = (ops, byHousehold, byTask)
        loaded = result
        return result
    }
}
