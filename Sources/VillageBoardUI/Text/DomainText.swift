import VillageBoardCore

/// Names of the domain's values in the chosen language.
extension Catalog {
    public func name(_ item: ChecklistItem) -> String { self(TextKey("item.\(item.key)")) }
    public func shortName(_ item: ChecklistItem) -> String { self(TextKey("item.short.\(item.key)")) }
    public func name(_ state: ItemState) -> String { self(TextKey("state.\(state.rawValue)")) }
    public func name(_ status: HouseholdStatus) -> String { self(TextKey("status.\(status.rawValue)")) }
    public func name(_ mark: HouseholdMark) -> String {
        mark.riskEliminated ? name(mark.status) + "·" + self("status.riskEliminated") : name(mark.status)
    }
    public func name(_ cause: PovertyCause) -> String { self(TextKey("cause.\(cause.key)")) }
    public func name(_ risk: RiskType) -> String { self(TextKey("risk.\(risk.rawValue)")) }
    public func name(_ kind: MeasureKind) -> String { self(TextKey("measure.\(kind.rawValue)")) }
    public func name(_ role: Role) -> String { self(TextKey("role.\(role.rawValue)")) }
    public func name(_ level: OrgLevel) -> String { self(TextKey("level.\(level.rawValue)")) }
    public func name(_ state: TaskState) -> String { self(TextKey("task.state.\(state.rawValue)")) }
    public func name(_ colour: VillageColour) -> String { self(TextKey("colour.\(colour.rawValue)")) }
    public func name(_ relation: Relation) -> String { self(TextKey("relation.\(relation.rawValue)")) }
    public func name(_ health: Health) -> String { self(TextKey("health.\(health.rawValue)")) }
    public func name(_ labour: LabourCapacity) -> String { self(TextKey("labour.\(labour.rawValue)")) }
    public func name(_ schooling: Schooling) -> String { self(TextKey("schooling.\(schooling.rawValue)")) }
}
