extension Board {
    /// Every roll-up computed from scratch, by rescanning. The board never uses this to stay current;
    /// it exists so tests and `check` can prove the incremental roll-ups right.
    public func recountedRollups() -> [DivisionCode: Rollup] {
        var result: [DivisionCode: Rollup] = [:]
        for code in units.keys { result[code] = Rollup() }
        func add(_ r: Rollup, at code: DivisionCode) {
            for c in lineage[code] ?? [code] { result[c] = (result[c] ?? Rollup()) + r }
        }
        for unit in units.values { add(RollupRules.contribution(of: unit), at: unit.code) }
        for h in households { add(RollupRules.contribution(of: h), at: h.village) }
        for t in tasks { if let v = village(of: t) { add(RollupRules.contribution(of: t, today: today), at: v) } }
        for unit in units.values where unit.level == .village {
            var population = Rollup()
            population.ruralPopulationWithData = RollupRules.populationWithData(ofVillage: result[unit.code] ?? Rollup())
            add(population, at: unit.code)
        }
        return result
    }
}
