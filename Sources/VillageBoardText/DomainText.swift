import VillageBoardCore

/// Names of the domain's values in the chosen language (keys: `DomainKeys.swift`).
extension Catalog {
    public func name(_ item: ChecklistItem) -> String { self(.name(item)) }
    public func shortName(_ item: ChecklistItem) -> String { self(.shortName(item)) }
    /// What meeting the item means (the household screen's detail and form).
    public func criterion(_ item: ChecklistItem) -> String { self(.criterion(item)) }
    public func name(_ state: ItemState) -> String { self(.name(state)) }
    public func name(_ status: HouseholdStatus) -> String { self(.name(status)) }
    public func name(_ mark: HouseholdMark) -> String {
        mark.riskEliminated ? name(mark.status) + "·" + self("status.riskEliminated") : name(mark.status)
    }
    public func name(_ cause: PovertyCause) -> String { self(.name(cause)) }
    public func name(_ risk: RiskType) -> String { self(.name(risk)) }
    public func name(_ kind: MeasureKind) -> String { self(.name(kind)) }
    public func name(_ role: Role) -> String { self(.name(role)) }
    public func name(_ level: OrgLevel) -> String { self(.name(level)) }
    public func name(_ state: TaskState) -> String { self(.name(state)) }
    /// What a colour means on the chart (its legend).
    public func name(_ colour: VillageColour) -> String { self(.name(colour)) }
    /// The colour's own name, for the printed chart's colour column.
    public func printName(_ colour: VillageColour) -> String { self(.printName(colour)) }
    public func name(_ relation: Relation) -> String { self(.name(relation)) }
    public func name(_ health: Health) -> String { self(.name(health)) }
    public func name(_ labour: LabourCapacity) -> String { self(.name(labour)) }
    public func name(_ schooling: Schooling) -> String { self(.name(schooling)) }
    /// What a user tried to do, as in "you may not {0}".
    public func name(_ action: BoardAction) -> String { self(.name(action)) }
    /// Why the permission table refused.
    public func reason(_ denial: PermissionDenial) -> String { self(.reason(denial)) }
}
