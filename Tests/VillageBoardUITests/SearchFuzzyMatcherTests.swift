import Testing
@testable import VillageBoardUI

/// Fuzzy matching for the command palette: kinds, their order, positions, and ranking.
@Suite struct SearchFuzzyMatcherTests {
    func kind(_ query: String, _ candidate: String) -> FuzzyMatch.Kind? {
        FuzzyMatcher.score(query: query, candidate: candidate)?.kind
    }

    func positions(_ query: String, _ candidate: String) -> [Int]? {
        FuzzyMatcher.score(query: query, candidate: candidate)?.positions
    }

    // MARK: Kinds

    @Test func prefixIgnoresCaseAndSurroundingSpaces() {
        #expect(kind("exp", "Export report") == .prefix)
        #expect(kind("EXPORT R", "Export report") == .prefix)
        #expect(kind("  exp ", "Export report") == .prefix)
        #expect(kind("保存", "保存并退出") == .prefix)
        #expect(positions("exp", "Export report") == [0, 1, 2])
        let exact = FuzzyMatcher.score(query: "quit", candidate: "Quit")
        let longer = FuzzyMatcher.score(query: "quit", candidate: "Quit now")
        #expect(exact.map(\.score) ?? 0 > longer.map(\.score) ?? 0)
    }

    @Test func wordStarts() {
        #expect(kind("rep", "Export report") == .wordStart)
        #expect(positions("rep", "Export report") == [7, 8, 9])
        #expect(kind("er", "Export report") == .wordStart)  // acronym
        #expect(positions("er", "Export report") == [0, 7])
        #expect(kind("mim", "mark-item_met") == .wordStart)
        #expect(kind("ir", "go/item/read") == .wordStart)
        #expect(kind("ni", "markNotMet item") == .wordStart)  // camelCase
        #expect(kind("ex", "CSVExport") == .wordStart)
        #expect(kind("csv", "导出CSV") == .wordStart)  // after a CJK character
        #expect(kind("文件", "保存文件") == .wordStart)  // every CJK character starts a word
        #expect(positions("文件", "保存文件") == [2, 3])
    }

    @Test func pinyinInitials() {
        #expect(kind("bc", "保存") == .prefix || kind("bc", "保存") == .pinyin)
        #expect(kind("bc", "保存") == .pinyin)
        #expect(positions("bc", "保存") == [0, 1])
        #expect(kind("wj", "保存文件") == .pinyin)
        #expect(positions("wj", "保存文件") == [2, 3])
        #expect(kind("dccsv", "导出 CSV") == .pinyin)
        #expect(kind("bjdb", "标记已达标") == .pinyin)
        #expect(positions("bjdb", "标记已达标") == [0, 1, 3, 4])
        #expect(kind("sz", "单志") == .pinyin)  // polyphone surname read as Shàn
        #expect(kind("zg", "曾国") == .pinyin)
        #expect(kind("cg", "曾国") == .pinyin)
    }

    @Test func subsequence() {
        #expect(kind("xpt", "Export") == .subsequence)
        #expect(positions("xpt", "Export") == [1, 2, 5])
        #expect(kind("eot", "Export report") == .subsequence)
        #expect(positions("eot", "Export report") == [0, 3, 5])
        #expect(positions("rt", "xrxxrt") == [4, 5])  // the tightest window
    }

    @Test func noMatch() {
        #expect(FuzzyMatcher.score(query: "xyz", candidate: "Export report") == nil)
        #expect(FuzzyMatcher.score(query: "exportx", candidate: "Export") == nil)
        #expect(FuzzyMatcher.score(query: "sb", candidate: "保存") == nil)
        #expect(FuzzyMatcher.score(query: "a", candidate: "") == nil)
        #expect(FuzzyMatcher.score(query: "保", candidate: "Export") == nil)
    }

    @Test func emptyQueryMatchesEverything() {
        #expect(FuzzyMatcher.score(query: "", candidate: "Export")?.positions == [])
        #expect(FuzzyMatcher.score(query: "   ", candidate: "") != nil)
        let items = ["c", "a", "b"]
        #expect(FuzzyMatcher.rank(query: "", items: items) { [$0] } == items)
        #expect(FuzzyMatcher.rank(query: " ", items: items) { [$0] } == items)
    }

    // MARK: Ranking

    @Test func kindsRankInOrder() {
        let items = ["Export report", "Go to report", "导出报告", "Prepare", "report card", "Reports"]
        let ranked = FuzzyMatcher.rank(query: "rep", items: items) { [$0] }
        // prefix (shorter first) › word start (earlier first) › subsequence; 导出报告 has no r-e-p.
        #expect(ranked == ["Reports", "report card", "Go to report", "Export report", "Prepare"])

        let kinds = ["xaxbx", "ab 保", "a-b", "ab", "爱保", "abc"]
        let byKind = FuzzyMatcher.rankedMatches(query: "ab", items: kinds) { [$0] }
        #expect(byKind.map(\.item) == ["ab", "abc", "ab 保", "a-b", "爱保", "xaxbx"])
        #expect(byKind.map(\.match.kind) == [.prefix, .prefix, .prefix, .wordStart, .pinyin, .subsequence])
    }

    @Test func fewerRunsAndEarlierMatchesWin() {
        let ranked = FuzzyMatcher.rank(query: "mi", items: ["Mark Item", "Mild", "Make it", "Mission"]) { [$0] }
        #expect(ranked == ["Mild", "Mission", "Mark Item", "Make it"])
        let words = FuzzyMatcher.rank(query: "item", items: ["Open the item list", "Mark item met"]) { [$0] }
        #expect(words == ["Mark item met", "Open the item list"])
    }

    @Test func bestTextWinsAndTiesKeepOrder() {
        struct Command: Equatable { var zh: String; var en: String; var key: String }
        let commands = [
            Command(zh: "保存", en: "Save", key: "s"),
            Command(zh: "退出", en: "Quit", key: "q"),
            Command(zh: "导出报告", en: "Export report", key: "e"),
            Command(zh: "搜索", en: "Search", key: "/"),
        ]
        let texts: (Command) -> [String] = { [$0.zh, $0.en, $0.key] }
        #expect(FuzzyMatcher.rank(query: "tc", items: commands, text: texts).map(\.key) == ["q"])
        #expect(FuzzyMatcher.rank(query: "s", items: commands, text: texts).map(\.key) == ["s", "/"])
        let ranked = FuzzyMatcher.rankedMatches(query: "dcbg", items: commands, text: texts)
        #expect(ranked.map(\.item.key) == ["e"])
        #expect(ranked.first?.textIndex == 0)
        #expect(ranked.first?.match.positions == [0, 1, 2, 3])
        // Equal scores keep the original order.
        let same = FuzzyMatcher.rank(query: "ab", items: ["abx", "aby", "abz"]) { [$0] }
        #expect(same == ["abx", "aby", "abz"])
    }
}
