import VillageBoardCore

// An open task's terms as an `editTask` operation writes them in "from" and "to": title, owner, due.
extension JSONWriter {
    public mutating func write(_ t: TaskTerms) {
        beginObject()
        field("title", t.title)
        field("owner", t.owner.raw)
        field("due", t.due.iso)
        endObject()
    }
}

extension JSONScanner {
    public mutating func readTaskTerms() throws(JSONError) -> TaskTerms {
        var title: String?, owner: UserID?, due: Day?
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "title": title = try readString()
            case "owner": owner = try readUser()
            case "due": due = try readDay()
            default: try skipValue()
            }
        }
        guard let title else { throw missingField("title") }
        guard let owner else { throw missingField("owner") }
        guard let due else { throw missingField("due") }
        return TaskTerms(title: title, owner: owner, due: due)
    }
}
