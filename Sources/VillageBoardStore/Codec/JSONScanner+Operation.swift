import VillageBoardCore

extension JSONScanner {
    /// One journal line's operation. `kind` must come before the kind's own fields (the writer always puts it
    /// there), because it decides how `from` and `to` are read.
    public mutating func readOperation() throws(JSONError) -> Operation {
        var device: DeviceID?, sequence: Int?, time: Timestamp?, author: UserID?, kind: ChangeKind?
        var fields = ChangeFields()
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "dev":
                let d = DeviceID(try readString())
                guard d.isValid else { throw unexpectedValue(expected: "a device name (letters, digits, - _ .)") }
                device = d
            case "seq":
                let s = try readInt()
                guard s >= 1, s <= OperationID.maxSequence else {
                    throw unexpectedValue(expected: "a sequence number from 1 to \(OperationID.maxSequence)")
                }
                sequence = s
            case "time": time = try readTimestamp()
            case "author": author = try readUser()
            case "kind":
                let name = try readString()
                // A kind this program does not know comes from a newer program (or a hand edit): it is named as such,
                // never read as some other kind.
                guard let k = ChangeKind(rawValue: name) else {
                    throw unexpectedValue(expected: "a change kind this version knows (an unknown kind comes from a newer "
                                          + "Village Board: update this laptop's program)")
                }
                kind = k
            case "prev", "hash", "sig": try skipValue()
            default:
                guard let kind else { throw unexpectedKey(key, expected: "\"kind\" before the change's fields") }
                try fields.read(key, kind: kind, from: &self)
            }
        }
        guard let device else { throw missingField("dev") }
        guard let sequence else { throw missingField("seq") }
        guard let time else { throw missingField("time") }
        guard let author else { throw missingField("author") }
        guard let kind else { throw missingField("kind") }
        let change = try fields.change(kind: kind, scanner: self)
        return Operation(id: OperationID(device: device, sequence: sequence), time: time, author: author, change: change)
    }
}

/// The fields of a change, gathered while reading a journal line, then checked and assembled.
struct ChangeFields {
    var unit: OrgUnit?
    var household: Household?
    var householdID: HouseholdID?
    var item: ChecklistItem?
    var fromMark: HouseholdMark?, toMark: HouseholdMark?
    var fromCheck: ItemCheck?, toCheck: ItemCheck?
    var fromIncome: Income?, toIncome: Income?
    var fromEnrol: Enrolments?, toEnrol: Enrolments?
    var fromCauses: CauseSet?, toCauses: CauseSet?
    var fromPlan: Plan?, toPlan: Plan?
    var fromUserID: UserID?, toUserID: UserID?
    var member: Member?, fromMember: Member?, toMember: Member?
    var visit: Visit?
    var task: WorkTask?
    var taskID: TaskID?
    var user: User?, fromUser: User?, toUser: User?
    var pinUser: UserID?, fromPin: PinHash?, toPin: PinHash?
    var standard: YearStandard?
    /// A member's move: the household joined, and the member as it has them.
    var intoID: HouseholdID?, becomes: Member?
    /// The exit procedure's steps: the proposal, approve or send back, and a roll-back's risk.
    var proposal: ExitProposal?, approve: Bool?, risk: RiskType?
    var fromPolicy: PinPolicy?, toPolicy: PinPolicy?
    var attachment: Attachment?
    var reason = ""
    var note = ""
    /// A village target's village and kind, and its values before and after.
    var village: DivisionCode?, targetKind: VillageTargetKind?, fromTarget: VillageTarget?, toTarget: VillageTarget?
    /// An edited task's terms before and after.
    var fromTerms: TaskTerms?, toTerms: TaskTerms?
    /// A corrected visit's (or looked-at finding's) number, from 1 as people count, and the visit before and after.
    var visitNumber: Int?, fromVisit: Visit?, toVisit: Visit?
    /// A department finding recorded, or looked at (its number from 1, and the look).
    var finding: DepartmentFinding?, look: FindingLook?
    /// A 回头看 sample drawn, or a household's re-check.
    var sample: RecheckSample?, recheck: RecheckRecord?

    mutating func read(_ key: JSONKey, kind: ChangeKind, from s: inout JSONScanner) throws(JSONError) {
        switch key {
        case "unit": unit = try s.readUnit()
        case "household":
            if kind == .registerHousehold { household = try s.readHousehold() } else { householdID = HouseholdID(try s.readString()) }
        case "item": item = try s.readItem()
        case "reason": reason = try s.readString()
        case "note": note = try s.readString()
        case "member": member = try s.readMember()
        case "visit": visit = try s.readVisit()
        case "task":
            if kind == .addTask { task = try s.readTask() } else { taskID = TaskID(try s.readString()) }
        case "user":
            if kind == .setPin { pinUser = try s.readUser() } else { user = try s.readUserRecord() }
        case "standard": standard = try s.readStandard()
        case "into": intoID = HouseholdID(try s.readString())
        case "village": village = try s.readCode()
        case "target": targetKind = try s.readEnum(VillageTargetKind.self)
        case "becomes": becomes = try s.readMember()
        case "proposal": proposal = try s.readExitProposal()
        case "approve": approve = try s.readBool()
        case "risk": risk = try s.readEnum(RiskType.self)
        case "attachment": attachment = try s.readAttachment()
        case "finding": finding = try s.readFinding()
        case "look": look = try s.readFindingLook()
        case "sample": sample = try s.readRecheckSample()
        case "recheck": recheck = try s.readRecheckRecord()
        case "number":
            // Hostile numbers: a visit number below 1 would become a negative position.
            let n = try s.readInt()
            guard n >= 1 else { throw s.unexpectedKey(key, expected: "a number from 1") }
            visitNumber = n
        case "from", "to":
            let isFrom = key == "from"
            switch kind {
            case .setStatus, .decideExit, .rollBackStatus:
                let v = try s.readMark(); if isFrom { fromMark = v } else { toMark = v }
            case .setCheck: let v = try s.readCheck(); if isFrom { fromCheck = v } else { toCheck = v }
            case .setIncome: let v = try s.readIncome(); if isFrom { fromIncome = v } else { toIncome = v }
            case .setEnrolments: let v = try s.readEnrolments(); if isFrom { fromEnrol = v } else { toEnrol = v }
            case .setCauses: let v = try s.readCauseSet(); if isFrom { fromCauses = v } else { toCauses = v }
            case .setPlan: let v = try s.readPlan(); if isFrom { fromPlan = v } else { toPlan = v }
            case .assignCadre: let v = try s.readOptionalUser(); if isFrom { fromUserID = v } else { toUserID = v }
            case .updateMember: let v = try s.readMember(); if isFrom { fromMember = v } else { toMember = v }
            case .updateUser: let v = try s.readUserRecord(); if isFrom { fromUser = v } else { toUser = v }
            case .setPin: let v = try s.readPinHash(); if isFrom { fromPin = v } else { toPin = v }
            case .setVillageTarget: let v = try s.readVillageTarget(); if isFrom { fromTarget = v } else { toTarget = v }
            case .editTask: let v = try s.readTaskTerms(); if isFrom { fromTerms = v } else { toTerms = v }
            case .setPinPolicy: let v = try s.readPinPolicy(); if isFrom { fromPolicy = v } else { toPolicy = v }
            case .correctVisit: let v = try s.readVisit(); if isFrom { fromVisit = v } else { toVisit = v }
            case .addOrgUnit, .registerHousehold, .addMember, .removeMember, .addVisit, .addTask, .markTaskDone,
                 .verifyTask, .sendBackTask, .reopenTask, .addUser, .setStandard, .moveMember, .proposeExit,
                 .reviewExit, .attachEvidence, .recordFinding, .lookAtFinding, .drawRecheckSample, .recordRecheck:
                throw s.unexpectedKey(key, expected: "a field of \(kind.rawValue)")
            }
        default:
            throw s.unexpectedKey(key, expected: "a field of \(kind.rawValue)")
        }
    }

    func change(kind: ChangeKind, scanner s: JSONScanner) throws(JSONError) -> Change {
        func need<T>(_ value: T?, _ name: String) throws(JSONError) -> T {
            guard let value else { throw s.missingField(name) }
            return value
        }
        switch kind {
        case .addOrgUnit: return .addOrgUnit(try need(unit, "unit"))
        case .registerHousehold: return .registerHousehold(try need(household, "household"))
        case .setStatus:
            return .setStatus(try need(householdID, "household"), from: try need(fromMark, "from"),
                              to: try need(toMark, "to"), reason: reason)
        case .setCheck:
            return .setCheck(try need(householdID, "household"), try need(item, "item"),
                             from: try need(fromCheck, "from"), to: try need(toCheck, "to"))
        case .setIncome:
            return .setIncome(try need(householdID, "household"), from: try need(fromIncome, "from"), to: try need(toIncome, "to"))
        case .setEnrolments:
            return .setEnrolments(try need(householdID, "household"), from: try need(fromEnrol, "from"), to: try need(toEnrol, "to"))
        case .setCauses:
            return .setCauses(try need(householdID, "household"), from: try need(fromCauses, "from"), to: try need(toCauses, "to"))
        case .setPlan:
            return .setPlan(try need(householdID, "household"), from: try need(fromPlan, "from"), to: try need(toPlan, "to"))
        case .assignCadre:
            return .assignCadre(try need(householdID, "household"), from: fromUserID, to: toUserID, reason: reason)
        case .addMember: return .addMember(try need(householdID, "household"), try need(member, "member"))
        case .removeMember: return .removeMember(try need(householdID, "household"), try need(member, "member"))
        case .updateMember:
            return .updateMember(try need(householdID, "household"), from: try need(fromMember, "from"), to: try need(toMember, "to"))
        case .addVisit: return .addVisit(try need(householdID, "household"), try need(visit, "visit"))
        case .addTask: return .addTask(try need(task, "task"))
        case .markTaskDone: return .markTaskDone(try need(taskID, "task"), note: note)
        case .verifyTask: return .verifyTask(try need(taskID, "task"), note: note)
        case .sendBackTask: return .sendBackTask(try need(taskID, "task"), reason: reason)
        case .reopenTask: return .reopenTask(try need(taskID, "task"), reason: reason)
        case .addUser: return .addUser(try need(user, "user"))
        case .updateUser: return .updateUser(from: try need(fromUser, "from"), to: try need(toUser, "to"))
        case .setPin: return .setPin(try need(pinUser, "user"), from: fromPin, to: try need(toPin, "to"))
        case .setStandard: return .setStandard(try need(standard, "standard"))
        case .editTask:
            return .editTask(try need(taskID, "task"), from: try need(fromTerms, "from"), to: try need(toTerms, "to"), reason: reason)
        case .setVillageTarget:
            return .setVillageTarget(try need(village, "village"), try need(targetKind, "target"),
                                     from: try need(fromTarget, "from"), to: try need(toTarget, "to"))
        case .moveMember:
            return .moveMember(from: try need(householdID, "household"), to: try need(intoID, "into"),
                               member: try need(member, "member"), becomes: try need(becomes, "becomes"))
        case .proposeExit: return .proposeExit(try need(householdID, "household"), try need(proposal, "proposal"))
        case .reviewExit:
            return .reviewExit(try need(householdID, "household"), approve: try need(approve, "approve"), note: note)
        case .decideExit:
            return .decideExit(try need(householdID, "household"), from: try need(fromMark, "from"), to: try need(toMark, "to"),
                               approve: try need(approve, "approve"), note: note)
        case .rollBackStatus:
            return .rollBackStatus(try need(householdID, "household"), from: try need(fromMark, "from"),
                                   to: try need(toMark, "to"), risk: try need(risk, "risk"), reason: reason)
        case .setPinPolicy: return .setPinPolicy(from: try need(fromPolicy, "from"), to: try need(toPolicy, "to"))
        case .attachEvidence: return .attachEvidence(try need(attachment, "attachment"))
        case .recordFinding: return .recordFinding(try need(householdID, "household"), try need(finding, "finding"))
        case .lookAtFinding:
            return .lookAtFinding(try need(householdID, "household"), finding: try need(visitNumber, "number") - 1,
                                  look: try need(look, "look"))
        case .drawRecheckSample: return .drawRecheckSample(try need(sample, "sample"))
        case .recordRecheck: return .recordRecheck(try need(recheck, "recheck"))
        case .correctVisit:
            return .correctVisit(try need(householdID, "household"), visit: try need(visitNumber, "number") - 1,
                                 from: try need(fromVisit, "from"), to: try need(toVisit, "to"), reason: reason)
        }
    }
}
