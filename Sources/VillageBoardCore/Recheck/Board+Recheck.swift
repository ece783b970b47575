extension Board {
    /// The rules a drawn sample must meet to be saved. The households are not checked against this board: the
    /// sample is saved as drawn, so a laptop that has not yet seen a household still keeps the same sample.
    func validateRecheck(_ sample: RecheckSample, author: UserID) throws(BoardError) {
        if sample.id.trimmedIsEmpty { throw .malformedRecheck("a sample needs an id") }
        if rechecks.sample(sample.id) != nil { throw .duplicateRecheckSample(sample.id) }
        guard units[sample.frame.scope] != nil else { throw .unknownUnit(sample.frame.scope) }
        if let by = sample.drawnBy, by != author { throw .malformedRecheck("drawn by \(by), saved by \(author)") }
        switch sample.rule {
        case .count(let n) where n < 0: throw .malformedRecheck("a sample of \(n) households")
        case .percent(let p) where p < 0 || p > 100: throw .malformedRecheck("a sample of \(p) %")
        default: break
        }
        if Set(sample.households).count != sample.households.count {
            throw .malformedRecheck("sample \(sample.id) draws a household twice")
        }
    }

    /// The rules a household's re-check must meet: its sample is on the board, the household was drawn (or is added
    /// as one the register missed), each item is given once and every disagreement says why.
    func validateRecheck(_ record: RecheckRecord, author: UserID) throws(BoardError) {
        guard let sample = rechecks.sample(record.sample) else { throw .unknownRecheckSample(record.sample) }
        let h = try requireHousehold(record.household)
        if !record.addedAsMissed && !sample.contains(record.household) {
            throw .notInRecheckSample(record.sample, record.household)
        }
        if record.village != h.village {
            throw .malformedRecheck("household \(h.id) is in \(h.village), not \(record.village)")
        }
        if let by = record.by, by != author { throw .malformedRecheck("re-checked by \(by), saved by \(author)") }
        if let problem = record.problem { throw .recheckRefused(record.household, problem) }
    }

    /// Restores the 回头看 samples and records a snapshot kept, in their order.
    public mutating func restore(_ sample: RecheckSample) { rechecks.add(sample) }
    public mutating func restore(_ record: RecheckRecord) { rechecks.add(record) }
}
