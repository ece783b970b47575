import VillageBoardCore

/// The printed chart's map as SVG: villages at their coordinates (a glyph per state, so colour is not needed),
/// each unit under the scope outlined (the hull of its villages) and named at its centre, the level below named
/// smaller. Villages too close to draw apart share one glyph with their count, never overlapping silently.
struct WallChartMap {
    let board: Board
    let scope: DivisionCode
    static let width = 1000.0, height = 932.0, margin = 60.0
    /// Villages closer than this (in the SVG's units) are drawn as one group.
    static let cell = 18.0

    static func glyph(_ colour: VillageColour) -> String {
        switch colour {
        case .red: "✗"
        case .amber: "!"
        case .green: "✓"
        case .grey: "–"
        }
    }

    /// Worst first: the glyph a group shows.
    static func rank(_ colour: VillageColour) -> Int {
        switch colour {
        case .red: 3
        case .amber: 2
        case .green: 1
        case .grey: 0
        }
    }

    struct Point { var x: Double; var y: Double }

    func svg(escape esc: (String) -> String) -> String {
        let villages = board.villages(under: scope)
        let placed = villages.compactMap { v in board.unit(v)?.coordinate.map { (v, $0) } }
        var out = "<svg viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" role=\"img\">\n"
        guard !placed.isEmpty else { return out + "</svg>\n" }
        let project = projection(placed.map(\.1))
        var at: [DivisionCode: Point] = [:]
        for (v, c) in placed { at[v] = project(c) }

        let under = board.unit(scope)?.level == .village ? [] : (board.children[scope] ?? [])
        // Outlines first (under everything), then the villages, then the names on top.
        for (i, unit) in under.enumerated() {
            let points = board.villages(under: unit).compactMap { at[$0] }
            guard !points.isEmpty else { continue }
            let hull = Self.padded(Self.hull(points), by: 16)
            let path = hull.map { "\(Self.n($0.x)),\(Self.n($0.y))" }.joined(separator: " ")
            let fill = i % 2 == 0 ? "#f2f2f2" : "#e4e4e4"
            out += "<polygon points=\"\(path)\" fill=\"\(fill)\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"8 4\"/>\n"
        }
        let (glyphs, centres) = groups(at: at)
        out += glyphs
        // The bigger names are placed first, then the level below around them, all off the glyphs.
        var labels = WallChartLabels(glyphs: centres)
        let bounds = WallChartLabels.Box(x0: 0, y0: 0, x1: Self.width, y1: Self.height)
        let grandchildren = under.flatMap { board.children[$0] ?? [] }.filter { board.unit($0)?.level != .village }
        for (codes, size, weight) in [(under, 26, "bold"), (grandchildren, 15, "normal")] {
            for code in codes {
                let points = board.villages(under: code).compactMap { at[$0] }
                guard !points.isEmpty, let name = board.unit(code)?.name else { continue }
                let c = labels.place(WallChartLabels.Name(text: name, centre: Self.centre(points), size: Double(size)), within: bounds)
                out += "<text x=\"\(Self.n(c.x))\" y=\"\(Self.n(c.y))\" font-size=\"\(size)\" font-weight=\"\(weight)\" "
                    + "text-anchor=\"middle\" fill=\"#000\" stroke=\"#fff\" stroke-width=\"\(size / 4)\" paint-order=\"stroke\">"
                    + esc(name) + "</text>\n"
            }
        }
        return out + "</svg>\n"
    }

    /// The villages' glyphs, grouped by cell: one glyph (the worst state) and the count when several share a cell;
    /// a village's name beside it when the map holds few enough villages to read them.
    /// Returns the SVG and where each glyph stands (for placing the names off them).
    func groups(at: [DivisionCode: Point]) -> (svg: String, centres: [Point]) {
        var cells: [Int: [DivisionCode]] = [:]
        var order: [Int] = []
        for v in at.keys.sorted() {
            guard let p = at[v] else { continue }
            let key = Int(p.y / Self.cell) * 10_000 + Int(p.x / Self.cell)
            if cells[key] == nil { order.append(key) }
            cells[key, default: []].append(v)
        }
        let named = at.count <= 40
        var out = ""
        var centres: [Point] = []
        for key in order {
            guard let members = cells[key], let first = members.first else { continue }
            let points = members.compactMap { at[$0] }
            let c = Self.centre(points)
            centres.append(Point(x: c.x, y: c.y))
            let worst = members.map { board.colour(of: $0) }.max { Self.rank($0) < Self.rank($1) } ?? .grey
            out += "<text x=\"\(Self.n(c.x))\" y=\"\(Self.n(c.y + 7))\" font-size=\"20\" font-weight=\"bold\" text-anchor=\"middle\" "
                + "class=\"\(worst.rawValue)\" fill=\"\(Self.ink(worst))\">\(Self.glyph(worst))</text>\n"
            if members.count > 1 {
                out += "<text x=\"\(Self.n(c.x + 10))\" y=\"\(Self.n(c.y - 6))\" font-size=\"12\" fill=\"#000\">×\(members.count)</text>\n"
            } else if named, let name = board.unit(first)?.name {
                out += "<text x=\"\(Self.n(c.x + 12))\" y=\"\(Self.n(c.y + 5))\" font-size=\"12\" fill=\"#000\">"
                    + PrintSheets.escape(name) + "</text>\n"
            }
        }
        return (out, centres)
    }

    static func ink(_ colour: VillageColour) -> String {
        switch colour {
        case .red: "#c00000"
        case .amber: "#b07000"
        case .green: "#007a00"
        case .grey: "#777777"
        }
    }

    /// Longitude and latitude to the SVG's units, north up, keeping the map's proportions (a degree of longitude
    /// is shorter than one of latitude by the cosine of the latitude).
    func projection(_ coordinates: [Coordinate]) -> (Coordinate) -> Point {
        let lats = coordinates.map(\.latitude).filter(\.isFinite), lons = coordinates.map(\.longitude).filter(\.isFinite)
        let minLat = lats.min() ?? 0, maxLat = lats.max() ?? 0, minLon = lons.min() ?? 0, maxLon = lons.max() ?? 0
        let squash = max(0.1, cosine(degrees: (minLat + maxLat) / 2))
        let spanX = max(1e-6, (maxLon - minLon) * squash), spanY = max(1e-6, maxLat - minLat)
        let scale = min((Self.width - 2 * Self.margin) / spanX, (Self.height - 2 * Self.margin) / spanY)
        let offsetX = (Self.width - spanX * scale) / 2, offsetY = (Self.height - spanY * scale) / 2
        return { c in
            let lon = c.longitude.isFinite ? c.longitude : minLon, lat = c.latitude.isFinite ? c.latitude : minLat
            return Point(x: offsetX + (lon - minLon) * squash * scale, y: offsetY + (maxLat - lat) * scale)
        }
    }

    /// cos by its series (Core and this target use no Foundation); accurate far beyond a printed map's needs.
    func cosine(degrees: Double) -> Double {
        let x = degrees * .pi / 180
        var term = 1.0, sum = 1.0
        for k in 1...10 {
            term *= -x * x / Double((2 * k - 1) * (2 * k))
            sum += term
        }
        return sum
    }

    static func centre(_ points: [Point]) -> Point {
        let n = Double(max(1, points.count))
        return Point(x: points.map(\.x).reduce(0, +) / n, y: points.map(\.y).reduce(0, +) / n)
    }

    /// The convex hull (monotone chain), counter-clockwise.
    static func hull(_ points: [Point]) -> [Point] {
        let p = points.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
        guard p.count > 2 else { return p }
        func cross(_ o: Point, _ a: Point, _ b: Point) -> Double { (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x) }
        var lower: [Point] = [], upper: [Point] = []
        for q in p {
            while lower.count >= 2 && cross(lower[lower.count - 2], lower[lower.count - 1], q) <= 0 { lower.removeLast() }
            lower.append(q)
        }
        for q in p.reversed() {
            while upper.count >= 2 && cross(upper[upper.count - 2], upper[upper.count - 1], q) <= 0 { upper.removeLast() }
            upper.append(q)
        }
        return Array(lower.dropLast() + upper.dropLast())
    }

    /// The hull pushed out from its centre, so the outline passes around the glyphs, not through them; one or two
    /// villages get a box around them.
    static func padded(_ hull: [Point], by pad: Double) -> [Point] {
        if hull.count < 3 {
            let xs = hull.map(\.x), ys = hull.map(\.y)
            let x0 = (xs.min() ?? 0) - pad, x1 = (xs.max() ?? 0) + pad, y0 = (ys.min() ?? 0) - pad, y1 = (ys.max() ?? 0) + pad
            return [Point(x: x0, y: y0), Point(x: x1, y: y0), Point(x: x1, y: y1), Point(x: x0, y: y1)]
        }
        let c = centre(hull)
        return hull.map { p in
            let dx = p.x - c.x, dy = p.y - c.y
            let d = max(1e-6, (dx * dx + dy * dy).squareRoot())
            return Point(x: p.x + dx / d * pad, y: p.y + dy / d * pad)
        }
    }

    /// A coordinate for the SVG: one decimal, no exponent.
    static func n(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let tenths = Int((min(max(v, -1e6), 1e6) * 10).rounded())
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
