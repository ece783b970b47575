extension Catalog {
    /// Names suggested after "did you mean", each quoted as data so they read apart from the sentence.
    public func suggestions(_ names: [String]) -> String {
        names.map { self("cli.suggestion.quoted", $0) }.joined(separator: self("hh.listSeparator"))
    }
}
