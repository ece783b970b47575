import VillageBoardCore

// A conflict as a snapshot record (docs/SYNC.md):
// {"type":"conflict","field":{"kind":"check","household":"…","item":"food"},
//  "entries":[{"applied":true,"op":{…a journal line…},"value":{…}},{"applied":false,"reason":"…","op":{…}}]}
extension JSONWriter {
    /// One conflict record (without the newline).
    public mutating func write(_ conflict: Conflict, type: String? = "conflict") {
        beginObject()
        if let type { field("type", type) }
        key("field")
        write(conflict.field)
        key("entries")
        beginArray()
        for entry in conflict.entries {
            beginObject()
            field("applied", entry.applied)
            optionalField("reason", entry.reason)
            if let op = entry.op { key("op"); write(op) }
            if let value = entry.value { key("value"); write(value) }
            endObject()
        }
        endArray()
        endObject()
    }

    mutating func write(_ f: ConflictField) {
        beginObject()
        field("kind", f.kind)
        switch f {
        case .check(let h, let item): field("household", h.raw); field("item", item.key)
        case .member(let h, let m): field("household", h.raw); field("member", m.raw)
        case .user(let u): field("user", u.raw)
        case .task(let t): field("task", t.raw)
        case .unit(let c): field("unit", c.description)
        default: if let h = f.household { field("household", h.raw) }
        }
        endObject()
    }

    mutating func write(_ v: ConflictValue) {
        switch v {
        case .check(let c): write(c)
        case .mark(let m): write(m)
        case .income(let i): write(i)
        case .enrolments(let e): write(e)
        case .causes(let c): write(c)
        case .plan(let p): write(p)
        case .cadre(let u): if let u { value(u.raw) } else { null() }
        case .member(let m): if let m { write(m) } else { null() }
        case .user(let u): write(u)
        case .task(let s): value(s.rawValue)
        }
    }
}

extension JSONScanner {
    /// A conflict record as `JSONWriter.write(_:type:)` writes it.
    public mutating func readConflict() throws(JSONError) -> Conflict {
        var field: ConflictField?
        var entries: [ConflictEntry] = []
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "field": field = try readConflictField()
            case "entries":
                guard let field else { throw unexpectedKey(key, expected: "\"field\" before \"entries\"") }
                try beginArray()
                while try nextElement() { entries.append(try readConflictEntry(field)) }
            default: try skipValue()
            }
        }
        guard let field else { throw missingField("field") }
        return Conflict(field: field, entries: entries)
    }

    mutating func readConflictField() throws(JSONError) -> ConflictField {
        var kind: String?, household: HouseholdID?, item: ChecklistItem?, member: MemberID?
        var user: UserID?, task: TaskID?, unit: DivisionCode?
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "kind": kind = try readString()
            case "household": household = HouseholdID(try readString())
            case "item": item = try readItem()
            case "member": member = MemberID(try readString())
            case "user": user = try readUser()
            case "task": task = TaskID(try readString())
            case "unit": unit = try readCode()
            default: try skipValue()
            }
        }
        func need<T>(_ v: T?, _ name: String) throws(JSONError) -> T {
            guard let v else { throw missingField(name) }
            return v
        }
        switch kind {
        case "check": return .check(try need(household, "household"), try need(item, "item"))
        case "status": return .status(try need(household, "household"))
        case "income": return .income(try need(household, "household"))
        case "enrolments": return .enrolments(try need(household, "household"))
        case "causes": return .causes(try need(household, "household"))
        case "plan": return .plan(try need(household, "household"))
        case "cadre": return .cadre(try need(household, "household"))
        case "member": return .member(try need(household, "household"), try need(member, "member"))
        case "user": return .user(try need(user, "user"))
        case "task": return .task(try need(task, "task"))
        case "household": return .household(try need(household, "household"))
        case "unit": return .unit(try need(unit, "unit"))
        default: throw unexpectedValue(expected: "a conflict kind (check/status/…/unit)")
        }
    }

    mutating func readConflictEntry(_ field: ConflictField) throws(JSONError) -> ConflictEntry {
        var entry = ConflictEntry(op: nil, value: nil)
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "applied": entry.applied = try readBool()
            case "reason": entry.reason = try readString()
            case "op": entry.op = try readOperation()
            case "value": entry.value = try readConflictValue(field)
            default: try skipValue()
            }
        }
        return entry
    }

    mutating func readConflictValue(_ field: ConflictField) throws(JSONError) -> ConflictValue {
        switch field {
        case .check: return .check(try readCheck())
        case .status: return .mark(try readMark())
        case .income: return .income(try readIncome())
        case .enrolments: return .enrolments(try readEnrolments())
        case .causes: return .causes(try readCauseSet())
        case .plan: return .plan(try readPlan())
        case .cadre: return .cadre(try readOptionalUser())
        case .member: return .member(consumeNull() ? nil : try readMember())
        case .user: return .user(try readUserRecord())
        case .task: return .task(try readEnum(TaskState.self))
        case .household, .unit: throw unexpectedValue(expected: "no value for a \(field.kind) conflict")
        }
    }
}

extension JSONWriter {
    /// A place in the merge order: `{"time":…,"dev":…,"seq":…}`.
    mutating func write(_ key: OperationKey) {
        beginObject()
        field("time", key.time.iso)
        field("dev", key.device.raw)
        field("seq", key.sequence)
        endObject()
    }
}

extension JSONScanner {
    mutating func readOperationKey() throws(JSONError) -> OperationKey {
        var time: Timestamp?, device: DeviceID?, sequence: Int?
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "time": time = try readTimestamp()
            case "dev": device = DeviceID(try readString())
            case "seq": sequence = try readInt()
            default: try skipValue()
            }
        }
        guard let time else { throw missingField("time") }
        guard let device else { throw missingField("dev") }
        guard let sequence else { throw missingField("seq") }
        return OperationKey(time: time, device: device, sequence: sequence)
    }
}
