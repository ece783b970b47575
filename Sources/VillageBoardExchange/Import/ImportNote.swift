import VillageBoardCore

/// Something an import found worth a look but not wrong (issue 15: worded by the catalogue, never an English
/// sentence under Chinese): `description` is plain English for logs and tests; the command line words it.
public enum ImportNote: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// A member's ID number was issued in another province than their village's (people marry and move in).
    case issuedElsewhere(row: Int, name: String, id: String, region: Int, village: DivisionCode)
    /// A school-age member without an ID number to match the 学籍 list by.
    case schoolAgeWithoutID(household: HouseholdID, name: String, age: Int)
    /// A school-age member not on the 学籍 list.
    case notOnSchoolList(household: HouseholdID, name: String, age: Int, id: String)
    /// A member not on the 医保 list; `boardSaysInsured` when the board has them insured.
    case notOnInsuranceList(household: HouseholdID, name: String, id: String, boardSaysInsured: Bool)
    /// A person on the department's list whom the board does not know.
    case listedButNotOnBoard(id: String, row: Int)

    public var description: String {
        switch self {
        case .issuedElsewhere(let row, let name, let id, let region, let village):
            "row \(row): \(name) (\(id)): ID number issued in region \(region), another province than village \(village); check the number"
        case .schoolAgeWithoutID(let h, let name, let age):
            "\(h) \(name) (age \(age)): school age, no ID number to match the 学籍 list"
        case .notOnSchoolList(let h, let name, let age, let id):
            "\(h) \(name) (age \(age), \(id)): school age but not on the 学籍 list"
        case .notOnInsuranceList(let h, let name, let id, let insured):
            "\(h) \(name) (\(id)): not on the 医保 list" + (insured ? ", though the board says insured" : "")
        case .listedButNotOnBoard(let id, let row):
            "\(id) (row \(row)) is on the list but not on the board"
        }
    }

    /// In the order the command lists them: by their English text, as the list was sorted before.
    public static func < (a: Self, b: Self) -> Bool { a.description < b.description }
}
