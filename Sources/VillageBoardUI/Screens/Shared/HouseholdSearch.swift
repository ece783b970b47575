import VillageBoardCore

/// A `/` search over households: a member's name contains the text, or its pinyin initials start with the
/// query (张三 for `zs`), or the household id contains it. Build once per search, then test each row.
struct HouseholdSearch {
    let text: String
    let pinyin: PinyinQuery

    init?(_ query: String) {
        let q = query.trimmingSpaces
        guard !q.isEmpty else { return nil }
        text = q
        pinyin = PinyinQuery(q)
    }

    func matches(_ h: Household) -> Bool {
        for m in h.members {
            if m.name.contains(text) { return true }
            if !pinyin.isEmpty && PinyinKey(m.name).hasPrefix(pinyin) { return true }
        }
        return h.id.raw.contains(text)
    }
}
