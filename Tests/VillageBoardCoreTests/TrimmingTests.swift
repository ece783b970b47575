import Testing
import VillageBoardCore

/// `trimmingSpaces`: what typed fields, imported cells and search text are read as.
@Suite struct TrimmingTests {
    @Test(arguments: [
        ("  王秀英 ", "王秀英"), ("\t张三\r\n", "张三"), ("\u{3000}李四\u{3000}", "李四"), ("   ", ""), ("", ""),
        ("a b", "a b"), ("\u{3000} 照片 不清楚 \n", "照片 不清楚"),
    ])
    func trimsWhiteSpaceAtBothEndsOnly(_ text: String, _ expected: String) {
        #expect(text.trimmingSpaces == expected)
        #expect(Substring(text).trimmingSpaces == expected)
    }
}
