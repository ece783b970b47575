import Foundation
import Testing
@testable import VillageBoardText

/// Every catalogue key the program's sources name exists in both languages: a misspelt key is a failing test, not a
/// `⟨key⟩` on someone's screen. Keys are string literals (TextKey cannot be built from strings elsewhere), so a scan
/// of the sources finds them: a dotted literal whose first part is one of the catalogue's families is a key, unless
/// it is a style name (TerminalKit's) or a benchmark's row name.
@Suite struct KeysInSourcesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Dotted literals such as "hh.col.name" in the Swift files under `folder`.
    static func dottedLiterals(under folder: String) -> [(literal: String, file: String)] {
        let base = root.appendingPathComponent(folder)
        guard let files = FileManager.default.enumerator(atPath: base.path) else { return [] }
        let pattern = /"([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)"/
        var out: [(String, String)] = []
        for case let file as String in files where file.hasSuffix(".swift") {
            guard let text = try? String(contentsOf: base.appendingPathComponent(file), encoding: .utf8) else { continue }
            for match in text.matches(of: pattern) { out.append((String(match.1), folder + "/" + file)) }
        }
        return out
    }

    @Test func everyKeyNamedInSourcesIsInBothCatalogues() {
        let zh = Catalog.table(for: .zh), en = Catalog.table(for: .en)
        let families = Set(en.keys.map { $0.raw.prefix { $0 != "." } })
        let styles = Set(Self.dottedLiterals(under: "Sources/TerminalKit").map(\.literal))
        let users = ["Sources/VillageBoardUI", "Sources/VillageBoardExchange", "Sources/village-board", "Sources/VillageBoardText"]
        var checked = 0
        for folder in users {
            for (literal, file) in Self.dottedLiterals(under: folder)
            where families.contains(literal.prefix { $0 != "." }) && !styles.contains(literal) {
                // The catalogue files define keys rather than name them.
                if file.contains("/Chinese") || file.contains("/English") { continue }
                let key = TextKey(literal)
                #expect(zh[key] != nil && en[key] != nil, "\(file) names \(literal), which a catalogue lacks")
                checked += 1
            }
        }
        #expect(checked > 500, "the scan found only \(checked) keys: has the layout of Sources changed?")
    }
}
