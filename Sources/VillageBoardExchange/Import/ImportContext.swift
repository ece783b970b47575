import VillageBoardCore
import VillageBoardStore

/// What checking rows needs beyond the row itself: the board, and what earlier rows of the same file said
/// (so a person or household listed twice is caught).
struct ImportContext {
    let board: Board
    let author: UserID
    let header: [String]
    let index: [String: Int]
    var households: Set<HouseholdID> = []
    /// Units earlier rows add, so a village may follow its township in the same file.
    var units: [DivisionCode: OrgUnit] = [:]
    var users: Set<UserID> = []
    var people: [ResidentID: Int] = [:]
    var memberIDs: Set<MemberID> = []
    var membersAdded: [HouseholdID: Int] = [:]
    /// ID numbers named in a department list.
    var listed: Set<ResidentID> = []
    /// Rows found already on the board exactly as they would be imported (an earlier run of the same file).
    var alreadyImported = 0
    /// Members without an ID number that earlier rows of this run matched on the board (each matches one row only).
    var resumedWithoutID: Set<MemberID> = []
    /// Members whose ID number was issued in another province than their village's: not wrong (people marry and
    /// move in), but worth a look, as a mistyped region would be.
    var regionNotes: [ImportNote] = []
    /// Where each ID number is on the board: household position and member position.
    let onBoard: [ResidentID: (household: Int, member: Int)]

    init(board: Board, author: UserID, header: [String], index: [String: Int]) {
        self.board = board
        self.author = author
        self.header = header
        self.index = index
        var map: [ResidentID: (Int, Int)] = [:]
        for (h, household) in board.households.enumerated() {
            for (m, member) in household.members.enumerated() { if let id = member.idNumber { map[id] = (h, m) } }
        }
        onBoard = map
    }

    static let statuses: [(HouseholdStatus, [String])] = [
        (.notOut, ["notOut", "未脱贫", "贫困户"]), (.out, ["out", "已脱贫"]), (.unstable, ["unstable", "脱贫不稳定户"]),
        (.edge, ["edge", "边缘易致贫户"]), (.sudden, ["sudden", "突发严重困难户"]),
    ]
    static let causes = CodeLists.choices(CodeLists.causes)
    static let relations = CodeLists.choices(CodeLists.relations)
    static let healths: [(Health, [String])] = [
        (.healthy, ["healthy", "健康"]), (.chronicIllness, ["chronicIllness", "长期慢性病", "慢性病"]),
        (.seriousIllness, ["seriousIllness", "患有大病", "大病"]), (.disabled, ["disabled", "残疾"]),
    ]
    static let labours = CodeLists.choices(CodeLists.labours)
    static let itemStates: [(ItemState, [String])] = [
        (.met, ["met", "达标"]), (.notMet, ["notMet", "未达标"]), (.notApplicable, ["notApplicable", "不适用"]),
        (.notChecked, ["notChecked", "未核查"]),
    ]

    /// A list of causes in one cell, separated by `;`, `、` or `,`; each one a cause of the code list.
    func causes(_ r: inout RowReader, _ key: String) -> [PovertyCause] {
        var out: [PovertyCause] = []
        for part in r.text(key).split(whereSeparator: { $0 == ";" || $0 == "、" || $0 == "," || $0 == "；" }) {
            let word = part.trimmingSpaces
            guard !word.isEmpty else { continue }
            guard let cause = Self.causes.first(where: { $0.1.contains(word) })?.0 else {
                r.problem(key, .notACause(word))
                continue
            }
            if !out.contains(cause) { out.append(cause) }
        }
        return out
    }

    static let schoolings: [(Schooling, [String])] = [
        (.notApplicable, ["notApplicable", "不适用"]), (.inSchool, ["inSchool", "在校", "在校生"]),
        (.homeTeaching, ["homeTeaching", "送教上门"]), (.outOfSchool, ["outOfSchool", "辍学", "失学"]),
    ]

    /// Checks one row and gives its operations (none when it has problems).
    mutating func read(_ kind: ImportKind, _ r: inout RowReader) -> [Change] {
        switch kind {
        case .units: return unit(&r)
        case .users: return user(&r)
        case .households: return household(&r)
        case .members: return member(&r)
        case .school: return school(&r)
        case .insurance: return insurance(&r)
        case .housing: return housing(&r)
        }
    }

    mutating func household(_ r: inout RowReader) -> [Change] {
        let id = r.required("household_id").map { HouseholdID($0) }
        if let id {
            if households.contains(id) { r.problem("household_id", .householdListedTwice(id)) }
            households.insert(id)
        }
        var village: DivisionCode?
        if let text = r.required("village_code") {
            if let code = DivisionCode(text), board.unit(code)?.level == .village { village = code }
            else { r.problem("village_code", .unknownVillage(text)) }
        }
        let status = r.choice("status", Self.statuses) ?? .notOut
        let registered = r.flag("registered") ?? (status != .edge && status != .sudden)
        let identified = r.day("identified_on")
        let cause = r.choice("main_cause", Self.causes)
        let income = Income(wages: r.number("wages") ?? 0, business: r.number("business") ?? 0,
                            property: r.number("property") ?? 0, transfer: r.number("transfer") ?? 0,
                            productionCosts: r.number("costs") ?? 0, year: r.number("income_year", range: 1900...2200))
        let riskEliminated = r.flag("risk_eliminated") ?? false
        let secondary = causes(&r, "secondary_causes")
        let enrolments = Enrolments(dibao: r.flag("dibao") ?? false, tekun: r.flag("tekun") ?? false,
                                    pensionInsurance: r.flag("pension") ?? false, familyDoctor: r.flag("family_doctor") ?? false)
        var checklist = Checklist()
        for item in ChecklistItem.allCases {
            let key = ImportColumn.check(item)
            guard let state = r.choice(key, Self.itemStates) else { continue }
            checklist[item] = ItemCheck(state: state, note: r.text(key + "_note"))
        }
        var cadre: UserID?
        let cadreText = r.text("cadre")
        if !cadreText.isEmpty {
            if board.user(UserID(cadreText)) != nil { cadre = UserID(cadreText) } else { r.problem("cadre", .noUser(cadreText)) }
        }
        guard r.problems.isEmpty, let id, let village else { return [] }
        let h = Household(id: id, village: village, hamlet: r.text("hamlet"), registered: registered,
                          mark: HouseholdMark(status, riskEliminated: riskEliminated), identifiedOn: identified,
                          mainCause: cause, secondaryCauses: secondary, income: income, enrolments: enrolments,
                          checklist: checklist, cadre: cadre,
                          cadreHistory: cadre.map { [CadreAssignment(cadre: $0, from: identified ?? board.today, reason: "导入")] } ?? [])
        if let existing = board.household(id) {
            // The same row imported before (a run that was stopped part way): done already, so running the same file
            // again resumes it. Anything else with this id is a different household.
            var same = h
            if same.cadre == existing.cadre { same.cadreHistory = existing.cadreHistory }
            if same == existing { alreadyImported += 1; return [] }
            r.problem("household_id", .householdDiffers(id))
            return []
        }
        return [.registerHousehold(h)]
    }

    mutating func member(_ r: inout RowReader) -> [Change] {
        var household: Household?
        if let text = r.required("household_id") {
            household = board.household(HouseholdID(text))
            if household == nil { r.problem("household_id", .noHousehold(text, importFirst: true)) }
        }
        let name = r.required("name")
        let relation = r.text("relation").isEmpty ? nil : r.choice("relation", Self.relations)
        if r.text("relation").isEmpty { r.problem("relation", .required) }
        let born = r.text("birth_year").isEmpty ? nil : r.number("birth_year", range: 1900...board.today.year)
        if r.text("birth_year").isEmpty { r.problem("birth_year", .required) }
        let idNumber = r.residentID("id_number")
        if let idNumber {
            if let earlier = people[idNumber] { r.problem("id_number", .samePerson(row: earlier, masked: idNumber.masked)) }
            else if let at = onBoard[idNumber], let household, board.households[at.household].id == household.id,
                    board.households[at.household].members[at.member].name == name {
                // This person is in this household already: the row was imported by an earlier run of the file.
                alreadyImported += 1
                return []
            } else if let at = onBoard[idNumber] {
                r.problem("id_number", .idOnBoard(masked: idNumber.masked, name: board.households[at.household].members[at.member].name,
                                                  household: board.households[at.household].id))
            }
            people[idNumber] = people[idNumber] ?? r.row.line
            if let born, idNumber.birthYear != born {
                r.problem("birth_year", .birthYearDiffers(born, idYear: idNumber.birthYear))
            }
            if let household, idNumber.regionCode / 10_000 != Int(household.village.value / 10_000_000_000) {
                regionNotes.append(.issuedElsewhere(row: r.row.line, name: name ?? "", id: idNumber.masked,
                                                    region: idNumber.regionCode, village: household.village))
            }
        }
        if idNumber == nil, r.text("id_number").isEmpty, let household, let name, let relation, let born,
           let earlier = earlierRun(of: household, name: name, relation: relation, born: born, given: r.text("member_id")) {
            // A person without an ID number, imported by an earlier run of this file that was stopped part way.
            resumedWithoutID.insert(earlier)
            alreadyImported += 1
            return []
        }
        var memberID: MemberID?
        if let household {
            let given = r.text("member_id")
            let added = membersAdded[household.id, default: 0] + 1
            let id = MemberID(given.isEmpty ? "\(household.id.raw)-\(household.members.count + added)" : given)
            if household.members.contains(where: { $0.id == id }) || memberIDs.contains(id) {
                r.problem("member_id", .memberInHousehold(id, household: household.id))
            }
            memberIDs.insert(id)
            membersAdded[household.id] = added
            memberID = id
        }
        let health = r.choice("health", Self.healths) ?? .healthy
        let labour = r.choice("labour", Self.labours) ?? .full
        let schooling = r.choice("schooling", Self.schoolings) ?? .notApplicable
        let insured = r.flag("insured") ?? true
        guard r.problems.isEmpty, let household, let memberID, let name, let relation, let born else { return [] }
        return [.addMember(household.id, Member(id: memberID, name: name, relation: relation, birthYear: born, idNumber: idNumber,
                                                health: health, labour: labour, schooling: schooling, medicalInsured: insured))]
    }

    /// The member without an ID number that this row would add, already in the household: same name, relation and
    /// birth year (and member id, when the row gives one), not matched by an earlier row of this run.
    func earlierRun(of household: Household, name: String, relation: Relation, born: Int, given: String) -> MemberID? {
        household.members.first {
            $0.idNumber == nil && $0.name == name && $0.relation == relation && $0.birthYear == born
                && !resumedWithoutID.contains($0.id) && (given.isEmpty || $0.id.raw == given)
        }?.id
    }

    /// A person of a department list, found on the board by ID number.
    mutating func listedPerson(_ r: inout RowReader) -> (household: Household, member: Member)? {
        guard !r.text("id_number").isEmpty else { r.problem("id_number", .required); return nil }
        guard let id = r.residentID("id_number") else { return nil }
        if let earlier = people[id] { r.problem("id_number", .samePerson(row: earlier, masked: nil)); return nil }
        people[id] = r.row.line
        listed.insert(id)
        guard let at = onBoard[id] else { return nil }
        let h = board.households[at.household]
        return (h, h.members[at.member])
    }

    mutating func school(_ r: inout RowReader) -> [Change] {
        let status = r.choice("status", Self.schoolings) ?? .inSchool
        guard let (h, m) = listedPerson(&r), r.problems.isEmpty, m.schooling != status else { return [] }
        var to = m
        to.schooling = status
        return [.updateMember(h.id, from: m, to: to)]
    }

    mutating func insurance(_ r: inout RowReader) -> [Change] {
        _ = r.day("insured_on")
        guard let (h, m) = listedPerson(&r), r.problems.isEmpty, !m.medicalInsured else { return [] }
        var to = m
        to.medicalInsured = true
        return [.updateMember(h.id, from: m, to: to)]
    }

    mutating func housing(_ r: inout RowReader) -> [Change] {
        var household: Household?
        if let text = r.required("household_id") {
            household = board.household(HouseholdID(text))
            if household == nil { r.problem("household_id", .noHousehold(text, importFirst: false)) }
        }
        let grade = r.required("grade").map { $0.uppercased().replacing("级", with: "") }
        if let grade, !["A", "B", "C", "D"].contains(grade) { r.problem("grade", .notGrade(grade)) }
        let day = r.text("appraised_on").isEmpty ? nil : r.day("appraised_on")
        if r.text("appraised_on").isEmpty { r.problem("appraised_on", .required) }
        guard r.problems.isEmpty, let household, let grade, let day else { return [] }
        let note = "房屋鉴定\(grade)级 \(day.iso)" + (r.text("note").isEmpty ? "" : "，" + r.text("note"))
        let to = ItemCheck(state: grade == "A" || grade == "B" ? .met : .notMet, note: note, checkedBy: author, checkedOn: day)
        guard household.checklist[.housing] != to else { return [] }
        return [.setCheck(household.id, .housing, from: household.checklist[.housing], to: to)]
    }

    /// The cross-check's mismatches on households of the board, one `recordFinding` per household: the members a 学籍
    /// list leaves out (school age), or a 医保 list leaves out. What the department says is data, in its own words.
    func crossCheckFindings(_ kind: ImportKind) -> [Change] {
        let department: Department
        switch kind {
        case .school: department = .school
        case .insurance: department = .insurance
        default: return []
        }
        let from = board.standard?.schoolAgeFrom ?? 6, to = board.standard?.schoolAgeTo ?? 15
        let day = board.today
        var out: [Change] = []
        for h in board.households {
            let missing = h.members.filter { m in
                guard let id = m.idNumber, !listed.contains(id) else { return false }
                return department == .insurance || (from...to).contains(m.age(in: board.year))
            }
            guard !missing.isEmpty else { continue }
            let names = missing.map(\.name).joined(separator: "、")
            let says = department == .school ? "学籍名单中没有：\(names)" : "医保名单中没有：\(names)"
            if h.findings.contains(where: { $0.isOpen && $0.department == department && $0.says == says }) { continue }
            out.append(.recordFinding(h.id, DepartmentFinding(department: department, says: says, foundOn: day)))
        }
        return out
    }

    /// Items to look at after a department list: who should be on it and is not.
    func crossCheck(_ kind: ImportKind) -> [ImportNote] {
        var out: [ImportNote] = []
        switch kind {
        case .school:
            let from = board.standard?.schoolAgeFrom ?? 6, to = board.standard?.schoolAgeTo ?? 15
            for h in board.households {
                for m in h.members where (from...to).contains(m.age(in: board.year)) {
                    guard let id = m.idNumber else {
                        out.append(.schoolAgeWithoutID(household: h.id, name: m.name, age: m.age(in: board.year)))
                        continue
                    }
                    if !listed.contains(id) {
                        out.append(.notOnSchoolList(household: h.id, name: m.name, age: m.age(in: board.year), id: id.masked))
                    }
                }
            }
        case .insurance:
            for h in board.households {
                for m in h.members {
                    guard let id = m.idNumber else { continue }
                    if !listed.contains(id) {
                        out.append(.notOnInsuranceList(household: h.id, name: m.name, id: id.masked, boardSaysInsured: m.medicalInsured))
                    }
                }
            }
        default: break
        }
        if kind == .school || kind == .insurance {
            for id in listed where onBoard[id] == nil {
                out.append(.listedButNotOnBoard(id: id.masked, row: people[id] ?? 0))
            }
        }
        return out.sorted()
    }
}
