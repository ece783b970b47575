/// The re-checker's finding on one checklist item, beside the register's mark as it stood (state, who, when), so
/// the record still reads right after the cadre's mark changes. A disagreement needs a note.
public struct RecheckFinding: Hashable, Sendable {
    public var item: ChecklistItem
    /// The register's state when re-checked.
    public var original: ItemState
    public var markedBy: UserID?
    public var markedOn: Day?
    public var agrees: Bool
    public var note: String

    public init(item: ChecklistItem, original: ItemState, markedBy: UserID? = nil, markedOn: Day? = nil,
                agrees: Bool, note: String = "") {
        self.item = item
        self.original = original
        self.markedBy = markedBy
        self.markedOn = markedOn
        self.agrees = agrees
        self.note = note
    }

    /// The register says met and the re-checker does not: the household is not as resolved as marked.
    public var findsUnmet: Bool { !agrees && original == .met }
}

/// One household's 回头看 record. Its own record: it never changes the cadre's marks; both stay in history.
public struct RecheckRecord: Hashable, Sendable {
    public var sample: String
    public var household: HouseholdID
    public var village: DivisionCode
    /// The household's mark when re-checked.
    public var markSeen: HouseholdMark
    /// The responsible cadre when re-checked (whose work is being checked when an item has no checker).
    public var cadre: UserID?
    public var findings: [RecheckFinding]
    /// 认可度: the household's own answer — satisfied with the help and the exit decision — or nil if not asked.
    public var satisfied: Bool?
    /// The re-checker finds the household should be monitored (监测对象).
    public var shouldMonitor: Bool
    /// Added during the re-check as a household the register missed (漏评), not drawn.
    public var addedAsMissed: Bool
    public var by: UserID?
    public var on: Day?

    public init(sample: String, household: HouseholdID, village: DivisionCode, markSeen: HouseholdMark,
                cadre: UserID? = nil, findings: [RecheckFinding], satisfied: Bool?, shouldMonitor: Bool,
                addedAsMissed: Bool = false, by: UserID? = nil, on: Day? = nil) {
        self.sample = sample
        self.household = household
        self.village = village
        self.markSeen = markSeen
        self.cadre = cadre
        self.findings = findings
        self.satisfied = satisfied
        self.shouldMonitor = shouldMonitor
        self.addedAsMissed = addedAsMissed
        self.by = by
        self.on = on
    }

    /// Why the record cannot be saved, or nil: each item at most once, and a disagreement carries a note.
    public var problem: RecheckProblem? {
        var seen = Set<ChecklistItem>()
        for f in findings {
            if !seen.insert(f.item).inserted { return .itemTwice(f.item) }
            if !f.agrees && f.note.trimmingSpaces.isEmpty { return .disagreementWithoutNote(f.item) }
        }
        return nil
    }

    /// An exit or elimination the re-check finds wrong (错退): the household was out (or its risk eliminated) and an
    /// item the register marks met is found not met, or the re-checker finds it should still be monitored.
    public var findsWrongExit: Bool {
        RecheckFrame.isSampled(markSeen) && !markSeen.isMonitored && (findings.contains { $0.findsUnmet } || shouldMonitor)
    }

    /// A household found to need monitoring that the register does not monitor (漏评).
    public var findsMissed: Bool { shouldMonitor && !markSeen.isMonitored }

    /// At least one item disagreed.
    public var disagrees: Bool { findings.contains { !$0.agrees } }

    /// The findings for a household on the board as it stands: every item, the register's mark beside it, all agreed
    /// (the form starts from agreement; the re-checker flips what they find otherwise).
    public static func blankFindings(for household: Household) -> [RecheckFinding] {
        ChecklistItem.allCases.map { item in
            let c = household.checklist[item]
            return RecheckFinding(item: item, original: c.state, markedBy: c.checkedBy, markedOn: c.checkedOn, agrees: true)
        }
    }
}

/// Why a re-check record was refused.
public enum RecheckProblem: Hashable, Sendable {
    case itemTwice(ChecklistItem)
    case disagreementWithoutNote(ChecklistItem)
}
