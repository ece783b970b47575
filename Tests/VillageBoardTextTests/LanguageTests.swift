import Testing
@testable import VillageBoardText

/// The first language: Chinese unless the locale or `--lang` names another.
@Suite struct LanguageTests {
    @Test(arguments: [
        ([:], Language.zh),
        (["LANG": "C"], .zh),
        (["LANG": "C.UTF-8"], .zh),
        (["LC_ALL": "C.utf8"], .zh),
        (["LANG": "POSIX"], .zh),
        (["LANG": "zh_CN.UTF-8"], .zh),
        (["LANG": "en_US.UTF-8"], .en),
        (["LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"], .zh),
        (["LC_MESSAGES": "en_GB", "LANG": "zh_CN.UTF-8"], .en),
        (["LANG": ""], .zh),
    ] as [([String: String], Language)])
    func localeNamingNoLanguageMeansChinese(env: [String: String], expected: Language) {
        #expect(Language.fromEnvironment(env) == expected)
    }
}
