import VillageBoardCore

// 回头看 (issue 14): a sample and a household's re-check, the same objects in a `drawRecheckSample` /
// `recordRecheck` line and in the snapshot's "recheckSample" / "recheckRecord" records.
// {"id":"RC1","scope":"…","from":"2020-01-01","to":"2020-06-30","stratified":true,"rule":"p:10","seed":"7",
//  "households":["…"],"by":"…","on":"…"}
// {"sample":"RC1","household":"…","village":"…","seen":{mark},"cadre":"…","findings":[{"item":"housing","original":"met",
//  "by":"…","on":"…","agrees":false,"note":"…"}],"satisfied":true,"shouldMonitor":false,"missed":true,"by":"…","on":"…"}
// The seed is written as a string: it is a 64-bit unsigned number, beyond what JSON readers keep exact.
extension JSONWriter {
    public mutating func write(_ s: RecheckSample, type: String? = nil) {
        beginObject()
        if let type { field("type", type) }
        field("id", s.id)
        field("scope", s.frame.scope.description)
        if let period = s.frame.period {
            field("from", period.lowerBound.iso)
            field("to", period.upperBound.iso)
        }
        if s.frame.stratified { field("stratified", true) }
        field("rule", s.rule.key)
        field("seed", String(s.seed))
        field("households", s.households.map(\.raw))
        field("by", s.drawnBy)
        field("on", s.drawnOn)
        endObject()
    }

    public mutating func write(_ r: RecheckRecord, type: String? = nil) {
        beginObject()
        if let type { field("type", type) }
        field("sample", r.sample)
        field("household", r.household.raw)
        field("village", r.village.description)
        key("seen"); write(r.markSeen)
        field("cadre", r.cadre)
        key("findings")
        beginArray()
        for f in r.findings {
            beginObject()
            field("item", f.item.key)
            field("original", f.original.rawValue)
            field("by", f.markedBy)
            field("on", f.markedOn)
            field("agrees", f.agrees)
            optionalField("note", f.note)
            endObject()
        }
        endArray()
        if let satisfied = r.satisfied { field("satisfied", satisfied) }
        if r.shouldMonitor { field("shouldMonitor", true) }
        if r.addedAsMissed { field("missed", true) }
        field("by", r.by)
        field("on", r.on)
        endObject()
    }
}

extension JSONScanner {
    public mutating func readRecheckSample() throws(JSONError) -> RecheckSample {
        var id: String?, scope: DivisionCode?, from: Day?, to: Day?, stratified = false, rule: RecheckRule?, seed: UInt64?
        var households: [HouseholdID] = [], by: UserID?, on: Day?
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "id": id = try readString()
            case "scope": scope = try readCode()
            case "from": from = try readDay()
            case "to": to = try readDay()
            case "stratified": stratified = try readBool()
            case "rule":
                guard let r = RecheckRule(key: try readString()) else {
                    throw unexpectedValue(expected: "a sample size such as \"n:20\" or \"p:10\" (at most 100 %)")
                }
                rule = r
            case "seed":
                guard let n = UInt64(try readString()) else {
                    throw unexpectedValue(expected: "a seed: a whole number from 0 to \(UInt64.max), in quotes")
                }
                seed = n
            case "households":
                try beginArray()
                while try nextElement() { households.append(HouseholdID(try readString())) }
            case "by": by = try readUser()
            case "on": on = try readDay()
            default: try skipValue()
            }
        }
        guard let id else { throw missingField("id") }
        guard let scope else { throw missingField("scope") }
        guard let rule else { throw missingField("rule") }
        guard let seed else { throw missingField("seed") }
        var period: ClosedRange<Day>?
        switch (from, to) {
        case (nil, nil): period = nil
        case (let a?, let b?):
            guard a <= b else { throw unexpectedValue(expected: "a period whose \"from\" is not after its \"to\"") }
            period = a...b
        case (nil, _): throw missingField("from")
        case (_, nil): throw missingField("to")
        }
        return RecheckSample(id: id, frame: RecheckFrame(scope: scope, period: period, stratified: stratified), rule: rule,
                             seed: seed, households: households, drawnBy: by, drawnOn: on)
    }

    public mutating func readRecheckRecord() throws(JSONError) -> RecheckRecord {
        var sample: String?, household: HouseholdID?, village: DivisionCode?, seen: HouseholdMark?, cadre: UserID?
        var findings: [RecheckFinding] = [], satisfied: Bool?, shouldMonitor = false, missed = false
        var by: UserID?, on: Day?
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "sample": sample = try readString()
            case "household": household = HouseholdID(try readString())
            case "village": village = try readCode()
            case "seen": seen = try readMark()
            case "cadre": cadre = try readOptionalUser()
            case "findings":
                try beginArray()
                while try nextElement() { findings.append(try readRecheckFinding()) }
            case "satisfied": satisfied = try readBool()
            case "shouldMonitor": shouldMonitor = try readBool()
            case "missed": missed = try readBool()
            case "by": by = try readUser()
            case "on": on = try readDay()
            default: try skipValue()
            }
        }
        guard let sample else { throw missingField("sample") }
        guard let household else { throw missingField("household") }
        guard let village else { throw missingField("village") }
        guard let seen else { throw missingField("seen") }
        return RecheckRecord(sample: sample, household: household, village: village, markSeen: seen, cadre: cadre,
                             findings: findings, satisfied: satisfied, shouldMonitor: shouldMonitor,
                             addedAsMissed: missed, by: by, on: on)
    }

    private mutating func readRecheckFinding() throws(JSONError) -> RecheckFinding {
        var item: ChecklistItem?, original: ItemState?, by: UserID?, on: Day?, agrees: Bool?, note = ""
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "item": item = try readItem()
            case "original": original = try readEnum(ItemState.self)
            case "by": by = try readOptionalUser()
            case "on": on = consumeNull() ? nil : try readDay()
            case "agrees": agrees = try readBool()
            case "note": note = try readString()
            default: try skipValue()
            }
        }
        guard let item else { throw missingField("item") }
        guard let original else { throw missingField("original") }
        guard let agrees else { throw missingField("agrees") }
        return RecheckFinding(item: item, original: original, markedBy: by, markedOn: on, agrees: agrees, note: note)
    }
}
