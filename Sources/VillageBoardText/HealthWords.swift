import VillageBoardCore

/// The words for the fields that carry health information (causes and risks of illness or disability, the
/// basic-medical item's evidence, visit notes, a member's health), as one user may see them: the words themselves, or
/// "（已隐藏）" where the permission table does not let them see health (`Privacy`). Screens, printed sheets and exports
/// all mask through here.
public struct HealthWords: Sendable {
    /// Whether the reader may see this household's health information.
    public let sees: Bool
    let text: Catalog

    public init(sees: Bool, text: Catalog) {
        self.sees = sees
        self.text = text
    }

    /// For `user` reading `household`.
    public init(_ household: Household, for user: User?, board: Board, text: Catalog) {
        self.init(sees: Privacy.seesHealth(in: household, for: user, board: board), text: text)
    }

    public var masked: String { text("access.masked") }

    public func cause(_ cause: PovertyCause) -> String {
        sees || !Privacy.carriesHealth(cause) ? text.name(cause) : masked
    }

    public func risk(_ risk: RiskType) -> String {
        sees || !Privacy.carriesHealth(risk) ? text.name(risk) : masked
    }

    /// A checklist item's evidence note.
    public func evidence(_ note: String, of item: ChecklistItem) -> String {
        sees || !Privacy.carriesHealth(item) || note.isEmpty ? note : masked
    }

    /// A visit's note (what was found, what was done).
    public func visitNote(_ note: String) -> String { sees || note.isEmpty ? note : masked }

    public func health(_ health: Health) -> String { sees ? text.name(health) : masked }
}
