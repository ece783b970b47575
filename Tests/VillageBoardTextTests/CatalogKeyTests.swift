import Testing
@testable import VillageBoardText

/// The catalogues themselves: both languages have the same keys, no key is in two parts of a language, placeholders
/// agree and no text is empty. (That no screen draws a missing key is checked by the UI's CatalogTests.)
@Suite struct CatalogKeyTests {
    @Test func bothLanguagesHaveExactlyTheSameKeys() {
        let zh = Set(Catalog.table(for: .zh).keys), en = Set(Catalog.table(for: .en).keys)
        #expect(zh.subtracting(en).map(\.raw).sorted() == [], "only in Chinese")
        #expect(en.subtracting(zh).map(\.raw).sorted() == [], "only in English")
    }

    @Test(arguments: Language.allCases)
    func noKeyIsDefinedInTwoParts(_ language: Language) {
        var seen: [TextKey: String] = [:]
        for part in Catalog.parts(for: language) {
            for key in part.text.keys {
                #expect(seen[key] == nil, "\(language): \(key) is in part \(seen[key] ?? "") and part \(part.name)")
                seen[key] = part.name
            }
        }
    }

    @Test func bothLanguagesHaveTheSamePartsWithTheSameKeys() {
        let zh = Catalog.parts(for: .zh), en = Catalog.parts(for: .en)
        #expect(zh.map(\.name) == en.map(\.name))
        for (z, e) in zip(zh, en) {
            #expect(Set(z.text.keys) == Set(e.text.keys), "part \(z.name) differs between the languages")
        }
    }

    @Test func placeholdersMatchAndNoTextIsEmpty() {
        let zh = Catalog.table(for: .zh), en = Catalog.table(for: .en)
        func placeholders(_ s: String) -> Set<String> {
            Set((0..<10).map { "{\($0)}" }.filter { s.contains($0) })
        }
        for (key, chinese) in zh {
            guard let english = en[key] else { continue }
            #expect(placeholders(chinese) == placeholders(english), "\(key): \(chinese) / \(english)")
            if key.raw != "schooling.notApplicable" {
                #expect(!chinese.isEmpty && !english.isEmpty, "\(key) is empty")
            }
        }
    }

    @Test func placeholdersAreFilledOnceInOrder() {
        #expect(Catalog.fill("{1} 和 {0}", with: ["a", "b"]) == "b 和 a")
        #expect(Catalog.fill("{0}", with: ["{1}", "x"]) == "{1}")
        #expect(Catalog.fill("{x} {9}", with: ["a"]) == "{x} {9}")
    }
}
