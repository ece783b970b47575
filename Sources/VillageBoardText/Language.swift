/// The language the screens speak.
public enum Language: String, CaseIterable, Sendable {
    case zh, en

    /// The language from the environment: the first of LC_ALL, LC_MESSAGES, LANG that is set decides; zh_* is
    /// Chinese, another language English. A locale that names no language (C, C.UTF-8, POSIX: fresh machines) and
    /// none at all mean Chinese, the program's first language.
    public static func fromEnvironment(_ env: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[name], !value.isEmpty {
                return language(ofLocale: value)
            }
        }
        return .zh
    }

    /// The language a locale name such as `zh_CN.UTF-8`, `en_US`, `C.UTF-8` or `POSIX` asks for.
    static func language(ofLocale locale: String) -> Language {
        let name = locale.lowercased()
        let bare = name.split(separator: ".").first.map(String.init) ?? name
        if bare == "c" || bare == "posix" || bare.isEmpty { return .zh }
        return name.hasPrefix("zh") ? .zh : .en
    }
}
