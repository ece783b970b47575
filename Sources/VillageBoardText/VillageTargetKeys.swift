import VillageBoardCore

extension TextKey {
    /// A village-level target's name (村级目标).
    public static func name(_ kind: VillageTargetKind) -> TextKey {
        switch kind {
        case .road: "vt.kind.road"
        case .electricity: "vt.kind.electricity"
        case .clinic: "vt.kind.clinic"
        case .water: "vt.kind.water"
        case .collectiveIncome: "vt.kind.collectiveIncome"
        case .industry: "vt.kind.industry"
        }
    }

    /// What a target's figure counts, with `{0}` for the number ("{0} 公里").
    public static func figureUnit(_ kind: VillageTargetKind) -> TextKey {
        switch kind {
        case .road: "vt.unit.road"
        case .electricity: "vt.unit.electricity"
        case .clinic: "vt.unit.clinic"
        case .water: "vt.unit.water"
        case .collectiveIncome: "vt.unit.collectiveIncome"
        case .industry: "vt.unit.industry"
        }
    }
}

extension Catalog {
    public func name(_ kind: VillageTargetKind) -> String { self(.name(kind)) }
}
