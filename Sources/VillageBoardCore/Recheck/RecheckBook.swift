/// The board's 回头看 records: every sample drawn and every household re-check saved, in the order they happened.
/// Only `drawRecheckSample` and `recordRecheck` add to it; nothing here is ever changed or removed.
public struct RecheckBook: Hashable, Sendable {
    /// In the order drawn.
    public internal(set) var samples: [RecheckSample] = []
    /// In the order saved; a later record for the same sample and household replaces the earlier one in the results.
    public internal(set) var records: [RecheckRecord] = []

    public init() {}

    /// The sample with this id.
    public func sample(_ id: String) -> RecheckSample? { samples.first { $0.id == id } }

    /// The records saved for a sample, in the order saved (re-checks of one household included).
    public func records(of sample: String) -> [RecheckRecord] { records.filter { $0.sample == sample } }

    /// The last record for one household in a sample.
    public func latest(sample: String, household: HouseholdID) -> RecheckRecord? {
        records.last { $0.sample == sample && $0.household == household }
    }

    /// The latest record of each household re-checked in a sample, in the order the households were first re-checked.
    public func latestRecords(of sample: String) -> [RecheckRecord] {
        var latest: [HouseholdID: RecheckRecord] = [:]
        var order: [HouseholdID] = []
        for r in records where r.sample == sample && latest.updateValue(r, forKey: r.household) == nil {
            order.append(r.household)
        }
        return order.compactMap { latest[$0] }
    }

    /// Every disagreement in a sample's latest records: the record and the item it disagrees on.
    public func disagreements(of sample: String) -> [(record: RecheckRecord, finding: RecheckFinding)] {
        latestRecords(of: sample).flatMap { r in r.findings.filter { !$0.agrees }.map { (record: r, finding: $0) } }
    }

    /// A sample's results, from its records.
    public func results(of sample: String) -> RecheckResults { RecheckResults(records: records(of: sample)) }

    /// The id the next sample drawn takes: `RC` and one more than the highest number so far. Ids from files are
    /// hostile: past the largest number it counts up from the number of samples to the first id not taken.
    public var nextSampleID: String {
        var highest = 0
        for s in samples where s.id.hasPrefix("RC") {
            if let n = Int(s.id.dropFirst(2)), n > highest { highest = n }
        }
        guard highest == Int.max else { return "RC" + String(highest + 1) }
        var n = samples.count
        while sample("RC" + String(n)) != nil { n += 1 }
        return "RC" + String(n)
    }

    mutating func add(_ sample: RecheckSample) { samples.append(sample) }
    mutating func add(_ record: RecheckRecord) { records.append(record) }
}

extension RecheckSample {
    /// Whether a household was drawn into this sample.
    public func contains(_ household: HouseholdID) -> Bool { households.contains(household) }
}
