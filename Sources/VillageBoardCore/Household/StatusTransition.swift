/// What a change of status does, in the campaign's words: it decides who may make it and which gate it passes.
public enum StatusStep: String, CaseIterable, Hashable, Sendable {
    /// 脱贫退出: a registered household leaves poverty (out, or out but unstable).
    case exit
    /// 风险消除: a monitored household's risk is eliminated (or an unstable household's monitoring ends).
    case eliminateRisk
    /// 纳入监测 / 返贫 / 风险回退: a household comes (back) under watch or back onto the poor list.
    case monitor
    /// 监测类型调整: one monitored kind becomes another, the risk still present.
    case reclassify

    /// The permission table's row for this step.
    public var action: BoardAction {
        switch self {
        case .exit: .exitHousehold
        case .eliminateRisk: .eliminateRisk
        case .monitor, .reclassify: .setStatus
        }
    }
}

/// What must hold before a step is taken.
public enum StatusGate: String, CaseIterable, Hashable, Sendable {
    /// Nothing beyond who may and the reason.
    case none
    /// 一超过、两不愁、三保障: every guarantee met (or not applicable where the rule allows), income above the line.
    case exit
    /// The exit gate, plus income above the monitoring range (unless the year's standard says otherwise) and not a
    /// household without labour capacity under safety-net support (that one stays monitored).
    case riskElimination
}

/// One allowed move between two marks: its step, its gate and whether it needs a reason.
public struct StatusTransition: Hashable, Sendable {
    public var from: HouseholdMark
    public var to: HouseholdMark
    public var step: StatusStep
    public var gate: StatusGate
    public var needsReason: Bool

    public init(_ from: HouseholdMark, _ to: HouseholdMark, _ step: StatusStep, gate: StatusGate, reason: Bool) {
        self.from = from
        self.to = to
        self.step = step
        self.gate = gate
        self.needsReason = reason
    }
}

extension StatusTransition {
    /// The eight places a household can stand: not yet out, out, and each monitored kind with its risk present or
    /// eliminated.
    public static let marks: [HouseholdMark] = [HouseholdMark(.notOut), HouseholdMark(.out)]
        + [HouseholdStatus.unstable, .edge, .sudden].flatMap { [HouseholdMark($0), HouseholdMark($0, riskEliminated: true)] }

    /// The household status state machine: every allowed move, and nothing else. A pair that is not here is refused
    /// (`BoardError.transitionNotAllowed`). Who may take each step is the permission table's row for `step.action`;
    /// whether a household may stand in a mark at all (registered or never registered) is `HouseholdStatus.registration`.
    /// A staged procedure (proposed → township reviewed → county decided) adds rows or steps here.
    public static let table: [StatusTransition] = {
        let notOut = HouseholdMark(.notOut), out = HouseholdMark(.out)
        func at(_ s: HouseholdStatus) -> HouseholdMark { HouseholdMark(s) }
        func cleared(_ s: HouseholdStatus) -> HouseholdMark { HouseholdMark(s, riskEliminated: true) }
        var rows: [StatusTransition] = [
            // Leaving poverty: stable, or out but unstable and so monitored from the day it leaves.
            .init(notOut, out, .exit, gate: .exit, reason: false),
            .init(notOut, at(.unstable), .exit, gate: .exit, reason: false),
            // 返贫: back onto the poor list.
            .init(out, notOut, .monitor, gate: .none, reason: true),
            .init(at(.unstable), notOut, .monitor, gate: .none, reason: true),
            .init(cleared(.unstable), notOut, .monitor, gate: .none, reason: true),
            // An out household comes under watch: a new risk, or sudden hardship.
            .init(out, at(.unstable), .monitor, gate: .none, reason: true),
            .init(out, at(.sudden), .monitor, gate: .none, reason: true),
            // An unstable household's monitoring ends: its risk is gone, so the gate is risk elimination's.
            .init(at(.unstable), out, .eliminateRisk, gate: .riskElimination, reason: false),
            // Once eliminated, the household is simply out.
            .init(cleared(.unstable), out, .reclassify, gate: .none, reason: false),
            // Between monitored kinds with the risk present (an edge household hit by sudden hardship, …).
            .init(at(.unstable), at(.sudden), .reclassify, gate: .none, reason: true),
            .init(at(.sudden), at(.unstable), .reclassify, gate: .none, reason: true),
            .init(at(.edge), at(.sudden), .reclassify, gate: .none, reason: true),
            .init(at(.sudden), at(.edge), .reclassify, gate: .none, reason: true),
        ]
        for kind in [HouseholdStatus.unstable, .edge, .sudden] {
            // 风险消除, and putting the risk back (回退 / a new risk) with a reason.
            rows.append(.init(at(kind), cleared(kind), .eliminateRisk, gate: .riskElimination, reason: false))
            rows.append(.init(cleared(kind), at(kind), .monitor, gate: .none, reason: true))
        }
        return rows
    }()

    private static let byPair: [HouseholdMark: [HouseholdMark: StatusTransition]] =
        table.reduce(into: [:]) { $0[$1.from, default: [:]][$1.to] = $1 }

    /// The allowed move from one mark to another, or nil when the table has none.
    public static func find(from: HouseholdMark, to: HouseholdMark) -> StatusTransition? { byPair[from]?[to] }

    /// The step a move would be, allowed or not (so the permission table can name who would decide it).
    public static func step(from: HouseholdMark, to: HouseholdMark) -> StatusStep {
        if let row = find(from: from, to: to) { return row.step }
        if to.status.countsAsOut && !from.status.countsAsOut { return .exit }
        if to.riskEliminated && !from.riskEliminated { return .eliminateRisk }
        if from.isMonitored && !to.isUnresolved { return .eliminateRisk }
        if from.status.isMonitoredKind && to.status.isMonitoredKind { return .reclassify }
        return .monitor
    }
}

/// Whether a household of a status is on the poor register (建档立卡).
public enum Registration: Hashable, Sendable {
    /// Only registered households: not yet out, out, out but unstable.
    case registered
    /// Never registered: on the edge (边缘易致贫户).
    case never
    /// Either: sudden severe hardship can strike any household.
    case either
}

extension HouseholdStatus {
    /// Whether a household with this status is registered poor, never registered, or either.
    public var registration: Registration {
        switch self {
        case .notOut, .out, .unstable: .registered
        case .edge: .never
        case .sudden: .either
        }
    }

    /// Whether a household whose `registered` flag is `registered` may have this status.
    public func fits(registered: Bool) -> Bool {
        switch registration {
        case .registered: registered
        case .never: !registered
        case .either: true
        }
    }
}
