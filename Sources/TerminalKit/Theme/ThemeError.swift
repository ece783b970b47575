/// What is wrong with a theme, and where: file, line and key when there is one.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (or built-in theme name) the problem is in.
    public var file: String
    /// The 1-based line, or nil for problems with the file as a whole.
    public var line: Int?
    /// The key on that line, when the problem is with one entry.
    public var key: String?
    public var message: String

    public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// "path/to/x.theme:12: status.cleared: unknown colour or attribute 'gren' …"
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += "\(key): " }
        return text + message
    }
}
