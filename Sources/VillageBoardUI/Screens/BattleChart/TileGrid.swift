/// How the tiles of one level are laid out in the space there is: as many lines per tile as fit (three at least,
/// five on a big terminal), as many columns as the count needs, tiles as wide as the columns leave.
/// Tiles are `width` columns wide with one blank column between them, `lines` high with one blank line between rows.
struct TileGrid: Equatable {
    var count = 0
    var columns = 1
    var width = TileGrid.minimumWidth
    var lines = TileGrid.minimumLines
    /// Rows of tiles that fit on the screen at once; fewer than `rows` only when the level cannot fit (then it scrolls).
    var visibleRows = 1

    /// Narrow enough for five tiles across 80 columns, wide enough for a marker, a four-character name and a pair.
    static let minimumWidth = 15
    /// A tile narrower than this looks crowded on a big screen; wider ones only when the columns leave room.
    static let preferredWidth = 26
    /// The name, the unresolved households and people, and the tasks awaiting verification and overdue.
    static let minimumLines = 3
    /// With room: also the households left, and the colours of the units below (or a village's monitored and unmet).
    static let richLines = 5
    /// With more room still: the units below by name, a few to a line.
    static let maximumLines = 12

    var rows: Int { columns > 0 ? (count + columns - 1) / columns : 0 }
    /// Whether every tile is on the screen at once.
    var fits: Bool { rows <= visibleRows }

    init() {}

    /// The richest layout that puts all `count` tiles in `width`×`height`; when even three-line tiles at the narrowest
    /// do not fit, three-line tiles at the narrowest, to scroll.
    init(count: Int, width: Int, height: Int, mostLines: Int = TileGrid.richLines) {
        self.count = max(0, count)
        let maxColumns = max(1, (width + 1) / (Self.minimumWidth + 1))
        let top = max(Self.minimumLines, min(Self.maximumLines, mostLines))
        for lines in stride(from: top, through: Self.minimumLines, by: -1) {
            let maxRows = (height + 1) / (lines + 1)
            guard maxRows > 0 else { continue }
            let needed = (self.count + maxRows - 1) / maxRows
            guard needed <= maxColumns else { continue }
            // Not fewer columns than preferred widths fill, then balanced so the last row is not nearly empty.
            let preferred = min(max(1, self.count), max(1, (width + 1) / (Self.preferredWidth + 1)))
            var columns = min(maxColumns, max(needed, preferred, 1))
            let rows = max(1, (self.count + columns - 1) / columns)
            columns = max(1, (self.count + rows - 1) / rows)
            self.columns = columns
            self.lines = lines
            self.width = max(1, (width + 1) / columns - 1)
            self.visibleRows = maxRows
            return
        }
        columns = maxColumns
        lines = Self.minimumLines
        self.width = max(1, (width + 1) / columns - 1)
        visibleRows = max(1, (height + 1) / (lines + 1))
    }

    /// Where tile `index` starts, relative to the grid's top-left, with `scroll` rows scrolled away.
    func origin(of index: Int, scroll: Int) -> (x: Int, y: Int) {
        let row = index / max(1, columns), column = index % max(1, columns)
        return (column * (width + 1), (row - scroll) * (lines + 1))
    }

    /// The tile one step from `index` (left/right along the order, up/down a row keeping the column; a page is the
    /// rows on screen).
    func step(from index: Int, action: Action) -> Int {
        guard count > 0 else { return 0 }
        let last = count - 1
        switch action {
        case .left: return max(0, index - 1)
        case .right: return min(last, index + 1)
        case .up: return index - columns >= 0 ? index - columns : index
        case .down: return index + columns <= last ? index + columns : (index / columns < rows - 1 ? last : index)
        case .pageUp: return max(index % columns, index - columns * max(1, visibleRows))
        case .pageDown: return min(last, index + columns * max(1, visibleRows))
        case .top: return 0
        case .bottom: return last
        default: return index
        }
    }

    /// The first row to show so that the row of `index` is on screen, starting from `scroll`.
    func scroll(showing index: Int, from scroll: Int) -> Int {
        let row = index / max(1, columns)
        var s = scroll
        if row < s { s = row }
        if row >= s + visibleRows { s = row - visibleRows + 1 }
        return max(0, min(s, max(0, rows - visibleRows)))
    }
}
