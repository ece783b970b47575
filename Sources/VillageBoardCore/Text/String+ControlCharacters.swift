extension String {
    /// The text with every control character made visible, for output that people or programs will read: C0
    /// controls become their Control Pictures (ESC is "␛"), DEL "␡", and C1 controls (U+0080–U+009F, which some
    /// terminals obey like ESC sequences) "�". `keeping` names the controls left as they are (line ends where a text
    /// has several lines). The screens do the same in TerminalKit's `Sanitizer`, which cannot import Core.
    public func visibleControls(keeping kept: Set<Unicode.Scalar> = []) -> String {
        guard unicodeScalars.contains(where: { $0.isControl && !kept.contains($0) }) else { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if kept.contains(scalar) || !scalar.isControl {
                out.append(scalar)
            } else if scalar.value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            } else {
                out.append(scalar.value == 0x7F ? "\u{2421}" : "\u{FFFD}")
            }
        }
        return String(out)
    }

    /// `visibleControls` keeping line ends and tabs: for text printed a line at a time.
    public var visibleControlsKeepingLines: String { visibleControls(keeping: ["\n", "\r", "\t"]) }

    /// Whether the text holds a control character other than `kept` (import refuses them in names and notes).
    public func containsControl(other kept: Set<Unicode.Scalar> = []) -> Unicode.Scalar? {
        unicodeScalars.first { $0.isControl && !kept.contains($0) }
    }
}

extension Unicode.Scalar {
    /// C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F).
    public var isControl: Bool { value < 0x20 || (value >= 0x7F && value <= 0x9F) }
}
