/// How well a query matched one candidate text: a score (higher is better) and the matched character offsets.
public struct FuzzyMatch: Sendable, Hashable {
    /// The kind of match; a later case always outranks an earlier one.
    public enum Kind: Int, Sendable, Hashable, Comparable {
        /// The query's characters appear in order somewhere in the candidate.
        case subsequence = 1
        /// The query's letters are the pinyin initials of Chinese characters in the candidate (`bc` → 保存).
        case pinyin
        /// Each run of the query starts at a word start (after a space, `-`, `_`, `/`, a camelCase boundary, or
        /// at any CJK character): `item` → "Mark item", `mi` → "Mark Item".
        case wordStart
        /// The candidate starts with the query, ignoring case.
        case prefix

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The kind of match.
    public var kind: Kind
    /// The ranking score: the kind decides, then fewer runs, an earlier start and a shorter candidate.
    public var score: Int
    /// Offsets (in `Character`s) of the candidate's matched characters, ascending, for highlighting.
    public var positions: [Int]

    public init(kind: Kind, score: Int, positions: [Int]) {
        self.kind = kind
        self.score = score
        self.positions = positions
    }
}

/// One item of a ranking with its best match and the index of the text (from `text(item)`) that gave it.
public struct FuzzyRanked<T> {
    /// The ranked item.
    public var item: T
    /// Its best match over all its texts.
    public var match: FuzzyMatch
    /// Which of the item's texts matched best.
    public var textIndex: Int
}

extension FuzzyRanked: Sendable where T: Sendable {}

/// Fuzzy matching for the palette and list filters: prefix, then word starts, then pinyin initials, then subsequence.
public enum FuzzyMatcher {
    /// Each kind owns a band of this width; within-band tie-breaks never cross it.
    static let band = 1_000_000

    /// Scores `candidate` for `query` (ignoring case and surrounding spaces), or nil when it does not match.
    /// An empty query matches everything with no positions.
    public static func score(query: String, candidate: String) -> FuzzyMatch? {
        let prepared = Query(query)
        if prepared.isEmpty { return FuzzyMatch(kind: .prefix, score: FuzzyMatch.Kind.prefix.rawValue * band, positions: []) }
        return score(prepared, Candidate(candidate))
    }

    /// The items that match `query` through any of their texts, best first; ties keep the original order.
    /// An empty query returns every item in the original order.
    public static func rank<T>(query: String, items: [T], text: (T) -> [String]) -> [T] {
        rankedMatches(query: query, items: items, text: text).map(\.item)
    }

    /// Like `rank`, with each item's best match (for highlighting) and which of its texts gave it.
    public static func rankedMatches<T>(query: String, items: [T], text: (T) -> [String]) -> [FuzzyRanked<T>] {
        let prepared = Query(query)
        if prepared.isEmpty {
            let everything = FuzzyMatch(kind: .prefix, score: FuzzyMatch.Kind.prefix.rawValue * band, positions: [])
            return items.map { FuzzyRanked(item: $0, match: everything, textIndex: 0) }
        }
        var ranked: [(order: Int, entry: FuzzyRanked<T>)] = []
        for (order, item) in items.enumerated() {
            var best: (match: FuzzyMatch, index: Int)?
            for (index, candidate) in text(item).enumerated() {
                guard let match = score(prepared, Candidate(candidate)) else { continue }
                if best.map({ match.score > $0.match.score }) ?? true { best = (match, index) }
            }
            if let best { ranked.append((order, FuzzyRanked(item: item, match: best.match, textIndex: best.index))) }
        }
        ranked.sort { $0.entry.match.score != $1.entry.match.score ? $0.entry.match.score > $1.entry.match.score : $0.order < $1.order }
        return ranked.map(\.entry)
    }

    // MARK: - Prepared texts

    /// The query folded: `full` keeps inner spaces (for the prefix test), `compact` drops them.
    struct Query {
        let full: [Character]
        let compact: [Character]
        /// Initials mask per `compact` character: its own letter/digit bit for ASCII letters and digits, else 0.
        let masks: [UInt64]

        init(_ text: String) {
            var trimmed = Substring(text)
            while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
            while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
            full = trimmed.map(SearchText.fold)
            compact = full.filter { !$0.isWhitespace }
            masks = compact.map { PinyinUnit.asciiMask($0.unicodeScalars.first?.value ?? 0) ?? 0 }
        }

        var isEmpty: Bool { compact.isEmpty }
    }

    /// A candidate folded, with each character's word-start flag and (for ideographs) initials mask.
    struct Candidate {
        let folded: [Character]
        let wordStart: [Bool]
        let initials: [UInt64]

        init(_ text: String) {
            let original = Array(text)
            folded = original.map(SearchText.fold)
            initials = original.map { SearchText.isIdeograph($0) ? UInt64(PinyinInitials.mask(of: $0)) : 0 }
            var starts = [Bool](repeating: false, count: original.count)
            for index in original.indices {
                starts[index] = Candidate.isWordStart(original, index)
            }
            wordStart = starts
        }

        static func isWordStart(_ text: [Character], _ index: Int) -> Bool {
            let current = text[index]
            if SearchText.isSeparator(current) { return false }
            if index == 0 || SearchText.isIdeograph(current) { return true }
            let previous = text[index - 1]
            if SearchText.isSeparator(previous) || SearchText.isIdeograph(previous) { return true }
            if previous.isLowercase && current.isUppercase { return true }
            // "CSVExport": the E starts a word (an upper-case run followed by lower case).
            if previous.isUppercase && current.isUppercase, index + 1 < text.count, text[index + 1].isLowercase {
                return true
            }
            return false
        }
    }

    // MARK: - Matching

    static func score(_ query: Query, _ candidate: Candidate) -> FuzzyMatch? {
        let length = candidate.folded.count
        if query.full.count <= length, candidate.folded.starts(with: query.full) {
            let exact = query.full.count == length ? band / 2 : 0
            return make(.prefix, penalty: min(length, band / 2 - 1) - exact, positions: Array(0..<query.full.count))
        }
        if let positions = runs(query, candidate, pinyin: false) {
            return make(.wordStart, penalty: runPenalty(positions, length), positions: positions)
        }
        if candidate.initials.contains(where: { $0 != 0 }), let positions = runs(query, candidate, pinyin: true) {
            return make(.pinyin, penalty: runPenalty(positions, length), positions: positions)
        }
        if let positions = subsequence(query.compact, candidate.folded) {
            let span = (positions.last ?? 0) - (positions.first ?? 0) + 1 - positions.count
            let penalty = min(span, 999) * 500 + min(positions.first ?? 0, 99) * 4 + min(length, 3)
            return make(.subsequence, penalty: penalty, positions: positions)
        }
        return nil
    }

    static func make(_ kind: Kind, penalty: Int, positions: [Int]) -> FuzzyMatch {
        let within = max(0, min(band - 1, band - 1 - penalty))
        return FuzzyMatch(kind: kind, score: kind.rawValue * band + within, positions: positions)
    }

    typealias Kind = FuzzyMatch.Kind

    /// Fewer runs first, then an earlier start, then a tighter span, then a shorter candidate.
    static func runPenalty(_ positions: [Int], _ length: Int) -> Int {
        var runs = 0
        for (index, position) in positions.enumerated() where index == 0 || positions[index - 1] != position - 1 {
            runs += 1
        }
        let first = positions.first ?? 0
        let span = (positions.last ?? 0) - first + 1
        return min(runs, 19) * 50_000 + min(first, 99) * 400 + min(span, 99) * 4 + min(length, 3)
    }

    /// The best alignment of the query's characters where each run of consecutive matches begins at a word
    /// start: fewest runs, then the earliest end. With `pinyin`, a query letter also matches an ideograph
    /// whose initials include it. Dynamic programming over (query index, candidate index).
    static func runs(_ query: Query, _ candidate: Candidate, pinyin: Bool) -> [Int]? {
        let n = query.compact.count
        let m = candidate.folded.count
        guard n > 0, n <= m else { return nil }
        let none = Int.max
        // runCount[k * m + i]: fewest runs with query[k] matched at candidate[i]; from: the previous position.
        var runCount = [Int](repeating: none, count: n * m)
        var from = [Int](repeating: -1, count: n * m)
        for k in 0..<n {
            var bestBefore = none
            var bestBeforeAt = -1
            for i in k..<m {
                if k > 0, i > 0 {
                    let previous = runCount[(k - 1) * m + i - 1]
                    if previous < bestBefore { bestBefore = previous; bestBeforeAt = i - 1 }
                }
                let same = query.compact[k] == candidate.folded[i]
                guard same || (pinyin && query.masks[k] & candidate.initials[i] != 0) else { continue }
                var best = none
                var bestFrom = -1
                if k == 0 {
                    if candidate.wordStart[i] { best = 1 }
                } else {
                    let continued = i > 0 ? runCount[(k - 1) * m + i - 1] : none
                    if continued != none { best = continued; bestFrom = i - 1 }
                    if candidate.wordStart[i], bestBefore != none, bestBefore + 1 < best {
                        best = bestBefore + 1
                        bestFrom = bestBeforeAt
                    }
                }
                runCount[k * m + i] = best
                from[k * m + i] = bestFrom
            }
        }
        var end = -1
        var endRuns = none
        for i in 0..<m where runCount[(n - 1) * m + i] < endRuns {
            endRuns = runCount[(n - 1) * m + i]
            end = i
        }
        guard end >= 0 else { return nil }
        var positions = [Int](repeating: 0, count: n)
        var at = end
        for k in stride(from: n - 1, through: 0, by: -1) {
            positions[k] = at
            at = from[k * m + at]
        }
        return positions
    }

    /// The query's characters in order in the candidate, in the shortest window that ends first.
    static func subsequence(_ query: [Character], _ candidate: [Character]) -> [Int]? {
        guard !query.isEmpty else { return [] }
        var k = 0
        var end = -1
        for (i, character) in candidate.enumerated() where character == query[k] {
            k += 1
            if k == query.count { end = i; break }
        }
        guard end >= 0 else { return nil }
        // Walk back from the end to the latest start, then forward again for the leftmost positions in it.
        var start = end
        k = query.count - 1
        while true {
            if candidate[start] == query[k] {
                if k == 0 { break }
                k -= 1
            }
            start -= 1
        }
        var positions: [Int] = []
        positions.reserveCapacity(query.count)
        k = 0
        var i = start
        while k < query.count {
            if candidate[i] == query[k] { positions.append(i); k += 1 }
            i += 1
        }
        return positions
    }
}
