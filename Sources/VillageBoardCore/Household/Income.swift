/// Itemised yearly household income in yuan (家庭收入): the basis of the 一超过 check.
public struct Income: Hashable, Sendable {
    /// 工资性收入
    public var wages: Int
    /// 生产经营性收入
    public var business: Int
    /// 财产性收入 (e.g. industry dividends)
    public var property: Int
    /// 转移性收入 (allowances, pensions, 低保)
    public var transfer: Int
    /// 生产经营性支出, subtracted.
    public var productionCosts: Int
    /// The year the income was earned in, judged against that year's line; nil on records made before it was kept
    /// (judged against the board's year).
    public var year: Int?

    public init(wages: Int = 0, business: Int = 0, property: Int = 0, transfer: Int = 0, productionCosts: Int = 0,
                year: Int? = nil) {
        self.year = year
        self.wages = wages
        self.business = business
        self.property = property
        self.transfer = transfer
        self.productionCosts = productionCosts
    }

    /// Net income; figures from a file are hostile, so the sum saturates instead of trapping.
    public var net: Int {
        let gross = [business, property, transfer].reduce(wages) { Self.saturating($0, $1) }
        return Self.saturating(gross, -max(productionCosts, -Int.max))
    }

    /// 人均纯收入: net income divided by household size (0 people gives 0).
    public func perCapita(people: Int) -> Int { people > 0 ? net / people : 0 }

    private static func saturating(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? Int.max : Int.min) : sum
    }
}

/// What a household is enrolled in.
public struct Enrolments: Hashable, Sendable {
    /// 低保 minimum living allowance.
    public var dibao: Bool
    /// 特困供养 support for the extremely poor.
    public var tekun: Bool
    /// 城乡居民养老保险.
    public var pensionInsurance: Bool
    /// 家庭医生签约.
    public var familyDoctor: Bool

    public init(dibao: Bool = false, tekun: Bool = false, pensionInsurance: Bool = false, familyDoctor: Bool = false) {
        self.dibao = dibao
        self.tekun = tekun
        self.pensionInsurance = pensionInsurance
        self.familyDoctor = familyDoctor
    }
}
