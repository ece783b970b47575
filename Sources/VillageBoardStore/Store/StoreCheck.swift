import Dispatch
import VillageBoardCore

/// `village-board check`: reads every file of a store without changing any, and lists every problem
/// it finds with file and line — not only the first, as opening does.
public enum StoreCheck {
    /// One thing wrong: where, and what (the command line words `finding` in the user's language).
    public struct Problem: Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var finding: CheckFinding
        public init(file: String, line: Int?, _ finding: CheckFinding) {
            self.file = file
            self.line = line
            self.finding = finding
        }
        /// The finding in English, for logs and tests.
        public var message: String { finding.description }
        public var description: String { line.map { "\(file) line \($0): \(message)" } ?? "\(file): \(message)" }
    }

    /// The stages of `run`, for a progress meter: reading every line, then opening the store as the program does.
    public static let stages: [Double] = [1, 1]

    /// Every problem in the store at `path` (empty when clean). Never writes.
    public static func run(path: String, device: DeviceID, today: Day) -> [Problem] {
        var notes: [Problem] = []
        return run(path: path, device: device, today: today, notes: &notes)
    }

    /// `run`, also gathering notes that are not problems: lines applied unsigned because their authors had no key.
    public static func run(path: String, device: DeviceID, today: Day, notes: inout [Problem]) -> [Problem] {
        run(path: path, device: device, today: today, notes: &notes, readingWhole: true)
    }

    /// `run`; without `readingWhole`, the snapshot is only ever read line by line (tests compare the two ways).
    static func run(path: String, device: DeviceID, today: Day, notes: inout [Problem], readingWhole: Bool) -> [Problem] {
        var problems: [Problem] = []
        var facts = SnapshotFacts()
        // Every file first, so each malformed line is listed (the snapshot line by line only when it has a flaw).
        // A store that git or a file-sync engine brought has no snapshot (a local cache): its board starts at the base.
        let start = FileIO.exists(path + "/" + Snapshot.fileName) || !FileIO.exists(path + "/" + StoreBase.fileName)
            ? Snapshot.fileName : StoreBase.fileName
        let journalFolder = path + "/" + Journal.folder
        let names = ((try? FileIO.listFolder(journalFolder)) ?? []).filter(Journal.isJournalFile).sorted()
        let meter = WorkMeter.current
        meter?.expect(names.map { Journal.folder + "/" + $0 }.reduce(0) { $0 + FileIO.size(path + "/" + $1) })
        // The snapshot as opening reads it, on both cores; only when that finds a flaw, line by line on one.
        let snapshot = readingWhole ? readWhole(path: path, file: start, today: today, facts: &facts) : nil
        if snapshot == nil {
            facts = SnapshotFacts()
            meter?.expect(FileIO.size(path + "/" + start))
            problems += scanLines(path: path, file: start, isJournal: false, facts: &facts)
        }
        problems += facts.problems(file: start)
        for name in names { problems += scanLines(path: path, file: Journal.folder + "/" + name, isJournal: true, facts: &facts) }
        problems += coversProblems(path: path, facts: facts)
        // Every journal's hash chain: the first line edited, removed or reordered by hand, and the laptop.
        let chains = names.compactMap { chainProblem(path: path, file: Journal.folder + "/" + $0) }
        if !problems.isEmpty { return problems + chains }
        problems += chains

        // Then the whole store as the program opens it, and the board's own consistency.
        meter?.nextStage()
        let store: Store
        do {
            store = try Store.open(at: path, device: device, readOnly: true, today: today, snapshot: consume snapshot)
        } catch {
            return [Problem(file: path, line: nil, .openFailed(error))]
        }
        defer { store.close() }
        for (file, lines) in store.unsignedLines.sorted(by: { $0.key < $1.key }) {
            notes.append(Problem(file: file, line: nil, .unsigned(lines: lines)))
        }
        for notice in store.notices {
            switch notice {
            case .refusedOperation(let file, let line, let reason):
                problems.append(Problem(file: file, line: line, .refused(reason)))
            case .tornTail(let file, let line, _):
                problems.append(Problem(file: file, line: line, .tornTail))
            default: break
            }
        }
        problems += consistency(of: store.board)
        problems += evidenceProblems(of: store.board, inStore: path)
        notes += warnings(on: store.board)
        return problems
    }

    /// Parses each line of one file on its own, collecting every syntax or field error.
    static func scanLines(path: String, file: String, isJournal: Bool, facts: inout SnapshotFacts) -> [Problem] {
        guard let bytes = try? FileIO.readWholeFile(path + "/" + file) else {
            return isJournal ? [] : [Problem(file: file, line: nil, .unreadable)]
        }
        var problems: [Problem] = []
        var lastSeq: [DeviceID: Int] = [:]
        var told = WorkMeter.Batch(WorkMeter.current)
        defer { told.flush() }
        bytes.withUnsafeBufferPointer { all in
            for line in JSONLines(all) {
                told.advance(line.bytes.count + 1)
                if line.isLast && !line.isTerminated {
                    problems.append(Problem(file: file, line: line.number, .cutOffLine))
                    continue
                }
                var s = JSONScanner(line.bytes, firstLine: line.number, firstOffset: line.offset, isLine: true)
                do {
                    if isJournal {
                        let op = try s.readOperation()
                        // `readOperation` bounds the sequence, so the next one cannot overflow.
                        let expected = (lastSeq[op.id.device] ?? 0) + 1
                        if op.id.sequence != expected {
                            problems.append(Problem(file: file, line: line.number, .sequence(expected: expected, found: op.id.sequence)))
                        }
                        lastSeq[op.id.device] = op.id.sequence
                        facts.journalEnds[op.id.device] = max(facts.journalEnds[op.id.device] ?? 0, op.id.sequence)
                        let own = DeviceID(String(file.split(separator: "/").last?.dropLast(Journal.suffix.count) ?? ""))
                        if op.id.device != own {
                            problems.append(Problem(file: file, line: line.number, .device(expected: own, found: op.id.device)))
                        }
                    } else if line.number == 1 {
                        var header = Board(today: Day(daysSinceEpoch: 0))
                        facts.covers = try Snapshot.readHeader(&s, board: &header)
                    } else {
                        var probe = s
                        try probe.beginObject()
                        guard let key = try probe.nextKey(), key == "type" else { throw s.missingField("type") }
                        switch try probe.readString() {
                        case "household": facts.note(try s.readHousehold(), line: line.number)
                        case "task": _ = try s.readTask()
                        case "unit": facts.note(try s.readUnit())
                        case "standard": _ = try s.readStandard()
                        case "user": _ = try s.readUserRecord()
                        case "pinPolicy":
                            let policy = try s.readPinPolicy()
                            if let role = policy.outOfRange {
                                throw BoardError.pinPolicyOutOfRange(role, minimum: policy.minimum(for: role))
                            }
                        case "conflict": _ = try s.readConflict()
                        case "attachment": _ = try s.readAttachment()
                        case "burnDown": _ = try s.readBurnDown()
                        case "recheckSample": _ = try s.readRecheckSample()
                        case "recheckRecord": _ = try s.readRecheckRecord()
                        default: throw probe.unexpectedValue(expected: "one of unit/standard/pinPolicy/user/household/task/attachment/recheckSample/recheckRecord")
                        }
                    }
                    try s.expectEnd()
                } catch {
                    let finding: CheckFinding
                    switch error {
                    case var e as JSONError:
                        e.file = nil
                        finding = .malformed(e)
                    case let e as BoardError: finding = .rule(e)
                    default: finding = .unreadableLine("\(error)")
                    }
                    problems.append(Problem(file: file, line: line.number, finding))
                }
            }
        }
        return problems
    }

    /// Checks that need the whole board: references, ID numbers, and roll-ups against a full recount. The households
    /// are looked at in shares on both cores, the recount beside them; the problems come out in household order.
    static func consistency(of board: Board) -> [Problem] {
        let file = Snapshot.fileName
        let households = board.households
        let shares = HouseholdShare.shares(of: households.count)
        let n = shares.count
        let recount = RecountResult()
        DispatchQueue.concurrentPerform(iterations: n + 1) { k in
            guard k < n else {
                recount.differs = board.rollups != board.recountedRollups()
                return
            }
            let share = shares[k]
            var lastCadre: UserID?
            for h in households[share.range] {
                // Neighbours share a cadre: one look-up for a run of them.
                if let cadre = h.cadre, cadre != lastCadre {
                    if board.user(cadre) == nil {
                        share.references.append(Problem(file: file, line: nil, .cadreNotUser(h.id, cadre: cadre)))
                    } else {
                        lastCadre = cadre
                    }
                }
                if sharesAMemberID(h.members) {
                    share.references.append(Problem(file: file, line: nil, .membersShareID(h.id)))
                }
                for breach in board.breaches(of: h) {
                    share.breaches.append(Problem(file: file, line: nil, .breach(h.id, breach)))
                }
            }
        }
        var problems = shares.flatMap(\.references) + shares.flatMap(\.breaches)
        for t in board.tasks {
            if case .household(let id) = t.subject, board.household(id) == nil {
                problems.append(Problem(file: file, line: nil, .taskWithoutHousehold(t.id, household: id)))
            }
        }
        if recount.differs {
            problems.append(Problem(file: file, line: nil, .rollupsDiffer))
        }
        return problems
    }

    /// Whether two members have the same id (a household has a handful: comparing pairs beats hashing them).
    static func sharesAMemberID(_ members: [Member]) -> Bool {
        guard members.count > 1 else { return false }
        if members.count > 16 { return Set(members.map(\.id)).count != members.count }
        for i in 1..<members.count {
            for j in 0..<i where members[i].id == members[j].id { return true }
        }
        return false
    }

    /// One worker's households in `consistency` (or `warnings`) and what it found there.
    final class HouseholdShare: @unchecked Sendable {
        let range: Range<Int>
        /// Cadres and member ids (or the warnings).
        var references: [Problem] = []
        var breaches: [Problem] = []
        init(_ range: Range<Int>) { self.range = range }

        /// `count` households cut into up to four shares (one under 20,000 households: not worth a thread).
        static func shares(of count: Int) -> [HouseholdShare] {
            let n = max(1, min(4, count / 20_000 + 1))
            return (0..<n).map { i in HouseholdShare(count * i / n..<count * (i + 1) / n) }
        }
    }

    /// Whether the recount differs, from the worker that made it.
    final class RecountResult: @unchecked Sendable {
        var differs = false
    }
}
