import VillageBoardCore

/// One value of a national code list: the value, its code, and the spellings a file may use (the machine name first,
/// then the register's words).
struct CodeEntry<Value: Sendable>: Sendable {
    var value: Value
    var code: String
    var names: [String]

    init(_ value: Value, _ code: String, _ names: [String]) {
        self.value = value
        self.code = code
        self.names = names
    }
}

/// The code lists of the poverty register (建档立卡) that imports read, kept as data with their codes. A file may give
/// a value by its machine name, its register words or its code.
enum CodeLists {
    /// 致贫原因, with the register's codes (the order of its list; 其他 last).
    static let causes: [CodeEntry<PovertyCause>] = [
        .init(.illness, "01", ["illness", "因病"]), .init(.disability, "02", ["disability", "因残"]),
        .init(.schooling, "03", ["schooling", "因学"]), .init(.disaster, "04", ["disaster", "因灾"]),
        .init(.lackOfLand, "05", ["lackOfLand", "缺土地"]), .init(.lackOfWater, "06", ["lackOfWater", "缺水"]),
        .init(.lackOfSkills, "07", ["lackOfSkills", "缺技术"]), .init(.lackOfLabour, "08", ["lackOfLabour", "缺劳力", "缺劳动力"]),
        .init(.lackOfFunds, "09", ["lackOfFunds", "缺资金"]), .init(.poorTransport, "10", ["poorTransport", "交通条件落后"]),
        .init(.lackOfDrive, "11", ["lackOfDrive", "自身发展动力不足"]), .init(.other, "12", ["other", "其他"]),
    ]

    /// 与户主关系, with the family-relation codes of GB/T 4761-2008; the register's finer words map onto the board's
    /// relations (之岳母 is a parent-in-law, 之外孙女 a grandchild).
    static let relations: [CodeEntry<Relation>] = [
        .init(.head, "02", ["head", "户主", "本人"]),
        .init(.spouse, "10", ["spouse", "配偶", "之配偶", "之夫", "之妻"]),
        .init(.son, "20", ["son", "之子", "子", "儿子"]),
        .init(.sonInLaw, "28", ["sonInLaw", "之女婿", "女婿"]),
        .init(.daughter, "30", ["daughter", "之女", "女", "女儿"]),
        .init(.daughterInLaw, "38", ["daughterInLaw", "之儿媳", "儿媳"]),
        .init(.grandchild, "40", ["grandchild", "之孙子", "之孙女", "之外孙子", "之外孙女", "孙子", "孙女", "外孙子", "外孙女",
                                  "之曾孙子", "之曾孙女"]),
        .init(.parent, "50", ["parent", "之父", "之母", "之父亲", "之母亲", "父亲", "母亲"]),
        .init(.parentInLaw, "53", ["parentInLaw", "之公公", "之婆婆", "之岳父", "之岳母", "公公", "婆婆", "岳父", "岳母"]),
        .init(.grandparent, "60", ["grandparent", "之祖父", "之祖母", "之外祖父", "之外祖母", "祖父", "祖母", "外祖父", "外祖母"]),
        .init(.sibling, "70", ["sibling", "兄弟姐妹", "之兄弟姐妹", "之兄", "之弟", "之姐", "之妹"]),
        .init(.other, "99", ["other", "其他", "其他亲属", "非亲属"]),
    ]

    /// 劳动技能 (labour capacity), in the register's terms and list order.
    static let labours: [CodeEntry<LabourCapacity>] = [
        .init(.full, "1", ["full", "普通劳动力", "有劳动能力"]),
        .init(.skilled, "2", ["skilled", "技能劳动力"]),
        .init(.partial, "3", ["partial", "弱劳动力或半劳动力", "弱劳动力", "半劳动力", "部分丧失劳动能力"]),
        .init(.lost, "4", ["lost", "丧失劳动力", "丧失劳动能力"]),
        .init(.none, "5", ["none", "无劳动力", "无劳动能力"]),
    ]

    /// A list as the import's choices: each value with its names and its code.
    static func choices<Value>(_ list: [CodeEntry<Value>]) -> [(Value, [String])] {
        list.map { ($0.value, $0.names + [$0.code]) }
    }
}
