import Testing
@Test func placeholderTerminalKitTests() { #expect(Bool(true)) }
