import Testing
@Test func placeholderVillageBoardStoreTests() { #expect(Bool(true)) }
