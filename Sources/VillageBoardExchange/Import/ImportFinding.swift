import VillageBoardCore
import VillageBoardStore

/// What is wrong with one cell or row of an import file: the facts alone (the cell's text, the bounds, the ids), so
/// the command line words them in the user's language; `description` is the English for logs and tests.
public enum ImportFinding: Sendable, Hashable, CustomStringConvertible {
    case controlCharacter(hex: String)
    case required
    case notWholeNumber(String)
    case outOfRange(String, low: Int, high: Int)
    case notDate(String)
    case notYesNo(String)
    case notOneOf(String, options: String)
    case idCheckDigit(String, expected: Character, found: Character)
    case idLength(String, length: Int)
    case idNotDigits(String)
    case idBirthDate(String, digits: String)
    case notDivisionCode(String)
    case levelByDigits(DivisionCode, implied: OrgLevel, given: OrgLevel)
    case noParentUnit(DivisionCode)
    case notUnderParent(DivisionCode, parent: DivisionCode)
    case cannotHold(parentName: String, parentLevel: OrgLevel, level: OrgLevel)
    case parentRequired
    case unitListedTwice(DivisionCode)
    case unitDiffers(DivisionCode, existingName: String)
    case notLatitude(String)
    case notLongitude(String)
    case userListedTwice(UserID)
    case noScopeUnit(String)
    case pin(PinHasher.Problem)
    case userDiffers(UserID)
    case pinNotHashed
    case notACause(String)
    case householdListedTwice(HouseholdID)
    case unknownVillage(String)
    case noUser(String)
    case householdDiffers(HouseholdID)
    /// No such household; `importFirst` when households should have been imported first.
    case noHousehold(String, importFirst: Bool)
    /// The same person as an earlier row (`masked` is the masked ID number, when the row had one).
    case samePerson(row: Int, masked: String?)
    case idOnBoard(masked: String, name: String, household: HouseholdID)
    case birthYearDiffers(Int, idYear: Int)
    case memberInHousehold(MemberID, household: HouseholdID)
    case notGrade(String)
    /// Saving the row's change would be refused by the board.
    case refused(BoardError)

    public var description: String {
        switch self {
        case .controlCharacter(let hex): "contains the control character U+\(hex), which is never stored; remove it and import again"
        case .required: "required, but empty"
        case .notWholeNumber(let t): "'\(t)' is not a whole number"
        case .outOfRange(let t, let low, let high): "'\(t)' is outside \(low)…\(high)"
        case .notDate(let t): "'\(t)' is not a date (YYYY-MM-DD)"
        case .notYesNo(let t): "'\(t)' is not yes/no (是/否)"
        case .notOneOf(let t, let options): "'\(t)' is not one of \(options)"
        case .idCheckDigit(let t, let expected, let found): "ID number \(t): check digit should be \(expected), found \(found) (a typo?)"
        case .idLength(let t, let n): "ID number \(t) has \(n) characters, not 18"
        case .idNotDigits(let t): "ID number \(t) must be 17 digits and a digit or X"
        case .idBirthDate(let t, let digits): "ID number \(t): \(digits) is not a possible birth date (digits 7–14, YYYYMMDD)"
        case .notDivisionCode(let t): "'\(t)' is not a 12-digit division code"
        case .levelByDigits(let code, let implied, let given):
            "code \(code) is a \(implied.rawValue) code by its digits, not a \(given.rawValue)"
        case .noParentUnit(let p): "no unit \(p) on the board or in an earlier row (list a unit after its parent)"
        case .notUnderParent(let code, let p): "code \(code) does not lie under \(p): its first digits must be the parent's"
        case .cannotHold(let name, let parentLevel, let level): "\(name) (\(parentLevel.rawValue)) cannot hold a \(level.rawValue)"
        case .parentRequired: "required: the board has a top unit already"
        case .unitListedTwice(let code): "unit \(code) is listed twice"
        case .unitDiffers(let code, let name): "unit \(code) is already on the board as \(name), with other values"
        case .notLatitude(let t): "'\(t)' is not a latitude (-90 to 90 degrees)"
        case .notLongitude(let t): "'\(t)' is not a longitude (-180 to 180 degrees)"
        case .userListedTwice(let id): "user \(id) is listed twice"
        case .noScopeUnit(let t): "no unit '\(t)' on the board (import units first)"
        case .pin(let p): "\(p)"
        case .userDiffers(let id): "user \(id) is already on the board, with other values"
        case .pinNotHashed: "the PIN could not be hashed"
        case .notACause(let w): "'\(w)' is not a cause of the code list"
        case .householdListedTwice(let id): "household \(id) is listed twice"
        case .unknownVillage(let t): "unknown village code '\(t)' (not a village on this board)"
        case .noUser(let t): "no user '\(t)'"
        case .householdDiffers(let id): "household \(id) is already on the board, with other values"
        case .noHousehold(let t, let first): "no household \(t) on the board" + (first ? " (import households first)" : "")
        case .samePerson(let row, let masked): "the same person as row \(row)" + (masked.map { " (ID \($0))" } ?? "")
        case .idOnBoard(let masked, let name, let household): "ID \(masked) is already \(name) of household \(household)"
        case .birthYearDiffers(let born, let idYear): "\(born) differs from the ID number's \(idYear)"
        case .memberInHousehold(let id, let household): "member \(id) is already in household \(household)"
        case .notGrade(let g): "'\(g)' is not A, B, C or D"
        case .refused(let e): "saving would be refused: \(e)"
        }
    }
}
