/// A file attached as evidence (佐证材料): which file (its SHA-256, kept in the store under that name), what it was
/// called, how big, what type, what it proves, and who attached it when. The file itself lives in the store's
/// `evidence/` folder (docs/STORE.md); the board holds only this record.
public struct Attachment: Hashable, Sendable {
    /// SHA-256 of the file's bytes, 64 lowercase hex digits: the file's name in the store.
    public var hash: String
    /// The file's name where it was attached from (data: shown, never used as a path).
    public var name: String
    /// Its size in bytes.
    public var size: Int
    public var type: EvidenceType
    public var target: EvidenceTarget
    public var by: UserID
    public var on: Day

    public init(hash: String, name: String, size: Int, type: EvidenceType, target: EvidenceTarget, by: UserID, on: Day) {
        self.hash = hash
        self.name = name
        self.size = size
        self.type = type
        self.target = target
        self.by = by
        self.on = on
    }

    /// Whether `text` is a SHA-256 as the store names files: 64 lowercase hex digits.
    public static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}

/// What an attachment is evidence for: a household's checklist mark, a task, or a visit (走访记录).
public enum EvidenceTarget: Hashable, Sendable {
    case check(HouseholdID, ChecklistItem)
    case task(TaskID)
    /// A household's visit, by its place in the household's list of visits (visits are only ever appended).
    case visit(HouseholdID, Int)

    /// The household the target lies in, when it names one (a task's household is on the board, not here).
    public var household: HouseholdID? {
        switch self {
        case .check(let id, _), .visit(let id, _): id
        case .task: nil
        }
    }

    /// The task the target is, if any.
    public var task: TaskID? {
        if case .task(let id) = self { id } else { nil }
    }
}
