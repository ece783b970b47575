/// The levels of the hierarchy: 省 → 市 → 县/区 → 乡/镇 → 村.
public enum OrgLevel: String, CaseIterable, Comparable, Sendable {
    case province, city, county, township, village

    public var depth: Int {
        switch self {
        case .province: 0
        case .city: 1
        case .county: 2
        case .township: 3
        case .village: 4
        }
    }

    public static func < (a: OrgLevel, b: OrgLevel) -> Bool { a.depth < b.depth }
}
