import TerminalKit
import VillageBoardCore

/// Villages placed by their coordinates on a character map of the scope, worked out once per open, size or save
/// (never per key): villages that land on one cell form a group drawn as their count, so none hides another.
struct MapPlot {
    /// Villages on one cell, in chart order.
    struct Group {
        var x: Int
        var y: Int
        var villages: [DivisionCode]
    }

    var width = 0
    var height = 0
    var groups: [Group] = []
    /// The group each placed village is in.
    var groupOf: [DivisionCode: Int] = [:]
    /// Per cell (y * width + x): the group there, or -1.
    var groupAt: [Int] = []
    /// Villages with no coordinates: not drawn, but counted in the legend.
    var unplaced = 0

    init() {}

    init(board: Board, villages: [DivisionCode], width: Int, height: Int) {
        let placed = villages.compactMap { v in board.unit(v)?.coordinate.map { (v, $0) } }
        unplaced = villages.count - placed.count
        guard width > 2, height > 2, !placed.isEmpty else { return }
        self.width = width
        self.height = height
        var minLat = placed[0].1.latitude, maxLat = minLat, minLon = placed[0].1.longitude, maxLon = minLon
        for (_, c) in placed {
            minLat = min(minLat, c.latitude); maxLat = max(maxLat, c.latitude)
            minLon = min(minLon, c.longitude); maxLon = max(maxLon, c.longitude)
        }
        let latSpan = max(maxLat - minLat, 0.01), lonSpan = max(maxLon - minLon, 0.01)
        groupAt = Array(repeating: -1, count: width * height)
        for (v, c) in placed {
            let fx = (c.longitude - minLon) / lonSpan * Double(width - 1)
            let fy = (maxLat - c.latitude) / latSpan * Double(height - 1)
            // Coordinates come from files: a NaN or an infinity lands on the edge instead of trapping.
            let x = fx.isFinite ? min(width - 1, max(0, Int(fx.rounded()))) : 0
            let y = fy.isFinite ? min(height - 1, max(0, Int(fy.rounded()))) : 0
            let cell = y * width + x
            if groupAt[cell] < 0 {
                groupAt[cell] = groups.count
                groups.append(Group(x: x, y: y, villages: []))
            }
            groupOf[v] = groupAt[cell]
            groups[groupAt[cell]].villages.append(v)
        }
    }

    /// The group on a cell, if any.
    func group(x: Int, y: Int) -> Int? {
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        let g = groupAt[y * width + x]
        return g >= 0 ? g : nil
    }

    /// The village one step from `from`: left and right first go through the villages of its own group, then to the
    /// nearest group that way; up and down to the nearest group that way (perpendicular distance counts double).
    func step(from: DivisionCode, action: Action) -> DivisionCode {
        guard let g = groupOf[from] else { return from }
        let here = groups[g]
        if let i = here.villages.firstIndex(of: from) {
            if action == .right, i + 1 < here.villages.count { return here.villages[i + 1] }
            if action == .left, i > 0 { return here.villages[i - 1] }
        }
        var best: (group: Int, cost: Int)?
        for (index, other) in groups.enumerated() where index != g {
            let dx = other.x - here.x, dy = (other.y - here.y) * 2
            let ahead: Int, side: Int
            switch action {
            case .right: ahead = dx; side = abs(dy)
            case .left: ahead = -dx; side = abs(dy)
            case .down: ahead = dy; side = abs(dx)
            case .up: ahead = -dy; side = abs(dx)
            default: return from
            }
            guard ahead > 0 else { continue }
            let cost = ahead + 2 * side
            if let b = best, b.cost <= cost { continue }
            best = (index, cost)
        }
        guard let b = best else { return from }
        let villages = groups[b.group].villages
        return (action == .left ? villages.last : villages.first) ?? from
    }
}
