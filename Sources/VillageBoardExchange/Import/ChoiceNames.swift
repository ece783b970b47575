import VillageBoardCore

/// A value typed on the command line read as an import cell is: its key (`spouse`) or a Chinese name (`配偶`).
public enum ChoiceNames {
    static let riskTypes: [(RiskType, [String])] = [
        (.illness, ["illness", "因病"]), (.schooling, ["schooling", "因学"]), (.disability, ["disability", "因残"]),
        (.naturalDisaster, ["naturalDisaster", "因自然灾害", "因灾"]), (.accident, ["accident", "因意外事故"]),
        (.failedIndustryProject, ["failedIndustryProject", "因产业项目失败"]),
        (.unstableEmployment, ["unstableEmployment", "因务工就业不稳"]), (.lackOfLabour, ["lackOfLabour", "缺劳动力"]),
        (.other, ["other", "其他"]),
    ]

    public static func relation(_ text: String) -> Relation? { match(text, ImportContext.relations) }
    public static func health(_ text: String) -> Health? { match(text, ImportContext.healths) }
    public static func labour(_ text: String) -> LabourCapacity? { match(text, ImportContext.labours) }
    public static func schooling(_ text: String) -> Schooling? { match(text, ImportContext.schoolings) }
    public static func status(_ text: String) -> HouseholdStatus? { match(text, ImportContext.statuses) }
    public static func riskType(_ text: String) -> RiskType? { match(text, riskTypes) }

    /// Every name a choice of this kind accepts, for messages: `head/户主, spouse/配偶, …`.
    public static func names<T>(_ options: [(T, [String])]) -> String {
        options.map { $0.1.prefix(2).joined(separator: "/") }.joined(separator: ", ")
    }
    public static var relationNames: String { names(ImportContext.relations) }
    public static var healthNames: String { names(ImportContext.healths) }
    public static var labourNames: String { names(ImportContext.labours) }
    public static var schoolingNames: String { names(ImportContext.schoolings) }
    public static var statusNames: String { names(ImportContext.statuses) }
    public static var riskTypeNames: String { names(riskTypes) }

    static func match<T>(_ text: String, _ options: [(T, [String])]) -> T? {
        let t = text.trimmingSpaces
        return options.first { $0.1.contains(t) || $0.1.first?.lowercased() == t.lowercased() }?.0
    }
}
