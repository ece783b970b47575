/// The radar's sums per village (issues 14 and 18): how many households and tasks of each village carry each warning,
/// and what each cadre carries there. `RadarIndex` keeps them with deltas (a household or task judged again takes its
/// old part away and adds its new one), so a scope's radar adds up its villages — a few thousand at a province —
/// instead of reading every household's mask on the key press.
struct RadarTallies {
    static let kinds = RadarWarning.allCases.count

    /// What one cadre carries in one village. `met` counts what puts the cadre on the radar's table there: a household
    /// they are responsible for, a visit they made to another's household, a task they own with a warning or overdue.
    struct Load: Equatable {
        var households = 0
        var visits = 0
        var overdue = 0
        var warnings = 0
        var met = 0
    }

    /// Village number × `kinds` + warning: how many households or tasks of that village have that warning.
    private(set) var counts: [Int] = []
    /// Keyed by `key(village, cadre)`; an entry whose `met` falls to 0 is removed.
    private(set) var loads: [Int64: Load] = [:]

    /// Makes room for villages numbered below `n`.
    mutating func reserve(villages n: Int) {
        if counts.count < n * Self.kinds { counts += repeatElement(0, count: n * Self.kinds - counts.count) }
    }

    static func key(_ village: Int32, _ cadre: Int32) -> Int64 {
        Int64(village) << 32 | Int64(UInt32(bitPattern: cadre))
    }

    /// Adds (`sign` 1) or takes away (`sign` -1) one household's part: its warnings, and its cadre's and visitors' figures.
    mutating func household(mask: UInt16, village: Int32, cadre: Int32, ownVisits: Int32, visitors: [Int32]?, sign: Int) {
        add(mask, village: village, sign: sign)
        if cadre >= 0 {
            edit(Self.key(village, cadre)) {
                $0.households += sign
                $0.warnings += sign * mask.nonzeroBitCount
                $0.visits += sign * Int(ownVisits)
                $0.met += sign
            }
        }
        for v in visitors ?? [] where v >= 0 {
            edit(Self.key(village, v)) {
                $0.visits += sign
                $0.met += sign
            }
        }
    }

    /// Adds or takes away one task's part; a task with no warning and not overdue has none.
    mutating func task(mask: UInt16, village: Int32, owner: Int32, sign: Int) {
        guard mask != 0 else { return }
        let warnings = mask & ~RadarIndex.overdueBit
        add(warnings, village: village, sign: sign)
        guard owner >= 0 else { return }
        edit(Self.key(village, owner)) {
            if mask & RadarIndex.overdueBit != 0 { $0.overdue += sign }
            $0.warnings += sign * warnings.nonzeroBitCount
            $0.met += sign
        }
    }

    private mutating func add(_ mask: UInt16, village: Int32, sign: Int) {
        var rest = mask
        let base = Int(village) * Self.kinds
        while rest != 0 {
            let bit = rest.trailingZeroBitCount
            if bit < Self.kinds, counts.indices.contains(base + bit) { counts[base + bit] += sign }
            rest &= rest - 1
        }
    }

    private mutating func edit(_ key: Int64, _ change: (inout Load) -> Void) {
        change(&loads[key, default: Load()])
        if loads[key]?.met == 0 { loads[key] = nil }
    }

    /// The counts of each warning and each cadre's figures over the villages flagged in `included` (indexed by village
    /// number; nil: every village, and the tasks outside every village); the figures by cadre number, `cadres` of them
    /// (an array, not a dictionary: a province has tens of thousands of cadres).
    func sum(_ included: [Bool]?, cadres: Int) -> (counts: [Int], loads: [Load]) {
        var total = [Int](repeating: 0, count: Self.kinds)
        let villages = counts.count / Self.kinds
        for v in 0..<villages where included.map({ v < $0.count && $0[v] }) ?? true {
            for w in 0..<Self.kinds { total[w] += counts[v * Self.kinds + w] }
        }
        var byCadre = [Load](repeating: Load(), count: cadres)
        for (key, load) in loads {
            let village = Int(key >> 32)
            guard included.map({ village < $0.count && $0[village] }) ?? true else { continue }
            let cadre = Int(Int32(truncatingIfNeeded: key))
            guard byCadre.indices.contains(cadre) else { continue }
            byCadre[cadre].households += load.households
            byCadre[cadre].visits += load.visits
            byCadre[cadre].overdue += load.overdue
            byCadre[cadre].warnings += load.warnings
            byCadre[cadre].met += load.met
        }
        return (total, byCadre)
    }
}
