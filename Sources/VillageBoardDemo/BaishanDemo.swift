import VillageBoardCore

/// The embedded demo: Baishan City (白山市, Jilin) in mid-2020, with the figures of the article that
/// DOMAIN.md quotes: 6 county-level units, 112 provincial poor villages, 10,592 registered
/// households (18,807 people), 414 households (731 people) not yet out. Names of people are made up.
/// The same board, and so the same saved bytes, every time.
public enum BaishanDemo {
    /// The demo's fixed clock: the end of June 2020, half a year before the deadline.
    public static let today = Day(iso: "2020-06-30") ?? Day(daysSinceEpoch: 18_443)
    /// The campaign's deadline, set on every unit: the end of 2020.
    public static let deadline = Day(iso: "2020-12-31") ?? Day(daysSinceEpoch: 18_627)

    /// The city's division code.
    public static let cityCode = BoardBuilder.division(220_600_000_000)

    /// Builds the demo board (about 0.1 s in a release build).
    public static func board() -> Board {
        var build = BaishanBuild()
        return build.run()
    }

    // MARK: The article's figures (the 112 poor villages are the sum of `BaishanCounty.poor`)

    static let registeredHouseholds = 10_592
    static let registeredPeople = 18_807
    static let remainingHouseholds = 414
    static let remainingPeople = 731
    static let ruralPopulation = 265_000
    static let pupils = 748
    static let dibaoPeople = 11_874
    static let renovatedHouses = 3_214
    static let riverManagers = 148
    static let forestRangers = 268
    static let otherPublicJobs = 260
    static let microCreditHouseholds = 433
    static let waterProjectPeople = 4_067
}

/// One county-level unit of Baishan: real code and name, a box around its area, and how many villages it gets.
struct BaishanCounty {
    let code6: Int64
    let name: String
    let office: String
    /// Latitude and longitude bounds, in 1/10,000 degree.
    let lat: ClosedRange<Int>
    let lon: ClosedRange<Int>
    let poor: Int
    let nonPoor: Int
    let grey: Int
    /// Households with Korean-Chinese names, per mille.
    let korean: Int
    let townships: [String]

    static let all: [BaishanCounty] = [
        BaishanCounty(code6: 220_602, name: "浑江区", office: "hunjiang-office", lat: 417_500...421_000, lon: 1_262_000...1_267_500,
                      poor: 12, nonPoor: 6, grey: 3, korean: 20, townships: ["六道江镇", "红土崖镇", "七道江镇", "三道沟镇"]),
        BaishanCounty(code6: 220_605, name: "江源区", office: "jiangyuan-office", lat: 419_500...423_500, lon: 1_264_500...1_270_000,
                      poor: 12, nonPoor: 6, grey: 3, korean: 20, townships: ["石人镇", "湾沟镇", "砟子镇", "松树镇", "大阳岔镇"]),
        BaishanCounty(code6: 220_621, name: "抚松县", office: "fusong-office", lat: 419_500...427_500, lon: 1_270_000...1_280_000,
                      poor: 18, nonPoor: 10, grey: 6, korean: 40,
                      townships: ["抚松镇", "松江河镇", "东岗镇", "万良镇", "露水河镇", "仙人桥镇", "北岗镇", "漫江镇", "兴隆乡", "抽水乡", "沿江乡"]),
        BaishanCounty(code6: 220_622, name: "靖宇县", office: "jingyu-office", lat: 421_000...427_500, lon: 1_265_500...1_271_500,
                      poor: 30, nonPoor: 4, grey: 4, korean: 20,
                      townships: ["靖宇镇", "三道湖镇", "龙泉镇", "那尔轰镇", "花园口镇", "景山镇", "赤松乡", "蒙江乡"]),
        BaishanCounty(code6: 220_623, name: "长白朝鲜族自治县", office: "changbai-office", lat: 414_000...419_000, lon: 1_276_000...1_282_500,
                      poor: 22, nonPoor: 6, grey: 4, korean: 350,
                      townships: ["长白镇", "八道沟镇", "十四道沟镇", "马鹿沟镇", "宝泉山镇", "新房子镇", "十二道沟乡", "金华乡"]),
        BaishanCounty(code6: 220_681, name: "临江市", office: "linjiang-office", lat: 415_000...420_500, lon: 1_267_000...1_275_500,
                      poor: 18, nonPoor: 8, grey: 4, korean: 60, townships: ["六道沟镇", "闹枝镇", "花山镇", "桦树镇", "苇沙河镇", "四道沟镇", "蚂蚁河乡"]),
    ]

    /// The township's code: towns (镇) numbered from 100, townships (乡) from 200, in list order.
    func townshipCode(_ index: Int) -> Int64 {
        let isXiang = townships[index].hasSuffix("乡")
        let rank = townships[..<index].filter { $0.hasSuffix("乡") == isXiang }.count
        return (code6 * 1000 + Int64((isXiang ? 200 : 100) + rank)) * 1000
    }
}

/// A village the article names, with where it is and what the demo makes of it.
struct BaishanNamedVillage {
    let name: String
    let county: Int64
    let township: String
    let poor: Bool
    let colour: VillageColour
    /// Registered households, when the article gives a figure (else drawn).
    let households: Int?
    /// Registered people, when fixed.
    let people: Int?
    /// Households not yet out, when fixed.
    let remaining: Int?
    let industry: String

    static let all: [BaishanNamedVillage] = [
        .init(name: "板石村", county: 220_621, township: "兴隆乡", poor: true, colour: .red, households: nil, people: nil, remaining: nil,
              industry: "草莓温室租赁分红"),
        .init(name: "太平村", county: 220_622, township: "三道湖镇", poor: true, colour: .red, households: 96, people: nil, remaining: 7,
              industry: "电商服务站带动"),
        // 大杨树村: cattle contracted out, dividends to its 18 poor households.
        .init(name: "大杨树村", county: 220_681, township: "六道沟镇", poor: true, colour: .amber, households: 18, people: nil,
              remaining: nil, industry: "肉牛承包分红"),
        .init(name: "永胜村", county: 220_622, township: "靖宇镇", poor: true, colour: .green, households: nil, people: nil, remaining: nil,
              industry: "中药材基地分红"),
        .init(name: "联合村", county: 220_622, township: "靖宇镇", poor: true, colour: .red, households: nil, people: nil, remaining: nil,
              industry: "光伏收益分红"),
        .init(name: "江沿村", county: 220_602, township: "六道江镇", poor: true, colour: .green, households: nil, people: nil,
              remaining: nil, industry: "梅花鹿养殖分红"),
        // 榆木桥子村: four greenhouses rented out, "30 households, 49 poor people" lifted last year.
        .init(name: "榆木桥子村", county: 220_605, township: "石人镇", poor: true, colour: .amber, households: 30, people: 49,
              remaining: 0, industry: "草莓温室租赁分红"),
        .init(name: "遥林村", county: 220_605, township: "石人镇", poor: true, colour: .red, households: nil, people: nil, remaining: nil,
              industry: "光伏收益分红"),
        .init(name: "果园民俗村", county: 220_623, township: "马鹿沟镇", poor: false, colour: .green, households: nil, people: nil,
              remaining: nil, industry: "乡村旅游分红"),
        .init(name: "锦江木屋村", county: 220_621, township: "漫江镇", poor: false, colour: .green, households: nil, people: nil,
              remaining: nil, industry: "乡村旅游分红"),
        .init(name: "松岭雪村", county: 220_681, township: "花山镇", poor: false, colour: .amber, households: nil, people: nil,
              remaining: nil, industry: "乡村旅游分红"),
    ]
}

/// The demo's construction, step by step; every step draws from one seeded generator in a fixed order.
struct BaishanBuild {
    /// One village as planned before any household is made.
    struct Village {
        var name: String
        var county: Int
        var township: Int
        var poor: Bool
        /// nil for a village with no data (grey on the chart).
        var colour: VillageColour?
        var industry: String
        var fixedHouseholds: Int?
        var fixedPeople: Int?
        var fixedRemaining: Int?
        var code = BaishanDemo.cityCode
        var households = 0
        var remaining = 0
    }

    var b = BoardBuilder(seed: 0x5BA1_5A2_2020, today: BaishanDemo.today, counties: BaishanCounty.all.count)
    var villages: [Village] = []

    mutating func run() -> Board {
        planVillages()
        colourVillages()
        allocateHouseholds()
        addUnits()
        let sites = addUsers()
        var drafts = draftHouseholds(sites: sites)
        fitPupils(&drafts.households, sites: sites, owners: drafts.site)
        let traits = chooseTraits(drafts.households)
        finishAll(drafts, traits: traits, sites: sites)
        return b.board
    }

    // MARK: Villages

    private mutating func planVillages() {
        var stems = GeneratorTables.villageStems
        b.rng.shuffle(&stems)
        var nextStem = 0
        for (ci, county) in BaishanCounty.all.enumerated() {
            var mine: [[Village]] = Array(repeating: [], count: county.townships.count)
            var namedPoor = 0, namedOther = 0
            for n in BaishanNamedVillage.all where n.county == county.code6 {
                let ti = county.townships.firstIndex(of: n.township) ?? 0
                mine[ti].append(Village(name: n.name, county: ci, township: ti, poor: n.poor, colour: n.colour, industry: n.industry,
                                        fixedHouseholds: n.households, fixedPeople: n.people, fixedRemaining: n.remaining))
                if n.poor { namedPoor += 1 } else { namedOther += 1 }
            }
            // Made-up villages: poor ones, others with a few registered households, and some with no data.
            var kinds = Array(repeating: 0, count: county.poor - namedPoor) + Array(repeating: 1, count: county.nonPoor - namedOther)
                + Array(repeating: 2, count: county.grey)
            b.rng.shuffle(&kinds)
            for kind in kinds {
                let empty = mine.firstIndex { $0.isEmpty }
                let ti = empty ?? b.rng.below(county.townships.count)
                let industry = kind == 0 && b.rng.chance(400) ? b.rng.pick(GeneratorTables.industries) : GeneratorTables.industries[0]
                let name = stems[nextStem % stems.count] + "村"
                nextStem += 1
                mine[ti].append(Village(name: name, county: ci, township: ti, poor: kind == 0, colour: kind == 2 ? nil : .green,
                                        industry: industry))
            }
            for (ti, list) in mine.enumerated() {
                let township = county.townshipCode(ti)
                for (i, v) in list.enumerated() {
                    var v = v
                    v.code = BoardBuilder.division(township + 201 + Int64(i))
                    villages.append(v)
                }
            }
        }
    }

    /// Red, amber and green among the made-up villages with data (poor villages more often red).
    private mutating func colourVillages() {
        let named = Set(BaishanNamedVillage.all.map(\.name))
        var poor = villages.indices.filter { villages[$0].poor && !named.contains(villages[$0].name) }
        var other = villages.indices.filter { !villages[$0].poor && villages[$0].colour != nil && !named.contains(villages[$0].name) }
        b.rng.shuffle(&poor)
        b.rng.shuffle(&other)
        func paint(_ list: [Int], red: Int, amber: Int, _ villages: inout [Village]) {
            for (k, i) in list.enumerated() { villages[i].colour = k < red ? .red : k < red + amber ? .amber : .green }
        }
        paint(poor, red: 62, amber: 22, &villages)
        paint(other, red: 22, amber: 7, &villages)
    }

    /// Registered households per village and, in red villages, how many are not yet out; exact totals.
    private mutating func allocateHouseholds() {
        let withData = villages.indices.filter { villages[$0].colour != nil }
        var fixedTotal = 0
        var weights: [(Int, Int)] = []
        for i in withData {
            if let n = villages[i].fixedHouseholds { villages[i].households = n; fixedTotal += n; continue }
            weights.append((i, villages[i].poor ? b.rng.int(60...120) : b.rng.int(15...55)))
        }
        for (i, n) in Self.apportion(BaishanDemo.registeredHouseholds - fixedTotal, weights) { villages[i].households = n }

        let red = withData.filter { villages[$0].colour == .red }
        var fixedRemaining = 0
        var rest: [(Int, Int)] = []
        for i in red {
            if let n = villages[i].fixedRemaining { villages[i].remaining = n; fixedRemaining += n; continue }
            villages[i].remaining = 1
            rest.append((i, villages[i].households))
        }
        let spread = BaishanDemo.remainingHouseholds - fixedRemaining - rest.count
        for (i, n) in Self.apportion(spread, rest) { villages[i].remaining += n }
    }

    /// Splits `total` in proportion to the weights, exactly (cumulative rounding, no ties to break).
    static func apportion(_ total: Int, _ weights: [(Int, Int)]) -> [(Int, Int)] {
        let sum = weights.reduce(0) { $0 + $1.1 }
        var out: [(Int, Int)] = []
        var running = 0, given = 0
        for (i, w) in weights {
            running += w
            let upTo = sum > 0 ? total * running / sum : 0
            out.append((i, upTo - given))
            given = upTo
        }
        return out
    }

    // MARK: Units and users

    private mutating func addUnits() {
        let deadline = BaishanDemo.deadline
        b.addUnit(BaishanDemo.cityCode, "白山市", .city, parent: nil, coordinate: BoardBuilder.coordinate(latE4: 419_400, lonE4: 1_264_200),
                  deadline: deadline)
        // Rural population: every village with data holds some; together exactly the city's figure. A village with
        // no data has no population figure either, so it stays out of every incidence.
        let popWeights = villages.indices.map { i in
            let weight = villages[i].poor ? b.rng.int(900...1_900) : b.rng.int(1_100...2_600)
            return (i, villages[i].colour == nil ? 0 : weight)
        }
        var population = Array(repeating: 0, count: villages.count)
        for (i, n) in Self.apportion(BaishanDemo.ruralPopulation, popWeights) { population[i] = n }

        for (ci, county) in BaishanCounty.all.enumerated() {
            let countyCode = BoardBuilder.division(county.code6 * 1_000_000)
            let centre = BoardBuilder.coordinate(latE4: (county.lat.lowerBound + county.lat.upperBound) / 2,
                                                 lonE4: (county.lon.lowerBound + county.lon.upperBound) / 2)
            b.addUnit(countyCode, county.name, .county, parent: BaishanDemo.cityCode, coordinate: centre, deadline: deadline)
            for ti in county.townships.indices {
                let code = BoardBuilder.division(county.townshipCode(ti))
                let lat = b.rng.int((county.lat.lowerBound + 500)...(county.lat.upperBound - 500))
                let lon = b.rng.int((county.lon.lowerBound + 500)...(county.lon.upperBound - 500))
                b.addUnit(code, county.townships[ti], .township, parent: countyCode,
                          coordinate: BoardBuilder.coordinate(latE4: lat, lonE4: lon), deadline: deadline)
                for vi in villages.indices where villages[vi].county == ci && villages[vi].township == ti {
                    let vlat = min(max(lat + b.rng.int(-600...600), county.lat.lowerBound), county.lat.upperBound)
                    let vlon = min(max(lon + b.rng.int(-600...600), county.lon.lowerBound), county.lon.upperBound)
                    b.addUnit(villages[vi].code, villages[vi].name, .village, parent: code,
                              coordinate: BoardBuilder.coordinate(latE4: vlat, lonE4: vlon), poor: villages[vi].poor,
                              population: population[vi], deadline: deadline)
                }
            }
        }
    }

    /// The named users, then an office head per county, a supervisor and responsible cadres per
    /// township, and a cadre per village with data. Returns each village's site.
    private mutating func addUsers() -> [VillageSite] {
        b.addUser(UserID("admin"), .admin, BaishanDemo.cityCode)
        var sites: [VillageSite] = []
        for (ci, county) in BaishanCounty.all.enumerated() {
            let office = UserID(county.office)
            b.addUser(office, .countyOfficeHead, BoardBuilder.division(county.code6 * 1_000_000))
            for ti in county.townships.indices {
                let code = county.townshipCode(ti)
                let supervisor = UserID(county.townships[ti] == "三道湖镇" ? "sandaohu-sup" : "sup-" + String(code / 1000))
                b.addUser(supervisor, .townshipSupervisor, BoardBuilder.division(code))
                let mine = villages.indices.filter { villages[$0].county == ci && villages[$0].township == ti }
                let registered = mine.reduce(0) { $0 + villages[$1].households }
                var cadres: [UserID] = []
                for n in 1...max(2, registered / 50) {
                    let id = UserID("rc-" + String(code / 1000) + "-" + String(n))
                    b.addUser(id, .responsibleCadre, BoardBuilder.division(code))
                    cadres.append(id)
                }
                for vi in mine {
                    var cadre = UserID("vc-" + villages[vi].code.description)
                    if villages[vi].colour != nil { b.addUser(cadre, .villageCadre, villages[vi].code) }
                    if villages[vi].name == "太平村" {
                        cadre = UserID("taiping-sec")
                        b.addUser(cadre, .villageCadre, villages[vi].code)
                        b.setTargets(villages[vi].code, Self.taipingTargets(checkedBy: supervisor))
                    }
                    sites.append(VillageSite(code: villages[vi].code, idPrefix: county.code6, countySlot: ci, koreanPerMille: county.korean,
                                             colour: villages[vi].colour ?? .grey, industry: villages[vi].industry, villageCadre: cadre,
                                             cadres: cadres, supervisor: supervisor, office: office))
                }
            }
        }
        return sites
    }

    /// 太平村's village-level targets: the road to its hamlets and its collective income not yet met (the tile's "+2").
    static func taipingTargets(checkedBy: UserID) -> [VillageTargetKind: VillageTarget] {
        let on = Day(iso: "2020-05-20")
        func target(_ state: ItemState, _ figure: Int?, _ evidence: String) -> VillageTarget {
            VillageTarget(state: state, figure: figure, evidence: evidence, checkedBy: checkedBy, checkedOn: on)
        }
        return [.road: target(.notMet, 3, "通屯路 3 公里未硬化，客车只通到村部"),
                .electricity: target(.met, 96, "动力电已通到全部农户"),
                .clinic: target(.met, 1, "标准化卫生室已建成，有村医 1 名"),
                .water: target(.met, 96, "自来水入户，水质检测合格"),
                .collectiveIncome: target(.notMet, 28_000, "集体经济收入 2.8 万元，未达 3 万元"),
                .industry: target(.met, 36, "光伏电站分红 36 户")]
    }

    // MARK: Households

    /// Drafted households in village order, and the index of each one's site.
    struct Drafts {
        var households: [Household] = []
        var site: [Int] = []
    }

    /// Household sizes for a group, drawn and then nudged one person at a time to the exact total.
    mutating func fitSizes(count: Int, people: Int) -> [Int] {
        var sizes = (0..<count).map { _ in 1 + b.rng.weighted([46, 37, 10, 5, 2]) }
        var sum = sizes.reduce(0, +)
        while sum != people && count > 0 {
            let i = b.rng.below(count)
            if sum > people && sizes[i] > 1 { sizes[i] -= 1; sum -= 1 }
            else if sum < people && sizes[i] < 6 { sizes[i] += 1; sum += 1 }
        }
        return sizes
    }

    private mutating func draftHouseholds(sites: [VillageSite]) -> Drafts {
        var sites = sites
        let fixedOut = villages.filter { $0.fixedPeople != nil }
        let fixedOutHouseholds = fixedOut.reduce(0) { $0 + $1.households }
        let fixedOutPeople = fixedOut.reduce(0) { $0 + ($1.fixedPeople ?? 0) }
        let outHouseholds = BaishanDemo.registeredHouseholds - BaishanDemo.remainingHouseholds - fixedOutHouseholds
        let outPeople = BaishanDemo.registeredPeople - BaishanDemo.remainingPeople - fixedOutPeople
        var remainingSizes = fitSizes(count: BaishanDemo.remainingHouseholds, people: BaishanDemo.remainingPeople)[...]
        var outSizes = fitSizes(count: outHouseholds, people: outPeople)[...]

        var drafts = Drafts()
        drafts.households.reserveCapacity(BaishanDemo.registeredHouseholds + 400)
        for vi in villages.indices {
            guard let colour = villages[vi].colour else { continue }
            let v = villages[vi]
            var fixedSizes = v.fixedPeople.map { fitSizes(count: v.households, people: $0)[...] }
            var notOut = Array(repeating: false, count: v.households)
            for k in 0..<v.remaining { notOut[k] = true }
            b.rng.shuffle(&notOut)
            for k in 0..<v.households {
                let size: Int
                var mark = HouseholdMark(.out)
                if notOut[k] {
                    size = remainingSizes.popFirst() ?? 1
                    mark = HouseholdMark(.notOut)
                } else {
                    size = fixedSizes?.popFirst() ?? outSizes.popFirst() ?? 1
                    if colour == .red && b.rng.chance(25) { mark = HouseholdMark(.unstable, riskEliminated: b.rng.chance(300)) }
                    else if colour != .red && b.rng.chance(15) { mark = HouseholdMark(.unstable, riskEliminated: true) }
                }
                drafts.households.append(b.draft(site: &sites[vi], mark: mark, registered: true, size: size))
                drafts.site.append(vi)
            }
            // Monitored households never registered: on the edge, or in sudden hardship.
            var monitored: [HouseholdMark] = []
            if colour == .red {
                for _ in 0..<b.rng.weighted([35, 40, 20, 5]) { monitored.append(HouseholdMark(.edge, riskEliminated: b.rng.chance(350))) }
                if b.rng.chance(300) { monitored.append(HouseholdMark(.sudden, riskEliminated: b.rng.chance(200))) }
            } else if b.rng.chance(250) {
                monitored.append(HouseholdMark(b.rng.chance(800) ? .edge : .sudden, riskEliminated: true))
            }
            for mark in monitored {
                let size = 1 + b.rng.weighted([30, 35, 20, 15])
                drafts.households.append(b.draft(site: &sites[vi], mark: mark, registered: false, size: size))
                drafts.site.append(vi)
            }
        }
        return drafts
    }

    /// Moves children's birth years into or out of compulsory-school age until exactly 748 registered
    /// pupils remain, keeping each child's age plausible for the head's (18–45 years between parent and
    /// child, 38–62 between grandparent and grandchild).
    private mutating func fitPupils(_ households: inout [Household], sites: [VillageSite], owners: [Int]) {
        let from = b.standard.schoolAgeFrom, to = b.standard.schoolAgeTo, year = b.year
        var pupils: [(Int, Int)] = []
        var others: [(Int, Int)] = []
        for (hi, h) in households.enumerated() where h.registered {
            for (mi, m) in h.members.enumerated() where m.relation == .son || m.relation == .daughter || m.relation == .grandchild {
                if b.isSchoolAge(m) { pupils.append((hi, mi)) } else { others.append((hi, mi)) }
            }
        }
        b.rng.shuffle(&pupils)
        b.rng.shuffle(&others)
        var excess = pupils.count - BaishanDemo.pupils
        for (hi, mi) in excess > 0 ? pupils : others where excess != 0 {
            let head = households[hi].members[0].age(in: year)
            let plausible = households[hi].members[mi].relation == .grandchild ? (head - 62)...(head - 38) : (head - 45)...(head - 18)
            // Too many: a preschooler or a teenager past compulsory school. Too few: a pupil.
            let choices = excess > 0 ? [max(0, from - 4)...(from - 1), (to + 1)...(to + 5)] : [from...to]
            let fitting = choices.filter { plausible.overlaps($0) }.map { $0.clamped(to: plausible) }
            guard !fitting.isEmpty else { continue }
            let site = sites[owners[hi]]
            b.rebirth(&households[hi].members[mi], year: year - b.rng.int(b.rng.pick(fitting)), prefix: site.idPrefix,
                      countySlot: site.countySlot)
            excess += excess > 0 ? -1 : 1
        }
    }

    /// Enrolments and support picked across the city so the article's totals come out exactly.
    private mutating func chooseTraits(_ households: [Household]) -> [Traits] {
        var traits = households.map { _ in Traits() }
        let registered = households.indices.filter { households[$0].registered }
        let out = registered.filter { households[$0].status.countsAsOut }

        // 低保: drawn by circumstance, then households added or removed until exactly 11,874 people.
        // A household that cannot work and lives on the safety net stays monitored (兜底): those whose risk was
        // eliminated get by without it.
        let offSafetyNet = Set(registered.filter {
            households[$0].mark.riskEliminated && !households[$0].members.contains { $0.labour.canWork }
        })
        for i in registered { traits[i].dibao = b.rng.chance(b.dibaoOdds(households[i])) && !offSafetyNet.contains(i) }
        var enrolled = registered.reduce(0) { $0 + (traits[$1].dibao ? households[$1].size : 0) }
        var order = registered
        b.rng.shuffle(&order)
        for i in order where enrolled != BaishanDemo.dibaoPeople {
            let size = households[i].size
            if enrolled > BaishanDemo.dibaoPeople && traits[i].dibao && size <= enrolled - BaishanDemo.dibaoPeople {
                traits[i].dibao = false
                enrolled -= size
            } else if enrolled < BaishanDemo.dibaoPeople && !traits[i].dibao && !offSafetyNet.contains(i)
                        && size <= BaishanDemo.dibaoPeople - enrolled {
                traits[i].dibao = true
                enrolled += size
            }
        }
        for i in households.indices where !households[i].registered { traits[i] = b.drawTraits(households[i]) }
        for i in registered where !traits[i].dibao && !offSafetyNet.contains(i) && households[i].size == 1
            && !households[i].members[0].labour.canWork {
            traits[i].tekun = b.rng.chance(150)
        }

        // Public-welfare jobs and micro-credit go to households with someone able to work.
        var workers = registered.filter { b.hasWorker(households[$0]) }
        b.rng.shuffle(&workers)
        for (k, i) in workers.enumerated() {
            if k < BaishanDemo.riverManagers { traits[i].job = .river }
            else if k < BaishanDemo.riverManagers + BaishanDemo.forestRangers { traits[i].job = .ranger }
            else if k < BaishanDemo.riverManagers + BaishanDemo.forestRangers + BaishanDemo.otherPublicJobs { traits[i].job = .other }
        }
        b.rng.shuffle(&workers)
        for i in workers.prefix(BaishanDemo.microCreditHouseholds) { traits[i].microCredit = true }

        // Houses renovated, and households reached by the water project (exactly 4,067 people).
        var shuffled = out
        b.rng.shuffle(&shuffled)
        for i in shuffled.prefix(BaishanDemo.renovatedHouses) { traits[i].renovated = true }
        b.rng.shuffle(&shuffled)
        var reached = 0
        for i in shuffled where reached < BaishanDemo.waterProjectPeople {
            let size = households[i].size
            if size <= BaishanDemo.waterProjectPeople - reached {
                traits[i].waterProject = true
                reached += size
            }
        }
        return traits
    }

    private mutating func finishAll(_ drafts: Drafts, traits: [Traits], sites: [VillageSite]) {
        var sites = sites
        var households = drafts.households
        var tasks: [WorkTask] = []
        var i = 0
        b.board.reserve(households: households.count, tasks: households.count / 2)
        for vi in sites.indices where villages[vi].colour != nil {
            while i < households.count && drafts.site[i] == vi {
                tasks += b.finish(&households[i], traits: traits[i], site: &sites[vi])
                i += 1
            }
            tasks += b.villageTasks(site: &sites[vi])
        }
        for h in households { b.board.restore(h) }
        for t in tasks { b.board.restore(t) }
    }
}
