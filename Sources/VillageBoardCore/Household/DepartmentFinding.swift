/// The department whose list a cross-check compared with the board: 学籍 (education), 医保 (medical insurance),
/// 危房 (housing appraisals).
public enum Department: String, CaseIterable, Hashable, Sendable {
    case school, insurance, housing

    /// The checklist item the department's list speaks to.
    public var item: ChecklistItem {
        switch self {
        case .school: .education
        case .insurance: .medical
        case .housing: .housing
        }
    }
}

/// A mismatch a department's list showed for a household (issue 14), kept on the household until someone has
/// looked at it: the radar counts those not yet looked at.
public struct DepartmentFinding: Hashable, Sendable {
    public var department: Department
    public var item: ChecklistItem
    /// What the department says (e.g. "王小明 不在学籍名单").
    public var says: String
    public var foundOn: Day
    /// Who looked at it, when, and what they noted; nil while nobody has.
    public var look: FindingLook?

    public init(department: Department, item: ChecklistItem? = nil, says: String, foundOn: Day, look: FindingLook? = nil) {
        self.department = department
        self.item = item ?? department.item
        self.says = says
        self.foundOn = foundOn
        self.look = look
    }

    public var isOpen: Bool { look == nil }
}

/// Someone looking at a department finding: who, on which day, and what they found (a note is required).
public struct FindingLook: Hashable, Sendable {
    public var by: UserID
    public var on: Day
    public var note: String
    public init(by: UserID, on: Day, note: String) {
        self.by = by
        self.on = on
        self.note = note
    }
}
