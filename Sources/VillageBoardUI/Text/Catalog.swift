import Foundation

/// Looks up user-visible text in the chosen language. Every string a screen draws comes from here
/// (or from the data); placeholders `{0}`, `{1}`, … are filled in order.
public struct Catalog: Sendable {
    public let language: Language
    private let table: [TextKey: String]

    public init(_ language: Language) {
        self.language = language
        table = Catalog.table(for: language)
    }

    /// The full table of a language (for the test that both languages have the same keys).
    public static func table(for language: Language) -> [TextKey: String] {
        let parts: [[TextKey: String]]
        switch language {
        case .zh: parts = [chineseText, chineseHouseholdText, chineseListsText, chineseReportsText, chineseAccessText, chineseSyncText]
        case .en: parts = [englishText, englishHouseholdText, englishListsText, englishReportsText, englishAccessText, englishSyncText]
        }
        // Each screen family keeps its text in its own file; a key defined twice is a mistake the catalogue test catches.
        return parts.reduce(into: [:]) { table, part in table.merge(part) { first, _ in first } }
    }

    /// The text for a key; a missing key shows as `⟨key⟩` so a test can catch it on screen.
    public func callAsFunction(_ key: TextKey, _ args: CustomStringConvertible...) -> String {
        guard var text = table[key] else { return "⟨\(key.raw)⟩" }
        for (i, arg) in args.enumerated() {
            text = text.replacingOccurrences(of: "{\(i)}", with: arg.description)
        }
        return text
    }

    public func has(_ key: TextKey) -> Bool { table[key] != nil }
}
