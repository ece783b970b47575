import Testing
@testable import VillageBoardCore

@Suite struct DivisionCodeTests {
    @Test func parsesTwelveDigits() throws {
        let c = try #require(DivisionCode("220622101201"))
        #expect(c.value == 220_622_101_201)
        #expect(c.description == "220622101201")
        let leading = try #require(DivisionCode("010203004005"))
        #expect(leading.value == 10_203_004_005)
        #expect(leading.description == "010203004005")
        #expect(DivisionCode(value: 10_203_004_005) == leading)
        #expect(DivisionCode(Substring("x220622101201").dropFirst()) == c)
    }

    @Test(arguments: ["", "22062210120", "2206221012011", "22062210120a", "220622 01201", "２20622101201",
                      "-20622101201", "+20622101201", "220622101201\n", "99999999999999999999999999",
                      "220622101201220622101201220622101201"])
    func refusesAnythingElse(text: String) {
        #expect(DivisionCode(text) == nil)
    }

    @Test func valueBounds() {
        #expect(DivisionCode(value: -1) == nil)
        #expect(DivisionCode(value: 1_000_000_000_000) == nil)
        #expect(DivisionCode(value: 999_999_999_999)?.description == "999999999999")
        #expect(DivisionCode(value: 0)?.description == "000000000000")
    }

    @Test(arguments: [
        ("220000000000", OrgLevel.province), ("220600000000", .city), ("220622000000", .county),
        ("220622101000", .township), ("220622101201", .village),
        // Digits that end in zero belong to the level they sit in, not the one above.
        ("331000000000", .city),      // 台州市: city digits "10"
        ("130130000000", .county),    // 无极县: county digits "30"
        ("330110000000", .county),    // 余杭区: county digits "10"
        ("220622100000", .township),  // township digits "100"
        ("220622100200", .village),   // village digits "200"
    ])
    func impliedLevel(text: String, level: OrgLevel) {
        #expect(code(text).impliedLevel == level)
    }

    @Test(arguments: [
        ("220622101201", "220622101000"), ("220622101000", "220622000000"), ("220622000000", "220600000000"),
        ("220600000000", "220000000000"), ("130130000000", "130100000000"), ("331000000000", "330000000000"),
        ("220622100200", "220622100000"),
    ])
    func impliedParent(text: String, parent: String) {
        #expect(code(text).impliedParent == code(parent))
    }

    @Test func provinceHasNoImpliedParent() {
        #expect(code("220000000000").impliedParent == nil)
    }

    @Test func contains() {
        let city = code("220600000000"), county = code("220622000000"), town = code("220622101000")
        let village = code("220622101201")
        #expect(city.contains(county) && city.contains(town) && city.contains(village) && city.contains(city))
        #expect(county.contains(village) && town.contains(village) && village.contains(village))
        #expect(!village.contains(town) && !town.contains(county) && !county.contains(city))
        #expect(!city.contains(code("220500000000")) && !city.contains(code("220502101201")))
        #expect(!county.contains(code("220621101201")))
        #expect(!town.contains(code("220622102201")))
        #expect(!village.contains(code("220622101202")))
        #expect(code("220000000000").contains(village) && !code("220000000000").contains(code("210600000000")))
        // A city whose own digits end in zero still holds only its own counties.
        let taizhou = code("331000000000")
        #expect(taizhou.contains(code("331002000000")) && !taizhou.contains(code("330100000000")))
        #expect(code("130130000000").contains(code("130130100201")) && !code("130130000000").contains(code("130131100201")))
    }

    @Test func orderIsNumeric() {
        #expect(code("010000000000") < code("220600000000"))
        #expect(code("220622101201") < code("220622101202"))
        #expect(OrgLevel.city < OrgLevel.village && OrgLevel.province.depth == 0 && OrgLevel.village.depth == 4)
    }
}
