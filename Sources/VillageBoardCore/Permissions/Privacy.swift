/// What a user sees of the sensitive parts of a household: ID numbers and health, masked unless the permission
/// table lets their role see them in full (`viewFullIDNumber`, `viewHealth`). Screens, reports and exports ask
/// here rather than reading the fields themselves.
public enum Privacy {
    /// A member's ID number as `user` may see it: in full, or masked (`2206**********1234`); "" when none.
    public static func idNumber(of member: Member, in household: Household, for user: User?, board: Board) -> String {
        guard let id = member.idNumber else { return "" }
        return Permissions.allows(.viewFullIDNumber, user: user, target: .household(household), board: board)
            ? id.full : id.masked
    }

    /// A member's health as `user` may see it, or nil when it is masked for them.
    public static func health(of member: Member, in household: Household, for user: User?, board: Board) -> Health? {
        Permissions.allows(.viewHealth, user: user, target: .household(household), board: board) ? member.health : nil
    }

    /// Whether a report or export written by `user` may carry full ID numbers: only an admin, and only when they
    /// asked for it explicitly (`explicitly` is that request, e.g. a `--full-id-numbers` flag).
    public static func exportsFullIDNumbers(user: User?, explicitly: Bool, board: Board) -> Bool {
        explicitly && Permissions.allows(.exportFullIDNumbers, user: user, target: .board, board: board)
    }
}

/// Which fields carry health information, and what of them a user may see (`viewHealth` in the permission table).
/// A cause or risk of illness or disability says someone is ill; the basic-medical item's evidence and visit notes are
/// free text that records illnesses. Every screen, printed sheet and export masks these the same way.
extension Privacy {
    /// Whether `user` may see the health information of `household`.
    public static func seesHealth(in household: Household, for user: User?, board: Board) -> Bool {
        Permissions.allows(.viewHealth, user: user, target: .household(household), board: board)
    }

    public static func carriesHealth(_ cause: PovertyCause) -> Bool { cause == .illness || cause == .disability }

    public static func carriesHealth(_ risk: RiskType) -> Bool { risk == .illness || risk == .disability }

    /// The checklist item whose evidence records illnesses and treatment.
    public static func carriesHealth(_ item: ChecklistItem) -> Bool { item == .medical }
}

/// Who may open which attachment: the `openEvidence` row, and for evidence of the basic-medical item (medical papers)
/// the `viewHealth` row too, as for the item's written evidence.
extension Privacy {
    /// Whether `user` may open (or export, or see the name of) `attachment`.
    public static func opensAttachment(_ attachment: Attachment, for user: User?, board: Board) -> Bool {
        guard let target = Permissions.evidenceTarget(attachment.target, board: board),
              Permissions.allows(.openEvidence, user: user, target: target, board: board) else { return false }
        if case .check(let id, let item) = attachment.target, carriesHealth(item) {
            guard let h = board.household(id) else { return false }
            return seesHealth(in: h, for: user, board: board)
        }
        return true
    }
}
