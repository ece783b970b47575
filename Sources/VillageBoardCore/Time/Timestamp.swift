/// A moment in UTC with millisecond precision: when an operation was made.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var millisecondsSinceEpoch: Int64

    public init(millisecondsSinceEpoch: Int64) { self.millisecondsSinceEpoch = millisecondsSinceEpoch }

    public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0) {
        let seconds = Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.millisecondsSinceEpoch = seconds * 1000 + Int64(millisecond)
    }

    /// The UTC day this moment falls on.
    public var day: Day {
        let days = millisecondsSinceEpoch >= 0
            ? millisecondsSinceEpoch / 86_400_000
            : (millisecondsSinceEpoch - 86_399_999) / 86_400_000
        return Day(daysSinceEpoch: Int32(days))
    }

    /// `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    public var iso: String {
        let d = day
        let msOfDay = Int(millisecondsSinceEpoch - Int64(d.daysSinceEpoch) * 86_400_000)
        let h = msOfDay / 3_600_000, m = msOfDay / 60_000 % 60, s = msOfDay / 1000 % 60, ms = msOfDay % 1000
        return "\(d.iso)T\(Day.pad(h, 2)):\(Day.pad(m, 2)):\(Day.pad(s, 2)).\(Day.pad(ms, 3))Z"
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.mmm]Z`; nil for anything else.
    public init?(iso text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 20 || u.count == 24, u[10] == 84, u[13] == 58, u[16] == 58, u.last == 90,
              let day = Day(iso: String(decoding: u[0..<10], as: UTF8.self)) else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { let d = Int(u[i]) - 48; guard (0...9).contains(d) else { return nil }; v = v * 10 + d }
            return v
        }
        guard let h = num(11..<13), let mi = num(14..<16), let s = num(17..<19), h < 24, mi < 60, s < 60 else { return nil }
        var ms = 0
        if u.count == 24 {
            guard u[19] == 46, let v = num(20..<23) else { return nil }
            ms = v
        }
        self.init(day: day, hour: h, minute: mi, second: s, millisecond: ms)
    }

    public var description: String { iso }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.millisecondsSinceEpoch < b.millisecondsSinceEpoch }
}
