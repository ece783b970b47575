import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The columns of the unresolved list, in drawing order; `s` steps through them for sorting.
public enum UnresolvedColumn: Int, CaseIterable, Hashable, Sendable {
    case head, place, status, cause, unmet, cadre, open, overdue, lastVisit

    var titleKey: TextKey {
        switch self {
        case .head: "unresolved.col.head"
        case .place: "unresolved.col.place"
        case .status: "unresolved.col.status"
        case .cause: "unresolved.col.cause"
        case .unmet: "unresolved.col.unmet"
        case .cadre: "unresolved.col.cadre"
        case .open: "unresolved.col.open"
        case .overdue: "unresolved.col.overdue"
        case .lastVisit: "unresolved.col.lastVisit"
        }
    }

    /// The status column's short word for a narrow table.
    static func shortStatus(_ status: HouseholdStatus) -> TextKey {
        switch status {
        case .notOut: "unresolved.status.notOut"
        case .out: "unresolved.status.out"
        case .unstable: "unresolved.status.unstable"
        case .edge: "unresolved.status.edge"
        case .sudden: "unresolved.status.sudden"
        }
    }

    /// Counts sort largest first, everything else smallest (or oldest) first.
    var startsAscending: Bool { !(self == .unmet || self == .open || self == .overdue) }

    /// Widths for a table `width` columns wide: narrow at 80, roomier (with county names and full status
    /// names) from 110; the place column takes what is left.
    static func widths(for width: Int) -> [Int] {
        let wide = width >= 110
        let fixed: [UnresolvedColumn: Int] = wide
            ? [.head: 10, .status: 14, .cause: 16, .unmet: 10, .cadre: 8, .open: 4, .overdue: 4, .lastVisit: 10]
            : [.head: 8, .status: 8, .cause: 8, .unmet: 7, .cadre: 8, .open: 4, .overdue: 4, .lastVisit: 10]
        let used = fixed.values.reduce(0, +) + allCases.count - 1
        let place = min(wide ? 28 : 20, max(8, width - used))
        return allCases.map { fixed[$0] ?? place }
    }

    /// Whether a table this wide shows county names and full status names.
    static func isWide(_ width: Int) -> Bool { width >= 110 }
}

/// Sort keys for the unresolved list: one integer per row and column, so sorting 100,000 rows compares
/// integers. Names sort by pinyin initial, then character (张三 before 赵四).
enum UnresolvedSort {
    /// Positions in `rows`, ordered by `column` (ties keep list order, whichever the direction).
    /// `hidden` tells the rows whose health cause this user sees masked: they sort as the masked value they show, so
    /// the order never groups 因病 or 因残 the screen hides.
    static func order(_ rows: [UnresolvedRow], by column: UnresolvedColumn, ascending: Bool,
                      hidden: HiddenCauses = .none) -> [Int] {
        if column == .place {
            // The rows are built in village order already.
            return ascending ? Array(rows.indices) : stableDescending(rows.map { $0.village.value })
        }
        let values = keys(rows, by: column, hidden: hidden)
        return ascending ? stableAscending(values) : stableDescending(values)
    }

    /// One comparable number per row for `column`.
    static func keys(_ rows: [UnresolvedRow], by column: UnresolvedColumn, hidden: HiddenCauses = .none) -> [Int64] {
        switch column {
        case .head: ranks(rows.map(\.head))
        case .cadre: ranks(rows.map { $0.cadre == nil ? nil : $0.cadreName })
        default: rows.map { number($0, column, hidden: hidden) ?? 0 }
        }
    }

    /// The key of a row for a column sorted by number; nil for the columns sorted by name.
    static func number(_ row: UnresolvedRow, _ column: UnresolvedColumn, hidden: HiddenCauses = .none) -> Int64? {
        switch column {
        case .head, .cadre: nil
        case .place: row.village.value
        case .status: Int64(row.statusRank)
        case .cause:
            if let cause = row.cause, hidden.hides(cause, of: row) { Self.maskedCause } else { Int64(row.cause?.rawValue ?? Int.max) }
        case .unmet: Int64(row.unmet.nonzeroBitCount * 16 + row.unchecked.nonzeroBitCount)
        case .open: Int64(row.openTasks)
        case .overdue: Int64(row.overdueTasks)
        case .lastVisit: Int64(row.lastVisit?.daysSinceEpoch ?? Int32.min)
        }
    }

    /// -1, 0 or 1 as row `a` sorts before, with or after row `b` by `column`, ascending: the order `keys` gives,
    /// compared for two rows alone (names by their collation, nobody last), so one row can be placed by binary search.
    static func compare(_ a: UnresolvedRow, _ b: UnresolvedRow, by column: UnresolvedColumn,
                        hidden: HiddenCauses = .none) -> Int {
        if let x = number(a, column, hidden: hidden), let y = number(b, column, hidden: hidden) { return x < y ? -1 : (x > y ? 1 : 0) }
        let x: String? = column == .head ? a.head : (a.cadre == nil ? nil : a.cadreName)
        let y: String? = column == .head ? b.head : (b.cadre == nil ? nil : b.cadreName)
        switch (x, y) {
        case (nil, nil): return 0
        case (nil, _): return 1
        case (_, nil): return -1
        case let (x?, y?):
            if x == y { return 0 }
            let kx = collationKey(x), ky = collationKey(y)
            if kx != ky { return kx < ky ? -1 : 1 }
            return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : 1
        }
    }

    /// Where in `order` (positions in `rows`, sorted by `column`, ties in list order) the row at `position` goes.
    static func insertionPoint(of position: Int, in order: [Int], _ rows: [UnresolvedRow], by column: UnresolvedColumn,
                               ascending: Bool, hidden: HiddenCauses = .none) -> Int {
        func before(_ x: Int, _ y: Int) -> Bool {
            let c = compare(rows[x], rows[y], by: column, hidden: hidden)
            if c != 0 { return ascending ? c < 0 : c > 0 }
            return x < y
        }
        var low = 0, high = order.count
        while low < high {
            let mid = (low + high) / 2
            if before(order[mid], position) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The key of a masked cause: after every cause shown, before households with none (as `—`).
    static let maskedCause = Int64(Int32.max)

    static func stableAscending(_ keys: [Int64]) -> [Int] {
        Array(keys.indices).sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    }

    static func stableDescending(_ keys: [Int64]) -> [Int] {
        Array(keys.indices).sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : $0 < $1 }
    }

    /// Each name's rank among the distinct names in pinyin-initial order; nil (nobody) sorts last.
    static func ranks(_ names: [String?]) -> [Int64] {
        var distinct: [String: Int64] = [:]
        for case let name? in names { distinct[name] = 0 }
        let sorted = distinct.keys.map { (collationKey($0), $0) }.sorted { a, b in
            a.0 != b.0 ? a.0 < b.0 : a.1.unicodeScalars.lexicographicallyPrecedes(b.1.unicodeScalars)
        }
        for (i, entry) in sorted.enumerated() { distinct[entry.1] = Int64(i) }
        return names.map { name in name.flatMap { distinct[$0] } ?? Int64.max }
    }

    /// The first three characters, each as its main pinyin initial (or itself) then its code point's low
    /// 16 bits, packed so that integer order is collation order (ties fall back to the full name).
    static func collationKey(_ name: String) -> UInt64 {
        var key: UInt64 = 0
        var n = 0
        for scalar in name.unicodeScalars.prefix(3) {
            let ascii = scalar.isASCII && Character(scalar).isLetter ? UInt8(scalar.value) : nil
            let letter = (PinyinInitials.primaryLetter(of: scalar) ?? ascii).map { UInt64($0 & 0x1F) } ?? (scalar.isASCII ? 0 : 0x1F)
            key = key << 21 | letter << 16 | UInt64(scalar.value & 0xFFFF)
            n += 1
        }
        return key << UInt64(21 * (3 - n))
    }
}

/// Which rows' health causes (因病, 因残) the user sees masked, by the permission table: the sort keys of those rows are
/// the masked value, not the cause.
struct HiddenCauses {
    var board: Board?
    var user: User?

    /// Nothing hidden (tests of the sort alone, and users who may see every household's health).
    static let none = HiddenCauses(board: nil, user: nil)

    func hides(_ cause: PovertyCause, of row: UnresolvedRow) -> Bool {
        guard let board, Privacy.carriesHealth(cause), board.households.indices.contains(row.household) else { return false }
        return !Privacy.seesHealth(in: board.households[row.household], for: user, board: board)
    }
}
