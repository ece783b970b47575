import TerminalKit
import VillageBoardCore

/// Villages placed by their coordinates on a character map of the scope.
struct MapPlot {
    /// Where each village with coordinates lands on a grid of the given size.
    var cells: [DivisionCode: (x: Int, y: Int)] = [:]

    init() {}

    init(board: Board, villages: [DivisionCode], width: Int, height: Int) {
        let placed = villages.compactMap { v in board.unit(v)?.coordinate.map { (v, $0) } }
        guard width > 2, height > 2, !placed.isEmpty else { return }
        var minLat = placed[0].1.latitude, maxLat = minLat, minLon = placed[0].1.longitude, maxLon = minLon
        for (_, c) in placed {
            minLat = min(minLat, c.latitude); maxLat = max(maxLat, c.latitude)
            minLon = min(minLon, c.longitude); maxLon = max(maxLon, c.longitude)
        }
        let latSpan = max(maxLat - minLat, 0.01), lonSpan = max(maxLon - minLon, 0.01)
        for (v, c) in placed {
            let x = Int(((c.longitude - minLon) / lonSpan * Double(width - 2)).rounded())
            let y = Int(((maxLat - c.latitude) / latSpan * Double(height - 1)).rounded())
            cells[v] = (x, y)
        }
    }

    /// The nearest village in a direction from `from`, judged on the map (perpendicular distance counts double).
    func step(from: DivisionCode, action: Action) -> DivisionCode {
        guard let at = cells[from] else { return from }
        var best: (DivisionCode, Int)?
        for (v, p) in cells where v != from {
            let dx = p.x - at.x, dy = (p.y - at.y) * 2
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
            if best == nil || cost < best!.1 || (cost == best!.1 && v < best!.0) { best = (v, cost) }
        }
        return best?.0 ?? from
    }
}
