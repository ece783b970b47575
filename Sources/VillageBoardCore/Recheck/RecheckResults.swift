/// Agreement between one group's marks and the re-check: items agreed of items re-checked, and the households
/// with at least one disagreement.
public struct RecheckAgreement: Hashable, Sendable {
    public var agreed: Int = 0
    public var checked: Int = 0
    public var disagreedHouseholds: [HouseholdID] = []

    public init() {}

    public var proportion: RecheckProportion { RecheckProportion(hits: agreed, of: checked) }

    mutating func count(_ f: RecheckFinding, household: HouseholdID) {
        checked += 1
        if f.agrees { agreed += 1 } else if disagreedHouseholds.last != household && !disagreedHouseholds.contains(household) {
            disagreedHouseholds.append(household)
        }
    }
}

/// The results of a 回头看: agreement per item, per village and per cadre (whose marks were re-checked), and the
/// national measures with their intervals. Pure: computed from the records alone.
public struct RecheckResults: Hashable, Sendable {
    public var byItem: [ChecklistItem: RecheckAgreement] = [:]
    public var byVillage: [DivisionCode: RecheckAgreement] = [:]
    /// Keyed by the user who made the mark (its checker), or the household's cadre when the mark has none;
    /// marks nobody can be named for are under nil.
    public var byCadre: [UserID?: RecheckAgreement] = [:]
    public var overall = RecheckAgreement()
    public var wrongExit: RecheckMeasure
    public var missed: RecheckMeasure
    public var satisfaction: RecheckMeasure
    /// Households re-checked (the last record per household counts).
    public var households: Int

    /// The measures in display order.
    public var measures: [RecheckMeasure] { [wrongExit, missed, satisfaction] }

    /// Computes the results. A household re-checked twice counts once, by its latest record (records in the order
    /// saved). 错退率 is over the exited households re-checked; 漏评率 over every household re-checked, missed ones
    /// added during the re-check included; 认可度 over the households that answered.
    public init(records: [RecheckRecord]) {
        var latest: [HouseholdID: RecheckRecord] = [:]
        var order: [HouseholdID] = []
        for r in records {
            if latest.updateValue(r, forKey: r.household) == nil { order.append(r.household) }
        }
        var exited = 0, wrong = 0, missedCount = 0, answered = 0, satisfied = 0
        for id in order {
            guard let r = latest[id] else { continue }
            for f in r.findings {
                byItem[f.item, default: RecheckAgreement()].count(f, household: id)
                byVillage[r.village, default: RecheckAgreement()].count(f, household: id)
                byCadre[f.markedBy ?? r.cadre, default: RecheckAgreement()].count(f, household: id)
                overall.count(f, household: id)
            }
            if !r.addedAsMissed && RecheckFrame.isSampled(r.markSeen) && !r.markSeen.isMonitored {
                exited += 1
                if r.findsWrongExit { wrong += 1 }
            }
            if r.findsMissed { missedCount += 1 }
            if let s = r.satisfied {
                answered += 1
                if s { satisfied += 1 }
            }
        }
        households = order.count
        wrongExit = RecheckMeasure(kind: .wrongExit, proportion: RecheckProportion(hits: wrong, of: exited))
        missed = RecheckMeasure(kind: .missed, proportion: RecheckProportion(hits: missedCount, of: order.count))
        satisfaction = RecheckMeasure(kind: .satisfaction, proportion: RecheckProportion(hits: satisfied, of: answered))
    }
}
