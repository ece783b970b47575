/// Makes text from data safe to draw: control characters never reach the terminal.
///
/// A household name containing ESC [ 2 J must show as "␛[2J", not clear the screen. C0
/// controls become their Control Pictures (U+2400 + code, so ESC is "␛", TAB is "␉",
/// newline "␊"), DEL becomes "␡", and C1 controls (U+0080–U+009F, which some terminals obey
/// like ESC sequences) become "�". Everything else passes through unchanged.
public enum Sanitizer {
    /// The text with every control character replaced by a visible placeholder.
    public static func sanitize(_ text: String) -> String {
        if isSafe(text) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(placeholder(for: scalar) ?? scalar)
        }
        return String(result)
    }

    /// True when `text` holds no control character (checked on bytes: the common case is fast).
    public static func isSafe(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return false }
            // C1 controls are encoded as C2 80 ... C2 9F.
            if previous == 0xC2 && byte >= 0x80 && byte <= 0x9F { return false }
            previous = byte
        }
        return true
    }

    /// The visible stand-in for a control scalar, or nil when the scalar is not a control.
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x20 { return Unicode.Scalar(0x2400 + value) }
        if value == 0x7F { return "\u{2421}" }
        if value >= 0x80 && value <= 0x9F { return "\u{FFFD}" }
        return nil
    }
}
