/// Causes of poverty (致贫原因) with the codes of the national registration system's list.
public enum PovertyCause: Int, CaseIterable, Hashable, Sendable {
    case illness = 1          // 因病
    case disability = 2       // 因残
    case schooling = 3        // 因学
    case disaster = 4         // 因灾
    case lackOfLand = 5       // 缺土地
    case lackOfWater = 6      // 缺水
    case lackOfSkills = 7     // 缺技术
    case lackOfLabour = 8     // 缺劳力
    case lackOfFunds = 9      // 缺资金
    case poorTransport = 10   // 交通条件落后
    case lackOfDrive = 11     // 自身发展动力不足
    case other = 12           // 其他

    public var key: String {
        switch self {
        case .illness: "illness"
        case .disability: "disability"
        case .schooling: "schooling"
        case .disaster: "disaster"
        case .lackOfLand: "lackOfLand"
        case .lackOfWater: "lackOfWater"
        case .lackOfSkills: "lackOfSkills"
        case .lackOfLabour: "lackOfLabour"
        case .lackOfFunds: "lackOfFunds"
        case .poorTransport: "poorTransport"
        case .lackOfDrive: "lackOfDrive"
        case .other: "other"
        }
    }
}

/// Risk types of monitored households (风险类型).
public enum RiskType: String, CaseIterable, Hashable, Sendable {
    case illness, schooling, disability, naturalDisaster, accident, failedIndustryProject, unstableEmployment,
         lackOfLabour, other
}
