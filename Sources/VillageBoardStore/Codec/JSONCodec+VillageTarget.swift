import VillageBoardCore

// A village's village-level targets (村级目标): inside its unit record as "targets" (by kind, in kind order) and in
// `setVillageTarget` operations as "from"/"to". Each target is written like a checklist item, plus its figure.
extension JSONWriter {
    public mutating func write(_ t: VillageTarget) {
        beginObject()
        field("s", t.state.rawValue)
        if let figure = t.figure { field("figure", figure) }
        optionalField("evidence", t.evidence)
        field("by", t.checkedBy)
        field("on", t.checkedOn)
        endObject()
    }

    /// The "targets" field of a unit record; nothing when the unit has none (so older stores read the same).
    mutating func writeTargets(of unit: OrgUnit) {
        guard !unit.targets.isEmpty else { return }
        key("targets")
        beginObject()
        for kind in VillageTargetKind.allCases {
            guard let t = unit.targets[kind] else { continue }
            key(kind.rawValue)
            write(t)
        }
        endObject()
    }
}

extension JSONScanner {
    public mutating func readVillageTarget() throws(JSONError) -> VillageTarget {
        var t = VillageTarget()
        var sawState = false
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "s": t.state = try readEnum(ItemState.self); sawState = true
            // A hostile figure below zero is kept as read: the board refuses it in a change, and a snapshot's is shown.
            case "figure": t.figure = try readOptionalInt()
            case "evidence": t.evidence = try readString()
            case "by": t.checkedBy = try readOptionalUser()
            case "on": t.checkedOn = consumeNull() ? nil : try readDay()
            default: try skipValue()
            }
        }
        guard sawState else { throw missingField("s") }
        return t
    }

    /// A unit record's "targets": an object of targets by kind; an unknown kind is one from a newer program.
    mutating func readTargets() throws(JSONError) -> [VillageTargetKind: VillageTarget] {
        var out: [VillageTargetKind: VillageTarget] = [:]
        try beginObject()
        while let key = try nextKey() {
            guard let kind = VillageTargetKind(rawValue: key.string) else {
                throw unexpectedKey(key, expected: "a village target (\(VillageTargetKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            out[kind] = try readVillageTarget()
        }
        return out
    }
}
