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
                        default: throw probe.unexpectedValue(expected: "one of unit/standard/pinPolicy/user/household/task/attachment")
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

    /// Checks that need the whole board: references, ID numbers, and roll-ups against a full recount.
    static func consistency(of board: Board) -> [Problem] {
        var problems: [Problem] = []
        let file = Snapshot.fileName
        for h in board.households {
            if let cadre = h.cadre, board.user(cadre) == nil {
                problems.append(Problem(file: file, line: nil, .cadreNotUser(h.id, cadre: cadre)))
            }
            if Set(h.members.map(\.id)).count != h.members.count {
                problems.append(Problem(file: file, line: nil, .membersShareID(h.id)))
            }
        }
        for h in board.households {
            for breach in board.breaches(of: h) {
                problems.append(Problem(file: file, line: nil, .breach(h.id, breach)))
            }
        }
        for t in board.tasks {
            if case .household(let id) = t.subject, board.household(id) == nil {
                problems.append(Problem(file: file, line: nil, .taskWithoutHousehold(t.id, household: id)))
            }
        }
        if board.rollups != board.recountedRollups() {
            problems.append(Problem(file: file, line: nil, .rollupsDiffer))
        }
        return problems
    }
}
