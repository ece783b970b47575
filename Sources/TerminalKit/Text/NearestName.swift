/// "Did you mean": the known names closest to a mistyped one, by edit distance.
public enum NearestName {
    /// The names among `known` within a few edits of `typed` (a third of its length, at least 2), nearest first.
    public static func suggestions(for typed: String, among known: [String], limit: Int = 3) -> [String] {
        let typed = typed.lowercased()
        let reach = max(2, typed.count / 3)
        return known
            .map { (name: $0, distance: distance(typed, $0.lowercased())) }
            .filter { $0.distance <= reach || $0.name.lowercased().hasPrefix(typed) && !typed.isEmpty }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(limit).map(\.name)
    }

    /// Levenshtein distance between two short names.
    public static func distance(_ a: String, _ b: String) -> Int {
        let b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
