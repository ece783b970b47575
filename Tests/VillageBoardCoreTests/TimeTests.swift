import Testing
@testable import VillageBoardCore

@Suite struct DayTests {
    @Test func epochAndKnownDays() {
        #expect(Day(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
        #expect(Day(year: 1970, month: 1, day: 2)?.daysSinceEpoch == 1)
        #expect(Day(year: 2000, month: 3, day: 1)?.daysSinceEpoch == 11_017)
        #expect(Day(year: 2020, month: 6, day: 1)?.daysSinceEpoch == 18_414)
        #expect(Day(year: 1969, month: 12, day: 31)?.daysSinceEpoch == -1)
        #expect(Day(year: 1900, month: 1, day: 1)?.daysSinceEpoch == -25_567)
    }

    @Test(arguments: ["2020-02-29", "2000-02-29", "1970-01-01", "1969-12-31", "1949-10-01", "2021-12-31",
                      "0001-01-01", "9999-12-31", "1600-02-29", "2024-02-29"])
    func isoRoundTrip(text: String) throws {
        let d = try #require(Day(iso: text))
        #expect(d.iso == text)
        #expect(d.description == text)
        let c = d.civil
        #expect(Day(year: c.year, month: c.month, day: c.day) == d)
    }

    @Test func everyDayOfFourHundredYearsRoundTrips() {
        // Walk day by day from 1800 to 2200 and check the civil date steps as a calendar does.
        var d = Day(year: 1800, month: 1, day: 1)!
        var (y, m, dd) = (1800, 1, 1)
        while y < 2200 {
            let c = d.civil
            #expect(c.year == y && c.month == m && c.day == dd)
            if c.year != y || c.month != m || c.day != dd { return }
            dd += 1
            if dd > Day.daysIn(month: m, year: y) { dd = 1; m += 1 }
            if m > 12 { m = 1; y += 1 }
            d = d.adding(days: 1)
        }
    }

    @Test func leapYears() {
        #expect(Day(year: 2020, month: 2, day: 29) != nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil, "divisible by 400")
        #expect(Day(year: 1900, month: 2, day: 29) == nil, "divisible by 100 only")
        #expect(Day(year: 2021, month: 2, day: 29) == nil)
        #expect(Day(iso: "2100-02-29") == nil)
        #expect(Day(year: 2020, month: 3, day: 1)!.days(until: Day(year: 2021, month: 3, day: 1)!) == 365)
        #expect(Day(year: 2020, month: 1, day: 1)!.days(until: Day(year: 2021, month: 1, day: 1)!) == 366)
    }

    @Test(arguments: ["2020-13-01", "2020-00-10", "2020-04-31", "2020-06-00", "2020-01-32", "2021-02-29",
                      "2020-6-1", "2020/06/01", "20200601", "2020-06-01 ", " 2020-06-01", "2020-06-0a",
                      "２020-06-01", "", "-020-06-01", "2020-06-01T00:00:00Z", "+2020-06-01"])
    func invalidDatesAreRefused(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func invalidCivilDates() {
        #expect(Day(year: 2020, month: 0, day: 1) == nil)
        #expect(Day(year: 2020, month: 13, day: 1) == nil)
        #expect(Day(year: 2020, month: 11, day: 31) == nil)
        #expect(Day(year: 2020, month: 1, day: 0) == nil)
        #expect(Day(year: 2020, month: 1, day: -1) == nil)
    }

    @Test func negativeDaysBeforeTheEpoch() {
        let d = Day(daysSinceEpoch: -1)
        #expect(d.iso == "1969-12-31")
        #expect(Day(daysSinceEpoch: -365).iso == "1969-01-01")
        #expect(Day(daysSinceEpoch: -366).iso == "1968-12-31")
        #expect(Day(daysSinceEpoch: -719_162).iso == "0001-01-01")
        #expect(d.year == 1969)
        #expect(Day(year: 1949, month: 10, day: 1)!.daysSinceEpoch < 0)
    }

    @Test func orderingAndArithmetic() {
        let a = day("2019-12-31"), b = day("2020-01-01"), c = day("2020-03-01")
        #expect(a < b && b < c && !(c < a))
        #expect([c, a, b].sorted() == [a, b, c])
        #expect(a.adding(days: 1) == b)
        #expect(c.adding(days: -1) == day("2020-02-29"))
        #expect(a.days(until: c) == 61)
        #expect(c.days(until: a) == -61)
        #expect(Day(daysSinceEpoch: -3) < Day(daysSinceEpoch: 2))
    }
}

@Suite struct TimestampTests {
    @Test(arguments: ["2020-06-01T08:30:15.250Z", "1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z",
                      "2020-02-29T23:59:59.001Z", "1949-10-01T15:00:00.000Z"])
    func isoRoundTrip(text: String) throws {
        let t = try #require(Timestamp(iso: text))
        #expect(t.iso == text)
        #expect(t.description == text)
    }

    @Test func secondsOnlyFormIsAccepted() throws {
        let t = try #require(Timestamp(iso: "2020-06-01T08:30:15Z"))
        #expect(t.iso == "2020-06-01T08:30:15.000Z")
    }

    @Test func parsedValues() {
        #expect(Timestamp(iso: "1970-01-01T00:00:01.500Z")?.millisecondsSinceEpoch == 1500)
        #expect(Timestamp(iso: "1969-12-31T23:59:59.999Z")?.millisecondsSinceEpoch == -1)
        #expect(Timestamp(iso: "1970-01-02T00:00:00Z")?.millisecondsSinceEpoch == 86_400_000)
        let t = Timestamp(day: day("2020-06-01"), hour: 8, minute: 30, second: 15, millisecond: 250)
        #expect(Timestamp(iso: "2020-06-01T08:30:15.250Z") == t)
    }

    @Test(arguments: ["2020-06-01T24:00:00Z", "2020-06-01T23:60:00Z", "2020-06-01T23:59:60Z",
                      "2020-06-01 08:30:15Z", "2020-06-01T08:30:15", "2020-06-01T08:30:15.25Z",
                      "2020-06-01T08:30:15,250Z", "2020-02-30T08:30:15Z", "2020-06-01T8:30:15Z",
                      "2020-06-01T08:30:15+08:00", "2020-06-01T08:3a:15Z", "2020-06-01", ""])
    func invalidTimestampsAreRefused(text: String) {
        #expect(Timestamp(iso: text) == nil)
    }

    @Test func dayOfAMoment() {
        #expect(Timestamp(millisecondsSinceEpoch: 0).day == Day(daysSinceEpoch: 0))
        #expect(Timestamp(millisecondsSinceEpoch: 86_399_999).day == Day(daysSinceEpoch: 0))
        #expect(Timestamp(millisecondsSinceEpoch: 86_400_000).day == Day(daysSinceEpoch: 1))
        #expect(Timestamp(millisecondsSinceEpoch: -1).day == Day(daysSinceEpoch: -1))
        #expect(Timestamp(millisecondsSinceEpoch: -86_400_000).day == Day(daysSinceEpoch: -1))
        #expect(Timestamp(millisecondsSinceEpoch: -86_400_001).day == Day(daysSinceEpoch: -2))
        #expect(Timestamp(day: day("2020-06-01"), hour: 23, minute: 59, second: 59, millisecond: 999).day == day("2020-06-01"))
    }

    @Test func ordering() {
        let a = Timestamp(iso: "2020-06-01T08:30:15.250Z")!
        let b = Timestamp(iso: "2020-06-01T08:30:15.251Z")!
        let c = Timestamp(iso: "1969-12-31T00:00:00Z")!
        #expect(c < a && a < b && !(b < a))
        #expect([b, c, a].sorted() == [c, a, b])
    }
}
