import Testing
@Test func placeholderVillageBoardUITests() { #expect(Bool(true)) }
