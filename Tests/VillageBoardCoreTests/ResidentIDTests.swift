import Testing
@testable import VillageBoardCore

/// GB 11643 check digits, written out here independently of the core's tables.
func referenceCheckCharacter(_ body: String) -> Character {
    // Weight of position i (1-based from the left) is 2^(18 - i) mod 11; check = (12 - sum mod 11) mod 11, 10 is X.
    var sum = 0
    for (i, c) in body.enumerated() {
        var w = 1
        for _ in 0..<(17 - i) { w = w * 2 % 11 }
        sum += c.wholeNumberValue! * w
    }
    let v = (12 - sum % 11) % 11
    return v == 10 ? "X" : Character(String(v))
}

@Suite struct ResidentIDTests {
    static let bodies = ["11010519491231002", "44052418800101001", "22062219800101123", "22060519650715002",
                         "22068120121130456", "00000018500101000", "99999921001231999", "22062119320229000"]

    @Test func publishedExampleIsValid() throws {
        let id = try #require(ResidentID("11010519491231002X"))
        #expect(id.check == "X")
        #expect(id.full == "11010519491231002X")
        #expect(id.birthYear == 1949)
        #expect(id.masked == "1101**********002X")
    }

    @Test func referenceAgreesWithPublishedExamples() {
        #expect(referenceCheckCharacter("11010519491231002") == "X")
        #expect(referenceCheckCharacter("44052418800101001") == "4")
    }

    @Test(arguments: bodies)
    func computedCheckDigitIsAcceptedAndEveryOtherRefused(body: String) throws {
        let right = referenceCheckCharacter(body)
        #expect(ResidentID.checkCharacter(for: Int64(body)!) == right)
        let id = try #require(ResidentID(body + String(right)))
        #expect(id.full == body + String(right))
        #expect(id.check == right)
        #expect(ResidentID(bodyDigits: Int64(body)!) == id)
        for wrong in "0123456789X" where wrong != right {
            #expect(ResidentID.parse(body + String(wrong)) == .failure(.wrongCheckDigit(expected: right, found: wrong)))
        }
    }

    /// A right check digit does not make a birth date real.
    @Test(arguments: ["19990230", "19991301", "19990000", "18000101", "22000101", "20010229"])
    func anImpossibleBirthDateIsRefusedWhateverItsCheckDigit(date: String) {
        let body = "220622" + date + "123"
        let right = referenceCheckCharacter(body)
        #expect(ResidentID.parse(body + String(right)) == .failure(.impossibleBirthDate(date)))
        #expect(ResidentID(body + String(right)) == nil)
    }

    @Test func aRealBirthDateIsReadBack() throws {
        let body = "22062220000229123"
        let id = try #require(ResidentID(body + String(referenceCheckCharacter(body))))
        #expect(id.birthDay == Day(year: 2000, month: 2, day: 29))
        #expect(id.regionCode == 220622)
    }

    @Test func lowerCaseXIsAcceptedAsX() throws {
        let id = try #require(ResidentID("11010519491231002x"))
        #expect(id == ResidentID("11010519491231002X"))
        #expect(id.full.last == "X")
    }

    @Test func wrongLengthIsRefusedWithTheLength() {
        #expect(ResidentID.parse("") == .failure(.wrongLength(0)))
        #expect(ResidentID.parse("11010519491231002") == .failure(.wrongLength(17)))
        #expect(ResidentID.parse("11010519491231002X0") == .failure(.wrongLength(19)))
        #expect(ResidentID.parse("110105194912310") == .failure(.wrongLength(15)), "old 15-digit numbers are not accepted")
        #expect(ResidentID("11010519491231002X ") == nil)
    }

    @Test func nonDigitsAreRefused() {
        #expect(ResidentID.parse("1101051949123100XX") == .failure(.notDigits))
        #expect(ResidentID.parse("X1010519491231002X") == .failure(.notDigits))
        #expect(ResidentID.parse("11010519491231002Y") == .failure(.notDigits))
        #expect(ResidentID.parse("1101-5194912310020") == .failure(.notDigits))
        #expect(ResidentID.parse("11010519491231002 ") == .failure(.notDigits))
        // Full-width digits look right on screen but are not ASCII.
        #expect(ResidentID.parse("１1010519491231002X") == .failure(.notDigits))
        #expect(ResidentID.parse("1101051949123100２X") == .failure(.notDigits))
        #expect(ResidentID.parse("11010519491231002٣") == .failure(.notDigits))
    }

    @Test func maskingKeepsFirstAndLastFour() throws {
        let body = "22060619800101123"
        let id = try #require(ResidentID(body + String(referenceCheckCharacter(body))))
        #expect(id.masked == "2206**********123" + String(referenceCheckCharacter(body)))
        #expect(id.masked.count == 18)
        #expect(!id.masked.contains("1980"))
        let example = try #require(ResidentID(bodyDigits: 22060619800101123))
        #expect(example.masked.hasPrefix("2206**********") && example.masked.hasSuffix(String(example.full.suffix(4))))
    }

    @Test func leadingZerosSurvive() throws {
        let body = "01234519991231001"
        let id = try #require(ResidentID(body + String(referenceCheckCharacter(body))))
        #expect(id.full.hasPrefix("0123451999"))
        #expect(id.masked.hasPrefix("0123"))
        #expect(id.birthYear == 1999)
    }

    @Test func birthYearIsDigitsSevenToTen() throws {
        for (body, year) in [("22062219800101123", 1980), ("22068120121130456", 2012), ("22062119310229000", 1931)] {
            let id = try #require(ResidentID(bodyDigits: Int64(body)!))
            #expect(id.birthYear == year)
        }
    }

    @Test func bodyDigitsMustBeSeventeenDigits() {
        #expect(ResidentID(bodyDigits: -1) == nil)
        #expect(ResidentID(bodyDigits: 100_000_000_000_000_000) == nil)
        #expect(ResidentID(bodyDigits: 99_999_999_999_999_999) != nil)
    }
}
