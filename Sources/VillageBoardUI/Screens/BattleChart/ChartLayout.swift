import VillageBoardCore

/// The tiles of a scope, grouped by township within county, as lines to scroll through:
/// a heading line per county and per township, then rows of village tiles.
struct ChartLayout {
    enum Line {
        case heading(DivisionCode, depth: Int)
        case tiles([DivisionCode])
    }

    var lines: [Line] = []
    /// Every village in order, and where each sits (line, column).
    var villages: [DivisionCode] = []
    var position: [DivisionCode: (line: Int, column: Int)] = [:]
    var perRow = 1

    init() {}

    init(board: Board, scope: DivisionCode, perRow: Int) {
        self.perRow = max(1, perRow)
        add(board: board, code: scope, depth: 0, isScope: true)
    }

    private mutating func add(board: Board, code: DivisionCode, depth: Int, isScope: Bool) {
        guard let unit = board.unit(code) else { return }
        if unit.level == .village {
            placeRow([code])
            return
        }
        let kids = board.children[code] ?? []
        let villageKids = kids.filter { board.unit($0)?.level == .village }
        if !isScope { lines.append(.heading(code, depth: depth)) }
        var row: [DivisionCode] = []
        for v in villageKids {
            row.append(v)
            if row.count == perRow { placeRow(row); row = [] }
        }
        if !row.isEmpty { placeRow(row) }
        for k in kids where board.unit(k)?.level != .village {
            add(board: board, code: k, depth: isScope ? depth : depth + 1, isScope: false)
        }
    }

    private mutating func placeRow(_ row: [DivisionCode]) {
        for (i, v) in row.enumerated() {
            position[v] = (lines.count, i)
            villages.append(v)
        }
        lines.append(.tiles(row))
    }

    /// The village one step in a direction from `from` (up/down keep the column as near as they can).
    func step(from: DivisionCode?, action: Action) -> DivisionCode? {
        guard let from, let at = position[from], let index = villages.firstIndex(of: from) else { return villages.first }
        switch action {
        case .left: return index > 0 ? villages[index - 1] : from
        case .right: return index + 1 < villages.count ? villages[index + 1] : from
        case .up, .down, .pageUp, .pageDown:
            let forward = action == .down || action == .pageDown
            let repeats = action == .pageUp || action == .pageDown ? 8 : 1
            var line = at.line
            var result = from
            for _ in 0..<repeats {
                var l = line + (forward ? 1 : -1)
                while l >= 0, l < lines.count {
                    if case .tiles(let row) = lines[l] {
                        result = row[min(at.column, row.count - 1)]
                        line = l
                        break
                    }
                    l += forward ? 1 : -1
                }
            }
            return result
        case .top: return villages.first
        case .bottom: return villages.last
        default: return from
        }
    }
}
