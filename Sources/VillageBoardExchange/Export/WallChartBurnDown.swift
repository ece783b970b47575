import VillageBoardCore

/// The printed chart's burn-down as SVG: unresolved households week by week (a solid line with dots), and from
/// today a dotted line to zero on the deadline (the pace needed), the deadline a dashed upright. Lines differ by
/// dash, not by colour, so it reads in black and white.
struct WallChartBurnDown {
    let series: BurnDown
    let neededLabel: String
    static let width = 600.0, height = 260.0
    static let left = 56.0, right = 20.0, top = 16.0, bottom = 36.0

    func svg(escape esc: (String) -> String) -> String {
        let points = series.points
        guard let first = points.first, let last = points.last else { return "" }
        let endDay = max(last.day, series.deadline ?? last.day)
        let span = Double(max(1, first.day.days(until: endDay)))
        let topValue = max(1, points.map(\.figures.households).max() ?? 1)
        let plotW = Self.width - Self.left - Self.right, plotH = Self.height - Self.top - Self.bottom
        func x(_ d: Day) -> Double { Self.left + Double(first.day.days(until: d)) / span * plotW }
        func y(_ v: Int) -> Double { Self.top + plotH - Double(v) / Double(topValue) * plotH }
        let n = WallChartMap.n
        var out = "<svg viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" role=\"img\" font-size=\"12\">\n"
        let axisY = n(Self.top + plotH), leftX = n(Self.left)
        out += "<polyline points=\"\(leftX),\(n(Self.top)) \(leftX),\(axisY) \(n(Self.width - Self.right)),\(axisY)\" "
            + "fill=\"none\" stroke=\"#000\" stroke-width=\"1.5\"/>\n"
        out += "<text x=\"\(n(Self.left - 6))\" y=\"\(n(Self.top + 10))\" text-anchor=\"end\">\(topValue)</text>\n"
        out += "<text x=\"\(n(Self.left - 6))\" y=\"\(axisY)\" text-anchor=\"end\">0</text>\n"
        out += "<text x=\"\(leftX)\" y=\"\(n(Self.height - 12))\">\(first.day.iso)</text>\n"
        if let deadline = series.deadline {
            let dx = n(x(deadline))
            out += "<line x1=\"\(dx)\" y1=\"\(n(Self.top))\" x2=\"\(dx)\" y2=\"\(axisY)\" stroke=\"#000\" stroke-dasharray=\"6 4\"/>\n"
            out += "<text x=\"\(dx)\" y=\"\(n(Self.height - 12))\" text-anchor=\"end\">\(deadline.iso)</text>\n"
            if last.figures.households > 0, last.day < deadline {
                out += "<line x1=\"\(n(x(last.day)))\" y1=\"\(n(y(last.figures.households)))\" x2=\"\(dx)\" y2=\"\(axisY)\" "
                    + "stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>\n"
                out += "<text x=\"\(n((x(last.day) + x(deadline)) / 2 + 4))\" y=\"\(n((y(last.figures.households) + Self.top + plotH) / 2 - 6))\">"
                    + esc(neededLabel) + "</text>\n"
            }
        }
        if last.day != first.day && (series.deadline.map { x($0) - x(last.day) > 90 } ?? true) {
            out += "<text x=\"\(n(x(last.day)))\" y=\"\(n(Self.height - 12))\" text-anchor=\"middle\">\(last.day.iso)</text>\n"
        }
        let line = points.map { "\(n(x($0.day))),\(n(y($0.figures.households)))" }.joined(separator: " ")
        out += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"#000\" stroke-width=\"2.5\"/>\n"
        for p in points {
            out += "<circle cx=\"\(n(x(p.day)))\" cy=\"\(n(y(p.figures.households)))\" r=\"3.5\" fill=\"#000\"/>\n"
        }
        out += "<text x=\"\(n(x(last.day) + 6))\" y=\"\(n(y(last.figures.households) - 6))\" font-weight=\"bold\">"
            + "\(last.figures.households)</text>\n"
        return out + "</svg>\n"
    }
}
