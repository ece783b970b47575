/// A calendar day (no time zone): what due dates, visits and checks are recorded in.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int32

    public init(daysSinceEpoch: Int32) { self.daysSinceEpoch = daysSinceEpoch }

    /// A day from a civil date; nil when the year (-9999…9999), month or day is out of range, so a date typed
    /// into a file can never overflow the arithmetic below.
    public init?(year: Int, month: Int, day: Int) {
        guard (-9999...9999).contains(year), (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        self.daysSinceEpoch = Int32(era * 146097 + doe - 719468)
    }

    /// Parses `YYYY-MM-DD`; nil for anything else.
    public init?(iso text: some StringProtocol) {
        var string = String(text)
        guard let day = string.withUTF8({ Day(isoUTF8: $0) }) else { return nil }
        self = day
    }

    /// Parses `YYYY-MM-DD` from UTF-8 bytes (readers use this to avoid making a String per date; not generic,
    /// so it stays fast when called from another module).
    public init?(isoUTF8 u: UnsafeBufferPointer<UInt8>) {
        guard u.count == 10, u[4] == 45, u[7] == 45 else { return nil }
        var values = (0, 0, 0)
        for i in 0..<10 where i != 4 && i != 7 {
            let digit = Int(u[i]) &- 48
            guard digit >= 0, digit <= 9 else { return nil }
            if i < 4 { values.0 = values.0 * 10 + digit } else if i < 7 { values.1 = values.1 * 10 + digit } else { values.2 = values.2 * 10 + digit }
        }
        self.init(year: values.0, month: values.1, day: values.2)
    }

    /// The civil date of this day.
    public var civil: (year: Int, month: Int, day: Int) {
        let z = Int(daysSinceEpoch) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { civil.year }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let c = civil
        return "\(Day.pad(c.year, 4))-\(Day.pad(c.month, 2))-\(Day.pad(c.day, 2))"
    }

    public var description: String { iso }

    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + Int32(days)) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { Int(other.daysSinceEpoch - daysSinceEpoch) }

    public static func < (a: Day, b: Day) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
