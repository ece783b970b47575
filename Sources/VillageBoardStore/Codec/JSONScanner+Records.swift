import VillageBoardCore

// Reading the board's records straight into domain values: no intermediate tree, unknown fields skipped
// (a newer minor writer may add some), required fields checked when the object closes.
extension JSONScanner {
    public mutating func readUnit() throws(JSONError) -> OrgUnit {
        var code: DivisionCode?, name: String?, level: OrgLevel?, parent: DivisionCode?
        var lat: Double?, lon: Double?, poor = false, population = 0, deadline: Day?
        var targets: [VillageTargetKind: VillageTarget] = [:]
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "code": code = try readCode()
            case "name": name = try readString()
            case "level": level = try readEnum(OrgLevel.self)
            case "parent": parent = consumeNull() ? nil : try readCode()
            case "lat": lat = try readDouble()
            case "lon": lon = try readDouble()
            case "poor": poor = try readBool()
            case "population": population = try readInt()
            case "deadline": deadline = try readDay()
            case "targets": targets = try readTargets()
            default: try skipValue()
            }
        }
        guard let code else { throw missingField("code") }
        guard let name else { throw missingField("name") }
        guard let level else { throw missingField("level") }
        let coordinate = lat.flatMap { la in lon.map { Coordinate(latitude: la, longitude: $0) } }
        var unit = OrgUnit(code: code, name: name, level: level, parent: parent, coordinate: coordinate,
                           isPoorVillage: poor, ruralPopulation: population, deadline: deadline)
        unit.targets = targets
        return unit
    }

    public mutating func readStandard() throws(JSONError) -> YearStandard {
        var year: Int?, line: Int?, monitoring: Int?, dibao: Int?, from = 6, to = 15, watched = 30, stable = 90
        var riskNeedsMonitoringLine = true, notApplicable = NotApplicableRule.national
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "year": year = try readInt()
            case "incomeLine": line = try readInt()
            case "monitoringLine": monitoring = try readInt()
            case "dibao": dibao = try readInt()
            case "schoolFrom": from = try readInt()
            case "schoolTo": to = try readInt()
            case "visitWatched": watched = try readInt()
            case "visitStable": stable = try readInt()
            case "riskNeedsMonitoringLine": riskNeedsMonitoringLine = try readBool()
            case "notApplicable":
                try beginObject()
                while let item = try nextKey() {
                    guard let it = ChecklistItem(key: item.string) else {
                        throw unexpectedValue(expected: "one of " + ChecklistItem.allCases.map(\.key).joined(separator: "/"))
                    }
                    notApplicable[it] = try readEnum(NotApplicableRule.self)
                }
            default: try skipValue()
            }
        }
        guard let year else { throw missingField("year") }
        guard let line else { throw missingField("incomeLine") }
        return YearStandard(year: year, incomeLine: line, monitoringLine: monitoring ?? line, dibaoStandard: dibao ?? 0,
                            schoolAgeFrom: from, schoolAgeTo: to, riskEliminationNeedsMonitoringLine: riskNeedsMonitoringLine,
                            notApplicable: notApplicable,
                            visitDaysWatched: watched, visitDaysStable: stable)
    }

    public mutating func readUserRecord() throws(JSONError) -> User {
        var id: UserID?, name = "", role: Role?, scope: DivisionCode?, disabled = false, pin: PinHash?
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "id": id = try readUser()
            case "name": name = try readString()
            case "role": role = try readEnum(Role.self)
            case "scope": scope = try readCode()
            case "disabled": disabled = try readBool()
            case "pin": pin = try readPinHash()
            default: try skipValue()
            }
        }
        guard let id else { throw missingField("id") }
        guard let role else { throw missingField("role") }
        guard let scope else { throw missingField("scope") }
        return User(id: id, name: name, role: role, scope: scope, disabled: disabled, pin: pin)
    }

    public mutating func readMember() throws(JSONError) -> Member {
        var id: MemberID?, name = "", relation = Relation.other, born: Int?, idn: ResidentID?
        var health = Health.healthy, labour = LabourCapacity.full, school = Schooling.notApplicable, insured = true
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "id": id = MemberID(try readString())
            case "name": name = try readString()
            case "rel": relation = try readEnum(Relation.self)
            case "born": born = try readInt()
            case "idn": idn = consumeNull() ? nil : try readResidentID()
            case "health": health = try readEnum(Health.self)
            case "labour": labour = try readEnum(LabourCapacity.self)
            case "school": school = try readEnum(Schooling.self)
            case "insured": insured = try readBool()
            default: try skipValue()
            }
        }
        guard let id else { throw missingField("id") }
        guard let born else { throw missingField("born") }
        return Member(id: id, name: name, relation: relation, birthYear: born, idNumber: idn, health: health,
                      labour: labour, schooling: school, medicalInsured: insured)
    }

    public mutating func readCheck() throws(JSONError) -> ItemCheck {
        var check = ItemCheck()
        var sawState = false
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "s": check.state = try readEnum(ItemState.self); sawState = true
            case "note": check.note = try readSharedString()
            case "by": check.checkedBy = try readOptionalUser()
            case "on": check.checkedOn = consumeNull() ? nil : try readDay()
            default: try skipValue()
            }
        }
        guard sawState else { throw missingField("s") }
        return check
    }

    public mutating func readIncome() throws(JSONError) -> Income {
        var income = Income()
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "wages": income.wages = try readInt()
            case "business": income.business = try readInt()
            case "property": income.property = try readInt()
            case "transfer": income.transfer = try readInt()
            case "costs": income.productionCosts = try readInt()
            case "year": income.year = try readInt()
            default: try skipValue()
            }
        }
        return income
    }

    public mutating func readEnrolments() throws(JSONError) -> Enrolments {
        var e = Enrolments()
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "dibao": e.dibao = try readBool()
            case "tekun": e.tekun = try readBool()
            case "pension": e.pensionInsurance = try readBool()
            case "doctor": e.familyDoctor = try readBool()
            default: try skipValue()
            }
        }
        return e
    }

    public mutating func readPlan() throws(JSONError) -> Plan {
        var plan = Plan()
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "needs": plan.needs = try readSharedString()
            case "measures":
                try beginArray()
                while try nextElement() {
                    var kind: MeasureKind?, detail = ""
                    try beginObject()
                    while let k = try nextKey() {
                        switch k {
                        case "kind": kind = try readEnum(MeasureKind.self)
                        case "detail": detail = try readSharedString()
                        default: try skipValue()
                        }
                    }
                    guard let kind else { throw missingField("kind") }
                    plan.measures.append(Measure(kind: kind, detail: detail))
                }
            default: try skipValue()
            }
        }
        return plan
    }

    public mutating func readVisit() throws(JSONError) -> Visit {
        var day: Day?, by: UserID?, found = "", done = "", voided = false
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "day": day = try readDay()
            case "by": by = try readUser()
            case "found": found = try readSharedString()
            case "done": done = try readSharedString()
            case "voided": voided = try readBool()
            default: try skipValue()
            }
        }
        guard let day else { throw missingField("day") }
        guard let by else { throw missingField("by") }
        return Visit(day: day, by: by, found: found, done: done, voided: voided)
    }

    public mutating func readMark() throws(JSONError) -> HouseholdMark {
        var status: HouseholdStatus?, eliminated = false
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "status": status = try readEnum(HouseholdStatus.self)
            case "riskEliminated": eliminated = try readBool()
            default: try skipValue()
            }
        }
        guard let status else { throw missingField("status") }
        return HouseholdMark(status, riskEliminated: eliminated)
    }

    public mutating func readCauseSet() throws(JSONError) -> CauseSet {
        var set = CauseSet(main: nil)
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "cause": set.main = consumeNull() ? nil : try readCause()
            case "causes2": set.secondary = try readCauses()
            default: try skipValue()
            }
        }
        return set
    }

    /// A household record; `incomeNet` is the format-1 field that migration turns into itemised income.
    public mutating func readHousehold() throws(JSONError) -> Household {
        var id: HouseholdID?, village: DivisionCode?, status: HouseholdStatus?
        var h = Household(id: HouseholdID(""), village: DivisionCode(value: 0)!)
        var eliminated = false
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "type": try skipValue()
            case "id": id = HouseholdID(try readString())
            case "village": village = try readCode()
            case "hamlet": h.hamlet = try readSharedString()
            case "registered": h.registered = try readBool()
            case "status": status = try readEnum(HouseholdStatus.self)
            case "riskEliminated": eliminated = try readBool()
            case "identifiedOn": h.identifiedOn = consumeNull() ? nil : try readDay()
            case "risks": h.riskTypes = try readEnums(RiskType.self)
            case "cause": h.mainCause = consumeNull() ? nil : try readCause()
            case "causes2": h.secondaryCauses = try readCauses()
            case "members":
                try beginArray()
                while try nextElement() { h.members.append(try readMember()) }
            case "income": h.income = try readIncome()
            case "incomeNet": h.income = Income(wages: try readInt())
            case "enrol": h.enrolments = try readEnrolments()
            case "checks":
                try beginObject()
                while let k = try nextKey() {
                    guard let item = ChecklistItem.allCases.first(where: { k == $0.key }) else {
                        throw unexpectedKey(k, expected: "one of " + ChecklistItem.allCases.map(\.key).joined(separator: "/"))
                    }
                    h.checklist[item] = try readCheck()
                }
            case "plan": h.plan = try readPlan()
            case "cadre": h.cadre = try readOptionalUser()
            case "cadres":
                try beginArray()
                while try nextElement() {
                    var cadre: UserID?, from: Day?, reason = ""
                    try beginObject()
                    while let k = try nextKey() {
                        switch k {
                        case "cadre": cadre = try readUser()
                        case "from": from = try readDay()
                        case "reason": reason = try readSharedString()
                        default: try skipValue()
                        }
                    }
                    guard let cadre else { throw missingField("cadre") }
                    guard let from else { throw missingField("from") }
                    h.cadreHistory.append(CadreAssignment(cadre: cadre, from: from, reason: reason))
                }
            case "visits":
                try beginArray()
                while try nextElement() { h.visits.append(try readVisit()) }
            case "findings":
                try beginArray()
                while try nextElement() { h.findings.append(try readFinding()) }
            case "exit": h.exitCase = try readExitCase()
            default: try skipValue()
            }
        }
        guard let id, !id.raw.isEmpty else { throw missingField("id") }
        guard let village else { throw missingField("village") }
        guard let status else { throw missingField("status") }
        h.id = id
        h.village = village
        h.mark = HouseholdMark(status, riskEliminated: eliminated)
        return h
    }

    public mutating func readTask() throws(JSONError) -> WorkTask {
        var id: TaskID?, subject: TaskSubject?, title = "", owner: UserID?, due: Day?, state: TaskState?
        var createdBy: UserID?, createdOn: Day?
        var t = WorkTask(id: TaskID(""), subject: .village(DivisionCode(value: 0)!), title: "", owner: UserID(""),
                         due: Day(daysSinceEpoch: 0), createdBy: UserID(""), createdOn: Day(daysSinceEpoch: 0))
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "type": try skipValue()
            case "id": id = TaskID(try readString())
            case "household": subject = .household(HouseholdID(try readString()))
            case "village": subject = .village(try readCode())
            case "title": title = try readSharedString()
            case "owner": owner = try readUser()
            case "due": due = try readDay()
            case "state": state = try readEnum(TaskState.self)
            case "createdBy": createdBy = try readUser()
            case "createdOn": createdOn = try readDay()
            case "doneBy": t.doneBy = try readOptionalUser()
            case "doneOn": t.doneOn = consumeNull() ? nil : try readDay()
            case "doneNote": t.doneNote = try readSharedString()
            case "verifiedBy": t.verifiedBy = try readOptionalUser()
            case "verifiedOn": t.verifiedOn = consumeNull() ? nil : try readDay()
            case "verifyNote": t.verifyNote = try readSharedString()
            case "returnReason": t.returnReason = try readSharedString()
            case "returnedBy": t.returnedBy = try readOptionalUser()
            case "sendBacks": t.sendBacks = max(0, try readInt())
            case "reopened": t.reopened = try readBool()
            case "item": t.item = try readItem()
            case "target": t.target = try readEnum(VillageTargetKind.self)
            default: try skipValue()
            }
        }
        guard let id, !id.raw.isEmpty else { throw missingField("id") }
        guard let subject else { throw missingField("household") }
        guard let owner else { throw missingField("owner") }
        guard let due else { throw missingField("due") }
        guard let state else { throw missingField("state") }
        guard let createdBy else { throw missingField("createdBy") }
        guard let createdOn else { throw missingField("createdOn") }
        t.id = id
        t.subject = subject
        t.title = title
        t.owner = owner
        t.due = due
        t.state = state
        t.createdBy = createdBy
        t.createdOn = createdOn
        return t
    }
}
