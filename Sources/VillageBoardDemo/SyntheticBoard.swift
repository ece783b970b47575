import VillageBoardCore

/// Made-up boards of any size (100 to 1,000,000 households) for tests and benchmarks: a province
/// (模拟省, code 99) → cities → counties → townships → villages of about 350 households each,
/// with ~4 % of households unresolved and ~2 % monitored. The same seed gives the same board.
public enum SyntheticBoard {
    /// Generates `households` households (all of them: registered and monitored), judged on `today`.
    public static func generate(households: Int, seed: UInt64, today: Day) -> Board {
        var g = SyntheticBuild(households: max(0, households), seed: seed, today: today)
        return g.run()
    }
}

/// The synthetic board's construction: the tree first, then village by village, household by household.
struct SyntheticBuild {
    var b: BoardBuilder
    let total: Int
    let deadline: Day?
    static let province: Int64 = 99

    init(households: Int, seed: UInt64, today: Day) {
        total = households
        let villages = max(1, (households + 175) / 350)
        // Counties are at most one per 8 townships of 8 villages; a generous bound for the ID counters.
        b = BoardBuilder(seed: seed, today: today, counties: villages / 64 + 2)
        deadline = Day(year: today.year, month: 12, day: 31)
    }

    /// One township: its code, its county (an index into the county list) and its villages (indexes into the counts).
    struct Township {
        var code: Int64
        var county: Int
        var villages: [Int]
    }

    mutating func run() -> Board {
        let villageCount = max(1, (total + 175) / 350)
        let weights = (0..<villageCount).map { ($0, b.rng.int(300...400)) }
        let counts = BaishanBuild.apportion(total, weights).map(\.1)
        b.board.reserve(households: total, tasks: total * 7 / 20)

        let top = BoardBuilder.division(Self.province * 10_000_000_000)
        b.addUnit(top, "模拟省", .province, parent: nil, coordinate: BoardBuilder.coordinate(latE4: 430_000, lonE4: 1_265_000),
                  deadline: deadline)
        b.addUser(UserID("admin"), .admin, top)

        // The tree: cities of 4–8 counties, counties of 8–12 townships, townships of 8–12 villages.
        var townships: [Township] = []
        var countyCodes: [Int64] = []
        var next = 0
        var city = 0
        while next < villageCount {
            city += 1
            let cityCode = (Self.province * 100 + Int64(city)) * 100_000_000
            let cityCentre = (b.rng.int(405_000...455_000), b.rng.int(1_225_000...1_305_000))
            let cityName = GeneratorTables.placeStems[(city - 1) % GeneratorTables.placeStems.count] + "市"
            b.addUnit(BoardBuilder.division(cityCode), cityName, .city, parent: top,
                      coordinate: BoardBuilder.coordinate(latE4: cityCentre.0, lonE4: cityCentre.1), deadline: deadline)
            let nameBase = b.rng.below(GeneratorTables.placeStems.count)
            for k in 1...b.rng.int(4...8) where next < villageCount {
                let code6 = Self.province * 10_000 + Int64(city) * 100 + Int64(k)
                let countyCode = code6 * 1_000_000
                let centre = (cityCentre.0 + b.rng.int(-6_000...6_000), cityCentre.1 + b.rng.int(-6_000...6_000))
                let stem = GeneratorTables.placeStems[(nameBase + k) % GeneratorTables.placeStems.count]
                b.addUnit(BoardBuilder.division(countyCode), stem + (k == 1 ? "区" : "县"), .county, parent: BoardBuilder.division(cityCode),
                          coordinate: BoardBuilder.coordinate(latE4: centre.0, lonE4: centre.1), deadline: deadline)
                let countyIndex = countyCodes.count
                countyCodes.append(code6)
                b.addUser(UserID("office-" + String(code6)), .countyOfficeHead, BoardBuilder.division(countyCode))
                let townBase = b.rng.below(GeneratorTables.placeStems.count)
                for t in 1...b.rng.int(8...12) where next < villageCount {
                    let code = (code6 * 1000 + Int64(100 + t)) * 1000
                    let at = (centre.0 + b.rng.int(-2_000...2_000), centre.1 + b.rng.int(-2_000...2_000))
                    let townName = GeneratorTables.placeStems[(townBase + t * 5) % GeneratorTables.placeStems.count] + (t % 4 == 0 ? "乡" : "镇")
                    b.addUnit(BoardBuilder.division(code), townName, .township, parent: BoardBuilder.division(countyCode),
                              coordinate: BoardBuilder.coordinate(latE4: at.0, lonE4: at.1), deadline: deadline)
                    let villageBase = b.rng.below(GeneratorTables.villageStems.count)
                    var mine: [Int] = []
                    for v in 1...b.rng.int(8...12) where next < villageCount {
                        let vcode = code + 200 + Int64(v)
                        let name = GeneratorTables.villageStems[(villageBase + v * 7) % GeneratorTables.villageStems.count] + "村"
                        let people = counts[next] * 12 / 5
                        b.addUnit(BoardBuilder.division(vcode), name, .village, parent: BoardBuilder.division(code),
                                  coordinate: BoardBuilder.coordinate(latE4: at.0 + b.rng.int(-600...600), lonE4: at.1 + b.rng.int(-600...600)),
                                  poor: b.rng.chance(300), population: people * b.rng.int(10...16), deadline: deadline)
                        mine.append(next)
                        next += 1
                    }
                    townships.append(Township(code: code, county: countyIndex, villages: mine))
                }
            }
        }

        // Users and households, township by township.
        let meter = WorkMeter.current
        meter?.expect(total)
        for town in townships {
            let code9 = String(town.code / 1000)
            let supervisor = UserID("sup-" + code9)
            b.addUser(supervisor, .townshipSupervisor, BoardBuilder.division(town.code))
            let households = town.villages.reduce(0) { $0 + counts[$1] }
            let cadres = (1...max(2, households / 150)).map { UserID("rc-" + code9 + "-" + String($0)) }
            for c in cadres { b.addUser(c, .responsibleCadre, BoardBuilder.division(town.code)) }
            for (v, index) in town.villages.enumerated() {
                let code = BoardBuilder.division(town.code + 201 + Int64(v))
                let cadre = UserID("vc-" + code.description)
                b.addUser(cadre, .villageCadre, code)
                let colour = [VillageColour.red, .amber, .green][b.rng.weighted([80, 10, 10])]
                let industry = b.rng.chance(500) ? GeneratorTables.industries[0] : b.rng.pick(GeneratorTables.industries)
                var site = VillageSite(code: code, idPrefix: countyCodes[town.county], countySlot: town.county, koreanPerMille: 30,
                                       colour: colour, industry: industry, villageCadre: cadre, cadres: cadres,
                                       supervisor: supervisor, office: UserID("office-" + String(countyCodes[town.county])))
                makeVillage(&site, households: counts[index])
                meter?.advance(counts[index])
            }
        }
        return b.board
    }

    /// One village's households and tasks, restored as they are made.
    private mutating func makeVillage(_ site: inout VillageSite, households: Int) {
        let red = site.colour == .red
        let forced = red ? b.rng.below(max(1, households)) : -1
        for k in 0..<households {
            var mark = HouseholdMark(.out)
            var registered = true
            let r = b.rng.below(10_000)
            if k == forced || (red && r < 300) {
                mark = HouseholdMark(.notOut)
            } else if r < 450 {
                mark = HouseholdMark(.unstable, riskEliminated: !red || b.rng.chance(300))
            } else if r < (red ? 570 : 530) {
                mark = HouseholdMark(.edge, riskEliminated: !red || b.rng.chance(200))
                registered = false
            } else if r < (red ? 610 : 550) {
                mark = HouseholdMark(.sudden, riskEliminated: !red || b.rng.chance(250))
                registered = false
            }
            let size = 1 + b.rng.weighted([30, 33, 18, 12, 5, 2])
            var h = b.draft(site: &site, mark: mark, registered: registered, size: size)
            let traits = b.drawTraits(h)
            let tasks = b.finish(&h, traits: traits, site: &site)
            b.board.restore(h)
            for t in tasks { b.board.restore(t) }
        }
        if households > 0 {
            for t in b.villageTasks(site: &site) { b.board.restore(t) }
        }
    }
}
