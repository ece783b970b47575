import VillageBoardCore

// An attachment in files (docs/STORE.md): {"sha256":"<64 hex>","name":"…","size":N,"ftype":"jpg",
// "household":"…","item":"housing" | "task":"…" | "household":"…","visit":N, "by":"…","on":"YYYY-MM-DD"}.
// The same object is a snapshot record (with "type":"attachment" first) and an `attachEvidence` line's "attachment".
extension JSONWriter {
    public mutating func write(_ a: Attachment, type: String? = nil) {
        beginObject()
        if let type { field("type", type) }
        field("sha256", a.hash)
        field("name", a.name)
        field("size", a.size)
        field("ftype", a.type.rawValue)
        switch a.target {
        case .check(let h, let item):
            field("household", h.raw)
            field("item", item.key)
        case .task(let t):
            field("task", t.raw)
        case .visit(let h, let n):
            field("household", h.raw)
            field("visit", n)
        }
        field("by", a.by.raw)
        field("on", a.on.iso)
        endObject()
    }
}

extension JSONScanner {
    public mutating func readAttachment() throws(JSONError) -> Attachment {
        var hash: String?, name: String?, size: Int?, type: EvidenceType?, by: UserID?, on: Day?
        var household: HouseholdID?, item: ChecklistItem?, task: TaskID?, visit: Int?
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "type": try skipValue()
            case "sha256":
                let text = try readString()
                guard Attachment.isHash(text) else { throw unexpectedValue(expected: "64 lowercase hex digits") }
                hash = text
            case "name": name = try readString()
            case "size":
                let n = try readInt()
                guard n >= 0 else { throw unexpectedValue(expected: "a size of 0 bytes or more") }
                size = n
            case "ftype": type = try readEnum(EvidenceType.self)
            case "household": household = HouseholdID(try readString())
            case "item": item = try readItem()
            case "task": task = TaskID(try readString())
            case "visit":
                let n = try readInt()
                guard n >= 0 else { throw unexpectedValue(expected: "a visit's place, 0 or more") }
                visit = n
            case "by": by = try readUser()
            case "on": on = try readDay()
            default: try skipValue()
            }
        }
        let target: EvidenceTarget
        if let task {
            target = .task(task)
        } else if let household, let item {
            target = .check(household, item)
        } else if let household, let visit {
            target = .visit(household, visit)
        } else {
            throw missingField("task, or household with item or visit")
        }
        guard let hash else { throw missingField("sha256") }
        guard let name else { throw missingField("name") }
        guard let size else { throw missingField("size") }
        guard let type else { throw missingField("ftype") }
        guard let by else { throw missingField("by") }
        guard let on else { throw missingField("on") }
        return Attachment(hash: hash, name: name, size: size, type: type, target: target, by: by, on: on)
    }
}
