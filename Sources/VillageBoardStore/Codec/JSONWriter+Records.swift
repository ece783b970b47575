import VillageBoardCore

// Writing the board's records in the field order docs/STORE.md gives. Optional and empty fields are left
// out so records stay small; readers treat a missing field as its empty value.
extension JSONWriter {
    mutating func field(_ name: StaticString, _ day: Day?) {
        if let day { key(name); value(day) }
    }

    /// Writes a day as `Day.iso` gives it, without making a String when its year has four digits.
    mutating func value(_ day: Day) {
        let c = day.civil
        if (0...9999).contains(c.year) && (1...12).contains(c.month) && (1...31).contains(c.day) {
            quotedDate(year: c.year, month: c.month, day: c.day)
        } else {
            value(day.iso)
        }
    }

    mutating func field(_ name: StaticString, _ user: UserID?) {
        if let user { field(name, user.raw) }
    }

    mutating func optionalField(_ name: StaticString, _ text: String) {
        if !text.isEmpty { field(name, text) }
    }

    public mutating func write(_ unit: OrgUnit, type: String? = nil) {
        beginObject()
        if let type { field("type", type) }
        field("code", unit.code.description)
        field("name", unit.name)
        field("level", unit.level.rawValue)
        if let p = unit.parent { field("parent", p.description) }
        if let c = unit.coordinate {
            field("lat", c.latitude)
            field("lon", c.longitude)
        }
        if unit.isPoorVillage { field("poor", true) }
        if unit.ruralPopulation != 0 { field("population", unit.ruralPopulation) }
        field("deadline", unit.deadline)
        writeTargets(of: unit)
        endObject()
    }

    public mutating func write(_ s: YearStandard, type: String? = nil) {
        beginObject()
        if let type { field("type", type) }
        field("year", s.year)
        field("incomeLine", s.incomeLine)
        field("monitoringLine", s.monitoringLine)
        field("dibao", s.dibaoStandard)
        field("schoolFrom", s.schoolAgeFrom)
        field("schoolTo", s.schoolAgeTo)
        // Written only where a standard departs from the national rules, so older readers see the same records.
        if !s.riskEliminationNeedsMonitoringLine { field("riskNeedsMonitoringLine", false) }
        if s.notApplicable != NotApplicableRule.national {
            key("notApplicable")
            beginObject()
            for item in ChecklistItem.allCases {
                key(item.key)
                value(s.notApplicableRule(item).rawValue)
            }
            endObject()
        }
        // Written only when not the defaults (30 and 90 days), so stores written before these fields read the same.
        if s.visitDaysWatched != 30 { field("visitWatched", s.visitDaysWatched) }
        if s.visitDaysStable != 90 { field("visitStable", s.visitDaysStable) }
        endObject()
    }

    public mutating func write(_ u: User, type: String? = nil) {
        beginObject()
        if let type { field("type", type) }
        field("id", u.id.raw)
        field("name", u.name)
        field("role", u.role.rawValue)
        field("scope", u.scope.description)
        if u.disabled { field("disabled", true) }
        if let pin = u.pin { key("pin"); write(pin) }
        endObject()
    }

    public mutating func write(_ m: Member) {
        beginObject()
        field("id", m.id.raw)
        field("name", m.name)
        field("rel", m.relation.rawValue)
        field("born", m.birthYear)
        if let idn = m.idNumber { field("idn", idn.full) }
        if m.health != .healthy { field("health", m.health.rawValue) }
        if m.labour != .full { field("labour", m.labour.rawValue) }
        if m.schooling != .notApplicable { field("school", m.schooling.rawValue) }
        if !m.medicalInsured { field("insured", false) }
        endObject()
    }

    public mutating func write(_ c: ItemCheck) {
        beginObject()
        field("s", c.state.rawValue)
        optionalField("note", c.note)
        field("by", c.checkedBy)
        field("on", c.checkedOn)
        endObject()
    }

    public mutating func write(_ income: Income) {
        beginObject()
        if income.wages != 0 { field("wages", income.wages) }
        if income.business != 0 { field("business", income.business) }
        if income.property != 0 { field("property", income.property) }
        if income.transfer != 0 { field("transfer", income.transfer) }
        if income.productionCosts != 0 { field("costs", income.productionCosts) }
        if let year = income.year { field("year", year) }
        endObject()
    }

    public mutating func write(_ e: Enrolments) {
        beginObject()
        if e.dibao { field("dibao", true) }
        if e.tekun { field("tekun", true) }
        if e.pensionInsurance { field("pension", true) }
        if e.familyDoctor { field("doctor", true) }
        endObject()
    }

    public mutating func write(_ plan: Plan) {
        beginObject()
        optionalField("needs", plan.needs)
        if !plan.measures.isEmpty {
            key("measures")
            beginArray()
            for m in plan.measures {
                beginObject()
                field("kind", m.kind.rawValue)
                optionalField("detail", m.detail)
                endObject()
            }
            endArray()
        }
        endObject()
    }

    public mutating func write(_ v: Visit) {
        beginObject()
        field("day", v.day)
        field("by", v.by.raw)
        optionalField("found", v.found)
        optionalField("done", v.done)
        // Only when voided, so every visit recorded before corrections existed is written as it always was.
        if v.voided { field("voided", true) }
        endObject()
    }

    public mutating func write(_ mark: HouseholdMark) {
        beginObject()
        field("status", mark.status.rawValue)
        if mark.riskEliminated { field("riskEliminated", true) }
        endObject()
    }

    public mutating func write(_ causes: CauseSet) {
        beginObject()
        if let main = causes.main { field("cause", main.key) }
        if !causes.secondary.isEmpty { field("causes2", causes.secondary.map(\.key)) }
        endObject()
    }

    /// A household record; `type` is written first when the record stands alone in a snapshot.
    public mutating func write(_ h: Household, type: String? = nil) {
        beginObject()
        if let type { field("type", type) }
        field("id", h.id.raw)
        field("village", h.village.description)
        optionalField("hamlet", h.hamlet)
        if !h.registered { field("registered", false) }
        field("status", h.mark.status.rawValue)
        if h.mark.riskEliminated { field("riskEliminated", true) }
        field("identifiedOn", h.identifiedOn)
        if !h.riskTypes.isEmpty { field("risks", h.riskTypes.map(\.rawValue)) }
        if let main = h.mainCause { field("cause", main.key) }
        if !h.secondaryCauses.isEmpty { field("causes2", h.secondaryCauses.map(\.key)) }
        key("members")
        beginArray()
        for m in h.members { write(m) }
        endArray()
        key("income"); write(h.income)
        key("enrol"); write(h.enrolments)
        key("checks")
        beginObject()
        for item in ChecklistItem.allCases where h.checklist[item] != .unchecked {
            key(item.key)
            write(h.checklist[item])
        }
        endObject()
        if h.plan != Plan() { key("plan"); write(h.plan) }
        field("cadre", h.cadre)
        if !h.cadreHistory.isEmpty {
            key("cadres")
            beginArray()
            for a in h.cadreHistory {
                beginObject()
                field("cadre", a.cadre.raw)
                field("from", a.from)
                optionalField("reason", a.reason)
                endObject()
            }
            endArray()
        }
        if !h.visits.isEmpty {
            key("visits")
            beginArray()
            for v in h.visits { write(v) }
            endArray()
        }
        if !h.findings.isEmpty {
            key("findings")
            beginArray()
            for f in h.findings { write(f) }
            endArray()
        }
        if let c = h.exitCase { key("exit"); write(c) }
        endObject()
    }

    public mutating func write(_ t: WorkTask, type: String? = nil) {
        beginObject()
        if let type { field("type", type) }
        field("id", t.id.raw)
        switch t.subject {
        case .household(let h): field("household", h.raw)
        case .village(let v): field("village", v.description)
        }
        field("title", t.title)
        field("owner", t.owner.raw)
        field("due", t.due)
        field("state", t.state.rawValue)
        field("createdBy", t.createdBy.raw)
        field("createdOn", t.createdOn.iso)
        field("doneBy", t.doneBy)
        field("doneOn", t.doneOn)
        optionalField("doneNote", t.doneNote)
        field("verifiedBy", t.verifiedBy)
        field("verifiedOn", t.verifiedOn)
        optionalField("verifyNote", t.verifyNote)
        optionalField("returnReason", t.returnReason)
        field("returnedBy", t.returnedBy)
        if t.sendBacks != 0 { field("sendBacks", t.sendBacks) }
        if t.reopened { field("reopened", true) }
        if let item = t.item { field("item", item.key) }
        if let target = t.target { field("target", target.rawValue) }
        endObject()
    }
}
