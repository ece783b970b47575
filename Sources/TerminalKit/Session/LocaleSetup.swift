#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the process in a UTF-8 locale before curses starts, as Chinese needs.
///
/// In the C locale widths are -1, Chinese vanishes and typed Chinese never reaches get_wch.
public enum LocaleSetup {
    /// Locales tried, in order, when the environment's locale is not UTF-8.
    public static let fallbacks = ["C.UTF-8", "zh_CN.UTF-8", "en_US.UTF-8"]

    /// Sets the locale from the environment, or the first UTF-8 fallback; returns its name.
    @discardableResult
    public static func ensureUTF8() throws(TerminalSessionError) -> String {
        if let name = setlocale(LC_ALL, ""), isUTF8() { return String(cString: name) }
        for candidate in fallbacks {
            if let name = setlocale(LC_ALL, candidate), isUTF8() { return String(cString: name) }
        }
        throw .noUTF8Locale(tried: ["$LANG"] + fallbacks)
    }

    /// True when the current locale's character set is UTF-8.
    public static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased().replacingOccurrences(of: "-", with: "")
        return name == "utf8"
    }
}
