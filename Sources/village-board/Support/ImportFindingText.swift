import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText

/// `import`'s row problems in the user's language (the importer words them in English for logs and tests): file,
/// row, column and what is wrong; the cell's text and ids stay as they are.
extension Catalog {
    func describe(_ problem: ImportProblem, in file: String) -> String {
        let what = describe(problem.finding)
        return problem.column.map { self("findings.import.atColumn", file, problem.row, $0, what) }
            ?? self("findings.import.at", file, problem.row, what)
    }

    func describe(_ finding: ImportFinding) -> String {
        switch finding {
        case .controlCharacter(let hex): self("findings.import.controlCharacter", hex)
        case .required: self("findings.import.required")
        case .notWholeNumber(let t): self("findings.import.notWholeNumber", t)
        case .outOfRange(let t, let low, let high): self("findings.import.outOfRange", t, low, high)
        case .notDate(let t): self("findings.import.notDate", t)
        case .notYesNo(let t): self("findings.import.notYesNo", t)
        case .notOneOf(let t, let options): self("findings.import.notOneOf", t, options)
        case .idCheckDigit(let t, let expected, let found): self("findings.import.idCheckDigit", t, String(expected), String(found))
        case .idLength(let t, let n): self("findings.import.idLength", t, n)
        case .idNotDigits(let t): self("findings.import.idNotDigits", t)
        case .idBirthDate(let t, let digits): self("findings.import.idBirthDate", t, digits)
        case .notDivisionCode(let t): self("findings.import.notDivisionCode", t)
        case .levelByDigits(let code, let implied, let given): self("findings.import.levelByDigits", code, name(implied), name(given))
        case .noParentUnit(let p): self("findings.import.noParentUnit", p)
        case .notUnderParent(let code, let p): self("findings.import.notUnderParent", code, p)
        case .cannotHold(let parent, let parentLevel, let level): self("findings.import.cannotHold", parent, name(parentLevel), name(level))
        case .parentRequired: self("findings.import.parentRequired")
        case .unitListedTwice(let code): self("findings.import.unitListedTwice", code)
        case .unitDiffers(let code, let existing): self("findings.import.unitDiffers", code, existing)
        case .notLatitude(let t): self("findings.import.notLatitude", t)
        case .notLongitude(let t): self("findings.import.notLongitude", t)
        case .userListedTwice(let id): self("findings.import.userListedTwice", id)
        case .noScopeUnit(let t): self("findings.import.noScopeUnit", t)
        case .pin(let p): describe(p)
        case .userDiffers(let id): self("findings.import.userDiffers", id)
        case .pinNotHashed: self("findings.import.pinNotHashed")
        case .notACause(let w): self("findings.import.notACause", w)
        case .householdListedTwice(let id): self("findings.import.householdListedTwice", id)
        case .unknownVillage(let t): self("findings.import.unknownVillage", t)
        case .noUser(let t): self("findings.import.noUser", t)
        case .householdDiffers(let id): self("findings.import.householdDiffers", id)
        case .noHousehold(let t, let first): self(first ? "findings.import.noHouseholdImportFirst" : "findings.import.noHousehold", t)
        case .samePerson(let row, let masked?): self("findings.import.samePersonID", row, masked)
        case .samePerson(let row, nil): self("findings.import.samePerson", row)
        case .idOnBoard(let masked, let who, let household): self("findings.import.idOnBoard", masked, who, household)
        case .birthYearDiffers(let born, let idYear): self("findings.import.birthYearDiffers", born, idYear)
        case .memberInHousehold(let id, let household): self("findings.import.memberInHousehold", id, household)
        case .notGrade(let g): self("findings.import.notGrade", g)
        case .refused(let e): self("findings.import.refused", describe(e))
        }
    }

    func describe(_ note: ImportNote) -> String {
        switch note {
        case .issuedElsewhere(let row, let name, let id, let region, let village):
            self("findings.note.issuedElsewhere", row, name, id, region, village)
        case .schoolAgeWithoutID(let h, let name, let age): self("findings.note.schoolAgeWithoutID", h, name, age)
        case .notOnSchoolList(let h, let name, let age, let id): self("findings.note.notOnSchoolList", h, name, age, id)
        case .notOnInsuranceList(let h, let name, let id, let insured):
            self(insured ? "findings.note.notOnInsuranceListThoughInsured" : "findings.note.notOnInsuranceList", h, name, id)
        case .listedButNotOnBoard(let id, let row): self("findings.note.listedButNotOnBoard", id, row)
        }
    }
}
