/// Looks up user-visible text in the chosen language. Every string a screen, a printed sheet or a command-line
/// message shows comes from here (or from the data); placeholders `{0}`, `{1}`, … are filled in order.
public struct Catalog: Sendable {
    public let language: Language
    private let table: [TextKey: String]

    public init(_ language: Language) {
        self.language = language
        table = switch language {
        case .zh: Catalog.chineseTable
        case .en: Catalog.englishTable
        }
    }

    /// Each language's table, merged from its parts once per run (on first use), not once per `Catalog`: a command
    /// makes several, and merging every part costs a few milliseconds each time.
    private static let chineseTable = table(for: .zh)
    private static let englishTable = table(for: .en)

    /// The parts of a language's catalogue, one per family of screens, by name (the test checks that no key is in two).
    public static func parts(for language: Language) -> [(name: String, text: [TextKey: String])] {
        switch language {
        case .zh:
            [("main", chineseText), ("household", chineseHouseholdText), ("lists", chineseListsText),
             ("reports", chineseReportsText), ("access", chineseAccessText), ("sync", chineseSyncText),
             ("print", chinesePrintText), ("command", chineseCommandText), ("rules", chineseRulesText),
             ("truth", chineseTruthText), ("words", chineseWordsText), ("taskWork", chineseTaskWorkText),
             ("setup", chineseSetupText), ("radar", chineseRadarText), ("safety", chineseSafetyText), ("theme", chineseThemeText), ("exit", chineseExitText), ("taskBatch", chineseTaskBatchText), ("burnDown", chineseBurnDownText), ("evidence", chineseEvidenceText), ("map", chineseMapText), ("seal", chineseSealText), ("help", chineseHelpText), ("visits", chineseVisitsText), ("recheck", chineseRecheckText), ("recheckOps", chineseRecheckOpsText), ("recheckCommand", chineseRecheckCommandText), ("findings", chineseFindingsText), ("taskFlow", chineseTaskFlowText), ("recheckScreen", chineseRecheckScreenText)]
        case .en:
            [("main", englishText), ("household", englishHouseholdText), ("lists", englishListsText),
             ("reports", englishReportsText), ("access", englishAccessText), ("sync", englishSyncText),
             ("print", englishPrintText), ("command", englishCommandText), ("rules", englishRulesText),
             ("truth", englishTruthText), ("words", englishWordsText), ("taskWork", englishTaskWorkText),
             ("setup", englishSetupText), ("radar", englishRadarText), ("safety", englishSafetyText), ("theme", englishThemeText), ("exit", englishExitText), ("taskBatch", englishTaskBatchText), ("burnDown", englishBurnDownText), ("evidence", englishEvidenceText), ("map", englishMapText), ("seal", englishSealText), ("help", englishHelpText), ("visits", englishVisitsText), ("recheck", englishRecheckText), ("recheckOps", englishRecheckOpsText), ("recheckCommand", englishRecheckCommandText), ("findings", englishFindingsText), ("taskFlow", englishTaskFlowText), ("recheckScreen", englishRecheckScreenText)]
        }
    }

    /// The full table of a language (for the test that both languages have the same keys).
    public static func table(for language: Language) -> [TextKey: String] {
        // A key defined in two parts is a mistake the catalogue test catches; here the first one wins.
        parts(for: language).reduce(into: [:]) { table, part in table.merge(part.text) { first, _ in first } }
    }

    /// The text for a key; a missing key shows as `⟨key⟩` so a test can catch it on screen.
    public func callAsFunction(_ key: TextKey, _ args: CustomStringConvertible...) -> String {
        self(key, arguments: args)
    }

    /// The same with the arguments in an array (for a message kept until the language is known).
    public func callAsFunction(_ key: TextKey, arguments args: [CustomStringConvertible]) -> String {
        guard let text = table[key] else { return "⟨\(key.raw)⟩" }
        return args.isEmpty ? text : Catalog.fill(text, with: args.map(\.description))
    }

    public func has(_ key: TextKey) -> Bool { table[key] != nil }

    /// Replaces each `{n}` by the n-th argument in one pass, so an argument that itself holds `{1}` stays as it is.
    static func fill(_ text: String, with args: [String]) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), args.indices.contains(n) {
                out += args[n]
                rest = after[after.index(after: close)...]
            } else {
                out.append("{")
                rest = after
            }
        }
        return out + rest
    }
}
