/// The names of a list's rows prepared once for `/` search, so a search over 100,000 rows only compares
/// precomputed keys. Letters match pinyin initials from the start of a name (`zs` → 张三, `sz` → 单志);
/// a query with Chinese characters matches anywhere in a name (`三` → 张三).
struct NameSearch: Sendable {
    private var keys: [PinyinKey] = []
    /// Row `r`'s keys are `keys[starts[r]..<starts[r + 1]]`.
    private var starts: [Int32] = [0]

    /// Prepares every row's names (a household's members, a task's title and subject…).
    init<Rows: Sequence>(_ rows: Rows, names: (Rows.Element) -> [String]) {
        for row in rows {
            for name in names(row) where !name.isEmpty { keys.append(PinyinKey(name)) }
            starts.append(Int32(keys.count))
        }
    }

    var rowCount: Int { starts.count - 1 }

    /// Row `row`'s names prepared afresh (after a change to that row alone).
    mutating func replace(row: Int, names: [String]) {
        remove(row: row)
        insert(row: row, names: names)
    }

    /// A new row at `row`; the rows from there on move one down.
    mutating func insert(row: Int, names: [String]) {
        guard row >= 0, row <= rowCount else { return }
        let new = names.filter { !$0.isEmpty }.map(PinyinKey.init)
        let at = Int(starts[row])
        keys.insert(contentsOf: new, at: at)
        for r in row..<starts.count { starts[r] += Int32(new.count) }
        starts.insert(Int32(at), at: row)
    }

    /// Row `row` gone; the rows after it move one up.
    mutating func remove(row: Int) {
        guard row >= 0, row < rowCount else { return }
        let from = Int(starts[row]), to = Int(starts[row + 1])
        keys.removeSubrange(from..<to)
        starts.remove(at: row + 1)
        for r in (row + 1)..<starts.count { starts[r] -= Int32(to - from) }
    }

    /// A query prepared once per search.
    struct Query {
        let pinyin: PinyinQuery
        let anywhere: Bool

        init(_ text: String) {
            pinyin = PinyinQuery(text)
            anywhere = text.unicodeScalars.contains { SearchText.isIdeograph($0) }
        }

        var isEmpty: Bool { pinyin.isEmpty }
    }

    /// Whether any name of row `row` answers `query`.
    func matches(_ query: Query, row: Int) -> Bool {
        guard !query.isEmpty, row >= 0, row < rowCount else { return false }
        for k in Int(starts[row])..<Int(starts[row + 1]) {
            if query.anywhere ? keys[k].firstMatch(of: query.pinyin) != nil : keys[k].hasPrefix(query.pinyin) { return true }
        }
        return false
    }

    /// The positions in `shown` (each a row of this index) that match, in order.
    func positions(of query: Query, in shown: [Int]) -> [Int] {
        shown.indices.filter { matches(query, row: shown[$0]) }
    }
}

/// A list's `/` state: the query, the names prepared on first use (dropped when the board changes), and
/// the positions of the matching rows among those shown.
struct ListSearch {
    private(set) var query: String?
    private(set) var matches: [Int] = []
    private var names: NameSearch?

    /// Forgets the prepared names (the board changed); the query stays.
    mutating func invalidate() { names = nil }

    /// Keeps the prepared names (if any) in step with one row of the list changed, added or removed; the matches are
    /// found again by the next `refresh`.
    mutating func editNames(_ edit: (inout NameSearch) -> Void) {
        guard var n = names else { return }
        names = nil
        edit(&n)
        names = n
    }

    /// Runs a `/` query over `shown` (rows of the prepared names): the status message and the row to select,
    /// the first match at or after `selected`. An empty query clears the search.
    mutating func run(_ text: String, shown: [Int], from selected: Int, _ ctx: ScreenContext,
                      prepare: () -> NameSearch) -> (outcome: Outcome, select: Int?) {
        let q = text.trimmingSpaces
        guard !q.isEmpty else {
            query = nil
            matches = []
            return (.none, nil)
        }
        query = q
        refresh(shown: shown, prepare: prepare)
        guard let first = MatchStep.next(after: selected - 1, in: matches, forward: true) else {
            return (.message(StatusMessage(ctx.text("search.none", q), isError: true)), nil)
        }
        return (.message(StatusMessage(ctx.text("search.found", matches.count, q))), first)
    }

    /// Finds the query's rows again after the rows shown changed.
    mutating func refresh(shown: [Int], prepare: () -> NameSearch) {
        guard let query else {
            matches = []
            return
        }
        if names == nil { names = prepare() }
        matches = names?.positions(of: NameSearch.Query(query), in: shown) ?? []
    }

    /// The match `n` (forward) or `N` goes to from `selected`; nil when there are none.
    func step(from selected: Int, forward: Bool) -> Int? {
        MatchStep.next(after: selected, in: matches, forward: forward)
    }

    /// What `n` or `N` says when there is nothing to step to.
    static func noMatches(_ ctx: ScreenContext) -> Outcome {
        .message(StatusMessage(ctx.text("search.noMatches"), isError: true))
    }

    /// Whether row `row` (a position among those shown) matches.
    func isMatch(_ row: Int) -> Bool {
        var low = 0, high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid] < row { low = mid + 1 } else { high = mid }
        }
        return low < matches.count && matches[low] == row
    }
}

/// `n` / `N` over sorted match positions: the next after the selection, or the last before it, wrapping.
enum MatchStep {
    static func next(after current: Int, in matches: [Int], forward: Bool) -> Int? {
        guard !matches.isEmpty else { return nil }
        // Binary search for the first match greater than `current`.
        var low = 0, high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid] <= current { low = mid + 1 } else { high = mid }
        }
        if forward { return low < matches.count ? matches[low] : matches[0] }
        // The last match smaller than `current`.
        var i = low - 1
        if i >= 0 && matches[i] == current { i -= 1 }
        return i >= 0 ? matches[i] : matches[matches.count - 1]
    }
}
