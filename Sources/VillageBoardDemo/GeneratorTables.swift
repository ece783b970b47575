import VillageBoardCore

/// The small tables generated boards draw their words from. Every string here is a literal, so a
/// board of a million households shares these few hundred strings instead of holding its own copies.
enum GeneratorTables {
    // MARK: People

    /// Han surnames, common first (the generator skews toward the start), rare ones (单, 曾, 解, 仇, …) last.
    static let surnames: [String] = [
        "王", "李", "张", "刘", "赵", "孙", "杨", "于", "陈", "高", "马", "徐", "吴", "郭", "周", "姜", "朱", "崔",
        "董", "宋", "曹", "韩", "冯", "田", "任", "杜", "邢", "孟", "胡", "黄", "林", "何", "郑", "梁", "谢", "唐",
        "许", "邓", "彭", "肖", "潘", "袁", "蔡", "蒋", "魏", "苏", "吕", "丁", "卢", "姚", "沈", "石", "白", "秦",
        "侯", "尹", "薛", "闫", "段", "史", "贺", "郝", "常", "康", "乔", "邵", "贾", "付", "方", "邹", "孔", "毛",
        "佟", "关", "隋", "宫", "栾", "鞠", "褚", "那", "尤", "曲", "迟", "单", "曾", "解", "仇", "盖", "逄", "欧阳",
    ]

    /// Korean-Chinese surnames (长白朝鲜族自治县 and its neighbours).
    static let koreanSurnames: [String] = [
        "金", "李", "朴", "崔", "郑", "姜", "赵", "尹", "张", "韩", "申", "权", "南", "玄", "池", "全", "洪", "安",
        "柳", "俞", "裴", "成", "具", "卢",
    ]

    static let maleOld: [String] = [
        "振江", "国庆", "建国", "建华", "卫东", "志刚", "志强", "永福", "长海", "德才", "玉林", "宝山", "春生", "凤山",
        "立新", "文学", "洪亮", "树林", "广财", "福贵", "金山", "殿臣", "连生", "庆丰", "景春", "占奎", "铁柱", "成", "军",
        "刚", "强", "海", "明", "勇", "伟", "波", "林", "东", "平", "辉", "德胜", "守义", "万有", "长福", "喜林", "学文",
        "有才", "跃进", "树森", "永军", "桂林", "忠厚", "凤来", "继承", "会生", "贵"
    ]
    static let femaleOld: [String] = [
        "秀兰", "桂兰", "淑珍", "玉兰", "凤芝", "秀英", "丽华", "桂芝", "素芬", "春梅", "玉珍", "淑华", "凤琴", "桂荣",
        "秀云", "玉梅", "艳", "红", "丽", "静", "芳", "敏", "霞", "萍", "晓燕", "海燕", "金凤", "翠花", "淑芬", "玉芬",
        "亚琴", "丽娟", "春艳", "凤霞", "桂香", "秀珍", "玉华", "宝珍", "素珍", "彩云"
    ]
    static let maleYoung: [String] = [
        "浩然", "子轩", "宇航", "博文", "俊杰", "一鸣", "天佑", "思远", "浩宇", "子豪", "明轩", "鑫", "磊", "帅", "旭",
        "晨阳", "家乐", "志远", "嘉豪", "皓轩", "泽宇", "铭", "博", "宇", "凯", "琦", "鹏飞", "新宇", "佳航", "亮"
    ]
    static let femaleYoung: [String] = [
        "欣怡", "梓萱", "雨桐", "诗涵", "佳琪", "可馨", "子涵", "思雨", "雨欣", "嘉怡", "梦瑶", "佳怡", "悦", "婷",
        "琳", "雪", "楠", "畅", "萌", "晓雪", "心怡", "一诺", "语桐", "馨月", "美琪", "雅婷"
    ]
    static let koreanMale: [String] = [
        "英哲", "成浩", "东哲", "光日", "龙哲", "昌洙", "哲洙", "日男", "成日", "永吉", "万洙", "光浩", "明哲", "春植",
        "敏浩", "俊熙", "泰贤", "在民"
    ]
    static let koreanFemale: [String] = [
        "顺姬", "明淑", "英子", "贞淑", "玉顺", "善花", "春花", "英爱", "花子", "美善", "今子", "英淑", "智贤", "秀妍",
        "瑞贤", "恩熙", "敏静", "美兰"
    ]

    // MARK: Places

    /// Stems of made-up village names (…村); the generator makes each one unique within its scope.
    static let villageStems: [String] = [
        "东兴", "新立", "永安", "和平", "民主", "红旗", "长青", "三合", "北岔", "南天门", "二道沟", "小营子", "杨木",
        "桦甸子", "青沟", "双胜", "合心", "金川", "仁义", "兴林", "四方顶子", "黄泥河", "白石", "榆树", "柳树河",
        "荒沟", "老岭", "大房子", "板庙子", "前进", "胜利", "光明", "向阳", "朝阳", "新民", "新华", "新兴", "东风",
        "团结", "先锋", "丰收", "富民", "保安", "太安", "长安", "平安", "永兴", "永丰", "德兴", "福兴", "兴安",
        "兴发", "建设", "红星", "红光", "东升", "东光", "西山", "南岗", "北山", "后沟", "前沟", "夹皮沟", "松树",
        "五道沟", "三道岗", "四道沟", "头道", "二道阳岔", "马鹿沟", "鹿场", "参场", "林场", "砬子", "石湖", "龙岗",
        "龙泉", "清河", "河口", "沿江", "江南", "江北", "上甸子", "下甸子", "大营", "小石人", "东岔", "西岔", "南岔",
        "北甸子", "八里", "十八道", "二十道", "苇塘", "蒲草", "杏林", "梨树", "核桃", "椴木", "松林", "桦林", "柞木",
        "枫林", "青山", "白水", "黑松", "红石", "金沙", "银河", "宝石", "聚宝", "兴盛", "吉兴", "庆丰", "长胜",
        "全胜", "东胜", "西胜", "新胜", "合兴", "三兴", "四合", "五星", "六合", "七星", "八宝", "九龙", "十里",
        "安乐", "康乐", "乐山", "和睦", "兴隆沟", "太阳", "月亮泡", "星火", "草市", "新开河", "老营", "新屯",
        "东村", "西村", "于家", "王家", "李家", "张家", "孙家", "刘家", "赵家", "高家", "马家", "韩家", "崔家",
        "朴家", "金家", "姜家", "宋家", "宫家", "曲家", "隋家", "柳河", "杨树河", "榆林", "松花", "锦江", "漫江",
        "仙人", "万兴", "永青", "长岭", "平岭", "高岭", "岭前", "岭后", "沟口", "沟里", "湾里", "双岔", "三岔",
        "大顶子", "小顶子", "蘑菇", "人参", "鹿鸣", "蓝莓", "果松", "红松", "樟子", "冷泉", "温泉", "清泉", "碧水",
        "新农", "东明", "北明", "兴华", "振兴", "复兴", "新政", "共和", "友谊", "联丰", "联兴", "联盟", "长发", "广兴",
    ]

    /// Stems for the synthetic board's cities, counties and townships.
    static let placeStems: [String] = [
        "东山", "西岭", "南川", "北原", "清河", "白水", "青松", "长岭", "龙泉", "凤城", "金川", "银山", "宝丰", "永宁",
        "安平", "兴隆", "太和", "长乐", "福泉", "康宁", "平川", "大石", "柳河", "桦岭", "松江", "榆林", "杨柳", "梅河",
        "兰溪", "竹山", "石门", "云岭", "天池", "双河", "三江", "四平", "五常", "六合", "七台", "八达", "九台", "十里",
    ]

    /// Hamlets (屯/组) within a village.
    static let hamlets: [String] = ["一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组", "前屯", "后屯", "东屯", "西屯"]

    // MARK: Checklist evidence

    static let foodMet = "口粮充足, 肉蛋豆常有"
    static let foodNotMet = "口粮不足, 需临时救助"
    static let clothingMet = "四季衣被齐全"
    static let clothingNotMet = "冬季衣被不足"
    static let educationMet = "适龄子女在校就读"
    static let educationNone = "无义务教育阶段子女"
    static let medicalMet = "全员参保, 已签约家庭医生"
    /// Medical shortfalls; the first means no family-doctor contract, the third an uninsured infant.
    static let medicalNotMet = ["未签约家庭医生", "慢病卡未办理", "新生儿未参保", "大病救助未落实"]
    static let housingMet = ["房屋鉴定A级", "房屋鉴定B级", "易地搬迁入住"]
    /// The note of a house renovated under the dangerous-housing programme (危房改造).
    static let housingRenovated = "已完成危房改造"
    /// Housing shortfalls; the last is for sudden hardship (disaster damage). `renovation` and the
    /// housing tasks follow the same order.
    static let housingNotMet = ["房屋鉴定C级, 待修缮", "房屋鉴定D级危房", "房屋受灾受损"]
    static let waterMet = ["自来水入户", "自备井, 水质检测合格"]
    /// The note of a household reached by the 2019–2020 drinking-water project.
    static let waterProject = "饮水巩固提升工程入户"
    /// Water shortfalls; `taskWater` follows the same order.
    static let waterNotMet = ["冬季冻管断水", "水井水量不足", "水质检测不合格"]
    static let incomeMet = "收入核算达标"
    static let incomeNotMet = "人均纯收入低于标准"

    // MARK: Plans

    /// Village industries and the dividend each pays (产业分红).
    static let industries: [String] = [
        "光伏收益分红", "肉牛承包分红", "梅花鹿养殖分红", "草莓温室租赁分红", "蓝莓基地分红", "中药材基地分红",
        "食用菌大棚分红", "电商服务站带动", "人参基地分红", "乡村旅游分红",
    ]
    static let river = "河道管理员"
    static let ranger = "生态护林员"
    static let otherJobs = ["村屯保洁员", "治安协管员", "孤寡老人看护", "道路养护员"]
    static let credit = ["扶贫小额信贷5万元", "扶贫小额信贷3万元"]
    /// Housing measures and tasks, in the order of `housingNotMet`.
    static let renovation = ["C级危房修缮", "D级危房翻建", "灾后房屋修缮"]
    static let medicalAid = ["大病救助", "慢病门诊报销", "先诊疗后付费"]
    static let employment = ["扶贫车间务工", "转移就业", "就近务工"]
    static let training = ["种养技术培训", "电商培训"]
    static let education = ["雨露计划补助", "义务教育阶段资助"]
    static let dibao = "纳入低保"
    static let tekun = "特困供养"
    static let temporaryAid = "临时救助"

    /// Needs (帮扶需求) by the first shortfall, in the cadre's words.
    static let needsHousing = "住房需修缮, 自筹资金不足"
    static let needsMedical = "患病需长期服药, 医疗负担重"
    static let needsWater = "冬季饮水困难, 需改造入户管线"
    static let needsIncome = "缺稳定收入来源, 希望就近务工"
    static let needsFood = "口粮不足, 需临时救助"
    static let needsLabour = "缺劳力, 需落实兜底保障"
    static let needsSkills = "缺技术, 希望参加种养培训"
    static let needsDisaster = "房屋受灾, 需救助修缮"
    static let needsWatch = "收入不稳, 需持续跟踪"

    // MARK: Visits, assignments, tasks

    /// What a visit found and did, by the household's situation (see `BoardBuilder.visits`).
    enum VisitNote: Int {
        case ordinary, dividend, records, pupil, illness, dibao, housing, water, work, noLabour, food
        var found: String {
            ["生活正常, 口粮充足", "分红已到账", "档案信息核对", "孩子在校正常", "老人慢病, 按时服药", "低保按时发放", "住房漏雨",
             "冬季冻管", "务工收入不稳", "家中缺劳力", "口粮不足"][rawValue]
        }
        var done: String {
            ["宣讲政策", "核实收入", "更新档案", "宣讲教育资助政策", "联系村医随访", "核实收入", "协调修缮", "协调饮水改造",
             "对接扶贫车间", "帮办低保手续", "送米面油"][rawValue]
        }
    }

    static let assignFirst = "结对帮扶"
    static let assignRotation = "干部轮岗调整"
    static let assignSenior = "乡科级干部包保"
    static let assignMonitored = "监测对象落实帮扶"

    /// The old task of a house renovated before.
    static let taskRenovated = "危房改造"
    /// Medical tasks, in the order of `medicalNotMet`.
    static let taskMedical = ["签约家庭医生", "办理慢病卡", "新生儿参保", "落实大病救助"]
    /// Water tasks, in the order of `waterNotMet`.
    static let taskWater = ["饮水入户改造", "打井或接管入户", "水源改造, 水质复检"]
    static let taskIncome = ["安排公益岗位", "落实产业分红", "对接扶贫车间"]
    static let taskFood = "落实临时救助"
    static let taskClothing = "发放冬季衣被"
    static let taskDibao = "办理低保"
    static let taskExit = "退出民主评议公示"
    static let taskRecheck = "回头看问题整改"
    static let taskMonitored = ["落实监测帮扶措施", "申请临时救助", "大病医疗救助"]
    static let villageTasks = ["硬化通屯路", "安全饮水巩固提升工程", "光伏电站建设", "村集体经济项目", "标准化卫生室建设",
                               "电商服务站建设", "危桥改建", "农网改造", "村村联建", "产业大棚建设"]
    /// The village target each village task works toward (the rest work toward none).
    static let villageTaskTargets: [String: VillageTargetKind] = [
        "硬化通屯路": .road, "危桥改建": .road, "安全饮水巩固提升工程": .water, "光伏电站建设": .industry,
        "产业大棚建设": .industry, "村集体经济项目": .collectiveIncome, "标准化卫生室建设": .clinic, "农网改造": .electricity,
    ]
    static let doneNotes = ["已完成, 附照片", "已办结", "资料已报乡镇"]
    static let sendBackReasons = ["照片佐证不全", "验收资料缺签字"]
}
