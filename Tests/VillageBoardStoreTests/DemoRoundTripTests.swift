import Testing
@testable import VillageBoardExchange
@testable import VillageBoardCore
@testable import VillageBoardStore
@testable import VillageBoardDemo

/// The demo's households and members exported and imported into an empty county (the demo's units, standards and
/// users, nothing else): the report and a fingerprint of every household equal the original's, except what the
/// exports deliberately leave out, named here.
@Suite struct DemoRoundTripTests {
    /// What a household export does not carry: the plan (一人一策), the cadre's history (the import starts it), visits,
    /// department cross-check findings, risk types, and who checked each item and when. Tasks travel in their own export, which no import reads.
    static func fingerprint(_ h: Household) -> Household {
        var f = h
        f.plan = Plan()
        f.cadreHistory = []
        f.visits = []
        f.findings = []
        f.riskTypes = []
        for item in ChecklistItem.allCases {
            f.checklist[item].checkedBy = nil
            f.checkedOnCleared(item)
        }
        return f
    }

    /// A roll-up without the task figures (tasks are not imported).
    static func withoutTasks(_ r: Rollup) -> Rollup {
        var r = r
        r.tasksOpen = 0
        r.tasksDone = 0
        r.tasksVerified = 0
        r.tasksOverdue = 0
        // Tasks give a village data too; without them a village with only tasks has none.
        return r
    }

    /// In machine keys and in the register's Chinese words (what `export` writes for people under zh): both import back.
    @Test(arguments: [false, true])
    func demoExportImportsIntoAnEmptyCountyUnchanged(inChinese: Bool) throws {
        let demo = BaishanDemo.board()
        let admin = try #require(demo.users.values.first { $0.role == .admin }?.id)
        var county = ExportTests.emptyCopy(of: demo)
        var seq = 0
        for kind in [TableExport.Kind.households, .members] {
            // Read by the admin, whom the permission table lets see health (an export read by nobody leaves it out).
            let table = TableExport.table(kind, board: demo, fullIDs: true, readBy: demo.user(admin))
            let bytes = TableExport.csv(inChinese ? ExportWords.chinese(table, kind: kind) : table)
            if inChinese { #expect(!String(decoding: bytes, as: UTF8.self).contains("notOut"), "words, not keys") }
            let plan = try SpreadsheetImport.plan(kind == .households ? .households : .members, bytes: bytes, board: county,
                                                  author: admin)
            #expect(plan.problems.isEmpty, "\(kind): \(plan.problems.prefix(3))")
            for change in plan.goodChanges {
                seq += 1
                try county.apply(Operation(id: OperationID(device: DeviceID("import"), sequence: seq),
                                           time: Timestamp(day: demo.today, hour: 9), author: admin, change: change))
            }
        }
        // Every household, field by field, but for the fields named in `fingerprint`.
        #expect(county.households.count == demo.households.count)
        let before = Dictionary(uniqueKeysWithValues: demo.households.map { ($0.id, Self.fingerprint($0)) })
        var differing: [HouseholdID] = []
        for h in county.households where before[h.id] != Self.fingerprint(h) { differing.append(h.id) }
        #expect(differing.isEmpty, "\(differing.count) differ, first \(differing.first.map(\.raw) ?? "")")
        // The report (what `report --format json` prints), row by row, without the task figures.
        let original = try #require(ScopeReport(board: demo, scope: BaishanDemo.cityCode))
        let imported = try #require(ScopeReport(board: county, scope: BaishanDemo.cityCode))
        #expect(original.rows.map(\.code) == imported.rows.map(\.code))
        for (a, b) in zip(original.rows, imported.rows) {
            var want = Self.withoutTasks(a.rollup), got = Self.withoutTasks(b.rollup)
            if a.rollup.households == 0 { want.ruralPopulationWithData = 0; got.ruralPopulationWithData = 0 }
            #expect(want == got, "\(a.name)")
        }
        // The figures the issue named: risk eliminated stays eliminated.
        #expect(county.households.filter(\.mark.riskEliminated).count == demo.households.filter(\.mark.riskEliminated).count)
        #expect(county.rollup(BaishanDemo.cityCode).householdsMonitored == demo.rollup(BaishanDemo.cityCode).householdsMonitored)
    }
}

private extension Household {
    mutating func checkedOnCleared(_ item: ChecklistItem) { checklist[item].checkedOn = nil }
}
