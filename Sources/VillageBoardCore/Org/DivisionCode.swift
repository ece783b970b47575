/// A 12-digit statistical division code (统计用区划代码): 2 province, 2 city, 2 county, 3 township, 3 village.
public struct DivisionCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The code as a number (always below 10^12).
    public let value: Int64

    /// A code from its 12 digits; nil unless exactly 12 ASCII digits.
    public init?(_ text: some StringProtocol) {
        var string = String(text)
        guard let code = string.withUTF8({ DivisionCode(utf8: $0) }) else { return nil }
        self = code
    }

    /// A code from the UTF-8 bytes of its 12 digits (readers use this to avoid making a String).
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var v: Int64 = 0
        var count = 0
        for b in bytes {
            // Stop before a long string of digits can overflow.
            guard b >= 48, b <= 57, count < 12 else { return nil }
            v = v * 10 + Int64(b - 48)
            count += 1
        }
        guard count == 12 else { return nil }
        value = v
    }

    public init?(value: Int64) {
        guard value >= 0, value < 1_000_000_000_000 else { return nil }
        self.value = value
    }

    public var description: String {
        let s = String(value)
        return String(repeating: "0", count: 12 - s.count) + s
    }

    /// The level the code's trailing zeros imply (a code alone cannot tell a city from a province-level city).
    public var impliedLevel: OrgLevel {
        if value % 10_000_000_000 == 0 { return .province }  // 10 trailing zeros: city, county, township, village
        if value % 100_000_000 == 0 { return .city }          // 8: county, township, village
        if value % 1_000_000 == 0 { return .county }
        if value % 1000 == 0 { return .township }
        return .village
    }

    /// The code of the unit one level up, by truncating digits; nil at province level.
    public var impliedParent: DivisionCode? {
        switch impliedLevel {
        case .province: return nil
        case .city: return DivisionCode(value: value / 10_000_000_000 * 10_000_000_000)
        case .county: return DivisionCode(value: value / 100_000_000 * 100_000_000)
        case .township: return DivisionCode(value: value / 1_000_000 * 1_000_000)
        case .village: return DivisionCode(value: value / 1000 * 1000)
        }
    }

    /// True when `other` is this unit or lies under it, judged by digits.
    public func contains(_ other: DivisionCode) -> Bool {
        let divisor: Int64
        switch impliedLevel {
        case .province: divisor = 10_000_000_000
        case .city: divisor = 100_000_000
        case .county: divisor = 1_000_000
        case .township: divisor = 1000
        case .village: divisor = 1
        }
        return other.value / divisor == value / divisor
    }

    public static func < (a: DivisionCode, b: DivisionCode) -> Bool { a.value < b.value }
}
