import Testing
@Test func placeholderVillageBoardCoreTests() { #expect(Bool(true)) }
