import VillageBoardCore

/// What `check` found wrong (or worth telling) at one place of a store: the facts alone, so the command line words
/// them in the user's language; `description` is the English for logs and tests.
public enum CheckFinding: Sendable, CustomStringConvertible {
    /// The file cannot be read at all.
    case unreadable
    /// The last line has no newline: cut off mid-write.
    case cutOffLine
    /// The last journal line was cut off; opening for writing sets it aside.
    case tornTail
    /// A line that is not the JSON the store expects (its file is blanked: the finding names it).
    case malformed(JSONError)
    /// A line the board's rules refuse on reading (a PIN policy out of range).
    case rule(BoardError)
    /// Anything else a line's reader threw, as it describes itself.
    case unreadableLine(String)
    /// An operation's sequence number is not the one after its laptop's last.
    case sequence(expected: Int, found: Int)
    /// An operation in another laptop's journal.
    case device(expected: DeviceID, found: DeviceID)
    /// The snapshot records a household twice.
    case recordedAgain(HouseholdID, firstLine: Int)
    /// A household's village is not in the snapshot.
    case noSuchVillage(HouseholdID, village: DivisionCode)
    /// A household's "village" is a unit of another level.
    case notAVillage(HouseholdID, unit: DivisionCode, level: OrgLevel)
    /// The snapshot header's `covers` disagrees with a journal.
    case covers(device: DeviceID, CoversMismatch)
    /// A journal's hash chain breaks here (edited, removed or reordered by hand).
    case chainBroken(JournalChain.Problem, laptop: String)
    /// Lines of a journal written before the chain: edits to them cannot be detected.
    case unchained(lines: Int, of: Int, laptop: String)
    /// Lines applied unsigned because their authors had no signing key yet.
    case unsigned(lines: Int)
    /// An operation the board refused when the store was opened (kept in its journal).
    case refused(LineRefusal)
    /// The store as a whole would not open.
    case openFailed(StoreError)
    /// A household's responsible cadre is not a user.
    case cadreNotUser(HouseholdID, cadre: UserID)
    /// Two members of a household share an id.
    case membersShareID(HouseholdID)
    /// A household breaks a status rule.
    case breach(HouseholdID, StatusBreach)
    /// A task names a household the board does not hold.
    case taskWithoutHousehold(TaskID, household: HouseholdID)
    /// Roll-ups differ from a full recount: a program bug.
    case rollupsDiffer
    /// Not monitored, though per-capita income is under the monitoring line (a note, not a problem).
    case unmonitoredInRange(HouseholdID, perCapita: Int, line: Int)
    /// An evidence file is missing.
    case evidenceMissing(name: String, target: EvidenceTarget)
    /// An evidence file no longer hashes to what was attached; `found` is empty when it cannot be read.
    case evidenceDamaged(name: String, target: EvidenceTarget, found: String)

    /// How the snapshot's `covers` mark for one laptop disagrees with its journal.
    public enum CoversMismatch: Sendable, Hashable {
        case journalMissing(sequence: Int, journal: String)
        case sequenceAhead(sequence: Int, journal: String, last: Int)
        case bytesBeyondEnd(bytes: Int, journal: String, size: Int)
        case sequenceWithoutBytes(sequence: Int)
        case notAtLineEnd(bytes: Int, journal: String)
        case endsOtherOperation(bytes: Int, journal: String, found: Int, expected: Int)
    }

    public var description: String {
        switch self {
        case .unreadable: "cannot be read"
        case .cutOffLine: "cut-off last line (no newline at the end)"
        case .tornTail: "cut-off last line (will be set aside when opened for writing)"
        case .malformed(let e):
            (e.path.isEmpty ? "" : "field \"\(e.field)\": ") + "expected \(e.expected), found \(e.found)"
        case .rule(let e): e.description
        case .unreadableLine(let why): why
        case .sequence(let expected, let found): "field \"seq\": expected \(expected), found \(found)"
        case .device(let expected, let found): "field \"dev\": expected \(expected), found \(found)"
        case .recordedAgain(let id, let first): "household \(id) is recorded again (first at line \(first)): reports would count it twice"
        case .noSuchVillage(let id, let village): "household \(id): village \(village) does not exist"
        case .notAVillage(let id, let unit, let level): "household \(id): \(unit) is a \(level.rawValue), not a village"
        case .covers(let device, let what): "field \"covers.\(device)\": " + what.description
        case .chainBroken(let problem, let laptop): problem.explanation + " — laptop " + laptop
        case .unchained(let lines, let of, let laptop):
            "unchained: \(lines) of \(of) lines carry no hash (written before the chain), so edits to them cannot be detected"
                + " — laptop " + laptop
        case .unsigned(let lines):
            "unsigned: \(lines) line(s) by authors who had no signing key yet (written before operations were signed), "
                + "so nothing proves who wrote them"
        case .refused(let why): "operation refused by the board: \(why)"
        case .openFailed(let e): e.description
        case .cadreNotUser(let id, let cadre): "household \(id): responsible cadre \(cadre) is not a user"
        case .membersShareID(let id): "household \(id): two members share an id"
        case .breach(let id, let breach): "household \(id): " + StoreCheck.describe(breach)
        case .taskWithoutHousehold(let task, let id): "task \(task): no household \(id)"
        case .rollupsDiffer: "roll-ups differ from a full recount (a program bug: please report it)"
        case .unmonitoredInRange(let id, let perCapita, let line):
            "household \(id): not monitored, but per-capita income \(perCapita) is under the monitoring line \(line)"
        case .evidenceMissing(let name, let target): "missing: \"\(name)\", attached to \(target.label)"
        case .evidenceDamaged(let name, let target, let found):
            "damaged: \"\(name)\", attached to \(target.label), now hashes to \(found.isEmpty ? "nothing (cannot be read)" : found)"
        }
    }
}

extension CheckFinding.CoversMismatch: CustomStringConvertible {
    public var description: String {
        switch self {
        case .journalMissing(let seq, let journal): "the snapshot covers \(seq) operations of \(journal), which is missing"
        case .sequenceAhead(let seq, let journal, let last): "seq \(seq) is ahead of \(journal), whose last operation is \(last)"
        case .bytesBeyondEnd(let bytes, let journal, let size): "bytes \(bytes) is beyond the end of \(journal) (\(size) bytes)"
        case .sequenceWithoutBytes(let seq): "seq \(seq) with bytes 0"
        case .notAtLineEnd(let bytes, let journal): "bytes \(bytes) does not fall at the end of a line of \(journal)"
        case .endsOtherOperation(let bytes, let journal, let found, let expected):
            "bytes \(bytes) ends operation \(found) of \(journal), not \(expected)"
        }
    }
}

/// Why a journal line was not applied when the store opened; the command line and the screens word it.
public enum LineRefusal: Sendable, Hashable, CustomStringConvertible {
    /// The line carries no signature, though its author signs their operations: forged or edited by hand.
    case unsignedBySigner(author: UserID)
    /// The line's signature is not its author's key's: forged or edited by hand.
    case badSignature(author: UserID)
    /// The board refused the operation.
    case board(BoardError)

    public var description: String {
        switch self {
        case .unsignedBySigner(let author): "unsigned, but \(author) signs their operations (forged or edited by hand)"
        case .badSignature(let author): "not signed by \(author)'s key (forged or edited by hand)"
        case .board(let e): e.description
        }
    }
}
