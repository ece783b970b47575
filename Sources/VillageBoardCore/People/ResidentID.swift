/// An 18-digit resident ID number (居民身份证号码) whose last character is the GB 11643 check digit.
public struct ResidentID: Hashable, Sendable {
    /// The first 17 digits as a number (fits in 57 bits, so no string is kept per person).
    public let body: Int64
    /// The check character: "0"–"9" or "X".
    public let check: Character

    static let weights: [Int] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// Why a typed ID number was refused.
    public enum Problem: Error, Equatable, Sendable {
        case wrongLength(Int)
        case notDigits
        case wrongCheckDigit(expected: Character, found: Character)
        /// Digits 7–14 are not a real date (19990230, 19991301) or lie outside 1850–2100: a check digit alone
        /// does not catch a mistyped birth date.
        case impossibleBirthDate(String)
    }

    /// Parses and checks an ID number; a lower-case x is accepted as X.
    public static func parse(_ text: some StringProtocol) -> Result<ResidentID, Problem> {
        var string = String(text)
        return string.withUTF8 { parse(utf8: $0) }
    }

    /// Parses and checks an ID number from UTF-8 bytes (readers use this to avoid making a String).
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<ResidentID, Problem> {
        guard bytes.count == 18 else {
            let characters = String(decoding: Array(bytes), as: UTF8.self).count
            return .failure(characters == 18 ? .notDigits : .wrongLength(characters))
        }
        var body: Int64 = 0
        var last: Character = "0"
        for i in 0..<18 {
            let b = bytes[i]
            if i < 17 {
                guard b >= 48, b <= 57 else { return .failure(.notDigits) }
                body = body * 10 + Int64(b - 48)
            } else if b >= 48 && b <= 57 {
                last = Character(Unicode.Scalar(b))
            } else if b == 88 || b == 120 {
                last = "X"
            } else {
                return .failure(.notDigits)
            }
        }
        let expected = checkCharacter(for: body)
        guard expected == last else { return .failure(.wrongCheckDigit(expected: expected, found: last)) }
        let id = ResidentID(body: body, check: last)
        guard id.birthDay != nil else {
            let digits = String(decoding: Array(bytes[6..<14]), as: UTF8.self)
            return .failure(.impossibleBirthDate(digits))
        }
        return .success(id)
    }

    /// A checked ID number, or nil.
    public init?(_ text: some StringProtocol) {
        guard case .success(let id) = ResidentID.parse(text) else { return nil }
        self = id
    }

    /// The birth date in digits 7–14; nil when they are not a date between 1850 and 2100.
    public var birthDay: Day? {
        let digits = Int((body / 1000) % 100_000_000)
        let year = digits / 10_000
        guard (1850...2100).contains(year) else { return nil }
        return Day(year: year, month: digits / 100 % 100, day: digits % 100)
    }

    /// The first six digits: the division (county) where the number was issued.
    public var regionCode: Int { Int(body / 100_000_000_000) }

    private init(body: Int64, check: Character) {
        self.body = body
        self.check = check
    }

    /// Builds a valid ID from 17 digits, computing the check character (for generated data).
    public init?(bodyDigits: Int64) {
        guard bodyDigits >= 0, bodyDigits < 100_000_000_000_000_000 else { return nil }
        self.init(body: bodyDigits, check: ResidentID.checkCharacter(for: bodyDigits))
    }

    /// The GB 11643 check character for 17 digits.
    public static func checkCharacter(for body: Int64) -> Character {
        var rest = body
        var sum = 0
        for i in stride(from: 16, through: 0, by: -1) {
            sum += Int(rest % 10) * weights[i]
            rest /= 10
        }
        return checkCharacters[sum % 11]
    }

    /// All 18 characters.
    public var full: String {
        let s = String(body)
        return String(repeating: "0", count: 17 - s.count) + s + String(check)
    }

    /// The form shown by default: first 4 and last 4 kept, e.g. `2206**********1234`.
    public var masked: String {
        let f = full
        return String(f.prefix(4)) + String(repeating: "*", count: 10) + String(f.suffix(4))
    }

    /// The birth year the number encodes (digits 7–10).
    public var birthYear: Int { Int(body / 10_000_000 % 10_000) }
}
