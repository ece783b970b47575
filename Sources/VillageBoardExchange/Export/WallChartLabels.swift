/// Where the printed map's unit names go: near the centre of their villages but off the village glyphs and off each
/// other, so a name never hides a village's state (a glyph under a name was unreadable on paper in dense counties).
struct WallChartLabels {
    /// A rectangle in the SVG's units.
    struct Box {
        var x0: Double, y0: Double, x1: Double, y1: Double

        func overlap(_ b: Box) -> Double {
            max(0, min(x1, b.x1) - max(x0, b.x0)) * max(0, min(y1, b.y1) - max(y0, b.y0))
        }
    }

    /// What a name to place looks like.
    struct Name {
        var text: String
        var centre: WallChartMap.Point
        var size: Double
    }

    /// Boxes already taken: the glyphs (and their counts), then each name as it is placed.
    private(set) var taken: [Box]

    init(glyphs: [WallChartMap.Point]) {
        // A glyph is drawn 20 units high centred on its point; its "×N" count sits up and to the right.
        taken = glyphs.map { Box(x0: $0.x - 10, y0: $0.y - 17, x1: $0.x + 30, y1: $0.y + 11) }
    }

    /// The box of `text` at `size` with its baseline centred at `at` (a Chinese character is about as wide as the
    /// font size, a Latin one about half).
    static func box(_ text: String, size: Double, at: WallChartMap.Point) -> Box {
        let width = text.unicodeScalars.reduce(0.0) { $0 + ($1.value >= 0x2E80 ? size : size * 0.6) }
        return Box(x0: at.x - width / 2, y0: at.y - size * 0.85, x1: at.x + width / 2, y1: at.y + size * 0.2)
    }

    /// Places `name`: the first of the candidate spots, nearest the centre first, that touches nothing taken, else
    /// the one that covers least; the chosen box is then taken.
    mutating func place(_ name: Name, within bounds: Box) -> WallChartMap.Point {
        var best = name.centre, bestCover = Double.infinity
        let step = name.size * 1.1
        var candidates = [name.centre]
        for ring in 1...4 {
            let d = step * Double(ring)
            for (dx, dy) in [(0.0, -d), (0, d), (-d * 1.5, 0), (d * 1.5, 0), (-d, -d), (d, -d), (-d, d), (d, d)] {
                candidates.append(WallChartMap.Point(x: name.centre.x + dx, y: name.centre.y + dy))
            }
        }
        for spot in candidates {
            let b = Self.box(name.text, size: name.size, at: spot)
            guard b.x0 >= bounds.x0, b.x1 <= bounds.x1, b.y0 >= bounds.y0, b.y1 <= bounds.y1 else { continue }
            let cover = taken.reduce(0) { $0 + $1.overlap(b) }
            if cover < bestCover {
                best = spot
                bestCover = cover
                if cover == 0 { break }
            }
        }
        taken.append(Self.box(name.text, size: name.size, at: best))
        return best
    }
}
