import VillageBoardCore

/// Whether a household answers a `/` search: a member's name contains the text, or its pinyin initials
/// start with the query (张三 for `zs`), or the household id contains it.
enum HouseholdSearch {
    static func matches(_ h: Household, query: String) -> Bool {
        let q = query.trimmingSpaces
        guard !q.isEmpty else { return false }
        let pinyin = PinyinQuery(q)
        for m in h.members {
            if m.name.contains(q) { return true }
            if !pinyin.isEmpty && PinyinKey(m.name).hasPrefix(pinyin) { return true }
        }
        return h.id.raw.contains(q)
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
