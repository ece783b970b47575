import VillageBoardCore

// A department finding (issue 14): the same object in a household record's "findings" and a `recordFinding` line.
// {"department":"school","item":"education","says":"…","found":"2020-06-01","look":{"by":"…","on":"…","note":"…"}}
extension JSONWriter {
    public mutating func write(_ f: DepartmentFinding) {
        beginObject()
        field("department", f.department.rawValue)
        field("item", f.item.key)
        field("says", f.says)
        field("found", f.foundOn.iso)
        if let look = f.look { key("look"); write(look) }
        endObject()
    }

    public mutating func write(_ look: FindingLook) {
        beginObject()
        field("by", look.by.raw)
        field("on", look.on.iso)
        field("note", look.note)
        endObject()
    }
}

extension JSONScanner {
    public mutating func readFinding() throws(JSONError) -> DepartmentFinding {
        var department: Department?, item: ChecklistItem?, says: String?, found: Day?, look: FindingLook?
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "department": department = try readEnum(Department.self)
            case "item": item = try readItem()
            case "says": says = try readString()
            case "found": found = try readDay()
            case "look": look = try readFindingLook()
            default: try skipValue()
            }
        }
        guard let department else { throw missingField("department") }
        guard let says else { throw missingField("says") }
        guard let found else { throw missingField("found") }
        return DepartmentFinding(department: department, item: item, says: says, foundOn: found, look: look)
    }

    public mutating func readFindingLook() throws(JSONError) -> FindingLook {
        var by: UserID?, on: Day?, note = ""
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "by": by = try readUser()
            case "on": on = try readDay()
            case "note": note = try readString()
            default: try skipValue()
            }
        }
        guard let by else { throw missingField("by") }
        guard let on else { throw missingField("on") }
        return FindingLook(by: by, on: on, note: note)
    }
}
