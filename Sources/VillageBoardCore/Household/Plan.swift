/// The household's plan, 一人一策: needs and measures.
public struct Plan: Hashable, Sendable {
    /// 帮扶需求, in the cadre's words.
    public var needs: String
    /// 帮扶措施.
    public var measures: [Measure]

    public init(needs: String = "", measures: [Measure] = []) {
        self.needs = needs
        self.measures = measures
    }
}

/// One support measure (帮扶措施).
public struct Measure: Hashable, Sendable {
    public var kind: MeasureKind
    public var detail: String
    public init(kind: MeasureKind, detail: String = "") {
        self.kind = kind
        self.detail = detail
    }
}

/// Kinds of measure.
public enum MeasureKind: String, CaseIterable, Hashable, Sendable {
    case industryDividend     // 产业分红
    case publicWelfareJob     // 公益性岗位
    case microCredit          // 小额信贷
    case housingRenovation    // 危房改造
    case relocation           // 易地搬迁
    case employment           // 转移就业
    case educationAid         // 教育资助
    case medicalAid           // 医疗救助
    case safetyNet            // 兜底保障
    case skillsTraining       // 技能培训
    case other
}

/// One period in which a cadre was responsible for a household (包保).
public struct CadreAssignment: Hashable, Sendable {
    public var cadre: UserID
    public var from: Day
    public var reason: String
    public init(cadre: UserID, from: Day, reason: String = "") {
        self.cadre = cadre
        self.from = from
        self.reason = reason
    }
}

/// A visit to a household (走访 / 帮扶记录).
public struct Visit: Hashable, Sendable {
    public var day: Day
    public var by: UserID
    /// 发现的情况.
    public var found: String
    /// 采取的措施.
    public var done: String
    /// Voided by a correction (a mistyped visit): kept and shown as voided, but no longer a visit that counts.
    public var voided: Bool
    public init(day: Day, by: UserID, found: String = "", done: String = "", voided: Bool = false) {
        self.day = day
        self.by = by
        self.found = found
        self.done = done
        self.voided = voided
    }
}
