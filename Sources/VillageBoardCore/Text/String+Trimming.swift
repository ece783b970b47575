extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line ends, the full-width space U+3000):
    /// what every typed or imported field is read as. The project's one trimming helper (TerminalKit cannot import
    /// Core, so its theme parser calls Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)` instead).
    public var trimmingSpaces: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }
}
