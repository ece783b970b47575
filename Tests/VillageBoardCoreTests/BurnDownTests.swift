import Testing
@testable import VillageBoardCore

/// The burn-down rebuilt from a history with known weekly figures: its points, its pace and projected date.
@Suite struct BurnDownTests {
    /// 20 households registered in 太平村 on 2020-06-01, then 2, 3, 4 and 1 of them out in the following weeks
    /// (on 06-08, 06-15, 06-22, 06-29); one item of one household met on 06-15; "today" is 06-29.
    static func board(deadline: Day?) -> Board {
        var b = Fixture.board()
        if let deadline {
            b.must(.addOrgUnit(OrgUnit(code: Fixture.city, name: "白山市", level: .city, parent: nil, deadline: deadline)),
                   by: Fixture.admin, device: Fixture.setupLaptop)
        }
        let ids = (1...20).map { "220622101201-" + String(String($0 + 10_000).dropFirst()) }
        for (i, id) in ids.enumerated() {
            let checklist = i == 19 ? Fixture.checklist(.met, except: [.housing: ItemState.notMet]) : Fixture.checklist(.met)
            b.must(.registerHousehold(Fixture.household(id, checklist: checklist)), by: Fixture.admin)
        }
        var next = 0
        for (week, exits) in [2, 3, 4, 1].enumerated() {
            b.setToday(day("2020-06-08").adding(days: 7 * week))
            for _ in 0..<exits {
                b.must(.setStatus(HouseholdID(ids[next]), from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""),
                       by: Fixture.supervisor)
                next += 1
            }
            if week == 1, let last = b.household(HouseholdID(ids[19])) {
                let housing = ChecklistItem.housing
                b.must(.setCheck(last.id, housing, from: last.checklist[housing],
                                 to: ItemCheck(state: .met, note: "修好了", checkedBy: Fixture.secretary, checkedOn: b.today)))
            }
        }
        return b
    }

    @Test func pointsFollowTheWeeksOfTheHistory() {
        let b = Self.board(deadline: day("2020-12-31"))
        let series = b.burnDown(of: Fixture.city)
        #expect(series.countsFrom == day("2020-06-01"))
        #expect(series.points.map(\.day) == ["2020-05-31", "2020-06-01", "2020-06-08", "2020-06-15", "2020-06-22", "2020-06-29"].map { day($0) })
        #expect(series.points.map(\.figures.households) == [0, 20, 18, 15, 11, 10])
        #expect(series.points.map(\.figures.items) == [0, 1, 1, 0, 0, 0])
        // The last point is the board as it stands.
        #expect(series.now == BurnDownFigures(b.rollup(Fixture.city)))
        // The same for the village and its county; nothing in the other county.
        #expect(b.burnDown(of: Fixture.taiping).points == series.points)
        #expect(b.burnDown(of: Fixture.fusong).points.allSatisfy { $0.figures.isZero })
    }

    @Test func paceProjectsTheDateAndTheNeed() {
        let b = Self.board(deadline: day("2020-12-31"))
        let pace = b.burnDown(of: Fixture.city).pace
        // Four weeks back from 06-29 is 06-01 (20 left); 10 left now: 2.5 a week, 4 more weeks.
        #expect(pace.perWeek == 2.5)
        #expect(pace.projected == day("2020-07-27"))
        // 185 days to the deadline: 10 / (185 / 7) → 1 a week.
        #expect(pace.needed == 1)
        #expect(!pace.behind)
    }

    @Test func aDeadlineTooNearIsBehindPace() {
        let b = Self.board(deadline: day("2020-07-20"))
        let series = b.burnDown(of: Fixture.jingyu)
        #expect(series.deadline == day("2020-07-20"))
        #expect(series.pace.needed == 4)
        #expect(series.pace.behind)
        // The batch form gives the same answers as one unit at a time.
        #expect(b.burnDowns(of: [Fixture.fusong, Fixture.jingyu])[1] == series)
    }

    @Test func withoutHistoryOnlyTodayIsKnown() {
        var b = Board(today: day("2020-06-30"), year: 2020)
        for u in Fixture.units() { b.restore(u) }
        b.restore(Fixture.household("220622101201-0001"))
        let series = b.burnDown(of: Fixture.city)
        #expect(series.countsFrom == day("2020-06-30"))
        #expect(series.points == [BurnDown.Point(day: day("2020-06-30"), figures: BurnDownFigures(households: 1))])
        #expect(series.pace.perWeek == nil && series.pace.projected == nil)
        // No pace measured: not judged behind, however near the deadline.
        #expect(!series.pace.behind)
    }
}
