/// The language the screens speak.
public enum Language: String, CaseIterable, Sendable {
    case zh, en

    /// The language from the environment: LC_ALL, then LC_MESSAGES, then LANG; zh_* is Chinese, anything else English.
    public static func fromEnvironment(_ env: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}
