import VillageBoardCore

/// The areas of the units one level below the scope (counties on a city's map, townships on a county's; on a
/// township's map, the township itself): each cell near a village belongs to the unit of the nearest village, found
/// by one breadth-first sweep from every village at once, so the cost is the map's cells, not cells × villages.
/// Cells where two areas meet, or an area meets the outside, are the outline drawn between regions.
struct MapRegions {
    /// The units whose areas these are.
    var units: [DivisionCode] = []
    /// Per cell: index into `units`, or -1 outside every area.
    var owner: [Int] = []
    /// Per cell: whether the outline passes there.
    var outline: [Bool] = []
    /// Per unit: the middle of its villages' cells, where its name goes.
    var centres: [(x: Int, y: Int)] = []

    init() {}

    init(plot: MapPlot, region: (DivisionCode) -> DivisionCode?) {
        let width = plot.width, height = plot.height
        guard width > 0, height > 0 else { return }
        var index: [DivisionCode: Int] = [:]
        owner = Array(repeating: -1, count: width * height)
        var distance = Array(repeating: Int.max, count: width * height)
        var sums: [(x: Int, y: Int, n: Int)] = []
        var queue: [Int] = []
        for group in plot.groups {
            guard let first = group.villages.first, let unit = region(first) else { continue }
            let u: Int
            if let known = index[unit] { u = known } else {
                u = units.count
                index[unit] = u
                units.append(unit)
                sums.append((0, 0, 0))
            }
            let cell = group.y * width + group.x
            owner[cell] = u
            distance[cell] = 0
            queue.append(cell)
            sums[u].x += group.x
            sums[u].y += group.y
            sums[u].n += 1
        }
        centres = sums.map { $0.n > 0 ? ($0.x / $0.n, $0.y / $0.n) : (0, 0) }
        // How far an area reaches past its villages: a few cells, more on a bigger map (rows count double, as
        // terminal cells are about twice as tall as wide).
        let reach = max(2, min(width, height * 2) / 8)
        var head = 0
        while head < queue.count {
            let cell = queue[head]
            head += 1
            let x = cell % width, y = cell / width
            let d = distance[cell]
            for (nx, ny, cost) in [(x - 1, y, 1), (x + 1, y, 1), (x, y - 1, 2), (x, y + 1, 2)] {
                guard nx >= 0, ny >= 0, nx < width, ny < height else { continue }
                let next = ny * width + nx
                guard distance[next] == Int.max, d + cost <= reach else { continue }
                distance[next] = d + cost
                owner[next] = owner[cell]
                queue.append(next)
            }
        }
        outline = Array(repeating: false, count: width * height)
        // One area alone (a township's own map) needs no outline: there is nothing to tell it apart from.
        guard units.count > 1 else { return }
        for y in 0..<height {
            for x in 0..<width {
                let o = owner[y * width + x]
                guard o >= 0 else { continue }
                // Against another area: the line on one side only (right and below), so it is one cell thick.
                // Against the outside: on the inside edge, all four ways.
                // Past the map's frame counts as the same area: the frame is not a boundary.
                let right = x + 1 < width ? owner[y * width + x + 1] : o
                let below = y + 1 < height ? owner[(y + 1) * width + x] : o
                let left = x > 0 ? owner[y * width + x - 1] : o
                let above = y > 0 ? owner[(y - 1) * width + x] : o
                let betweenAreas = (right >= 0 && right != o) || (below >= 0 && below != o)
                let atEdge = right < 0 || below < 0 || left < 0 || above < 0
                outline[y * width + x] = betweenAreas || atEdge
            }
        }
    }
}
