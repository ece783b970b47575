import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The figures a report's bar charts show, one bar per unit.
enum ReportMetric: CaseIterable {
    case remaining, notMet

    var title: TextKey {
        switch self {
        case .remaining: "reports.chart.remaining"
        case .notMet: "reports.chart.notMet"
        }
    }

    func value(_ r: Rollup) -> Int {
        switch self {
        case .remaining: r.householdsRemaining
        case .notMet: r.itemsNotMet
        }
    }
}

/// One line of the reports page.
enum ReportLine: Equatable {
    case text(String, StyleName)
    case blank
    case tableHeader
    /// The scope's own totals (nil) or one unit under it.
    case tableRow(Int?)
    case rule
    case chartTitles([ReportMetric])
    case bars([ReportMetric], row: Int)
}

/// The reports page laid out for a width: summary paragraphs, the table, the bar charts (side by side when
/// there is room, else one under the other). Built on demand; it only reads roll-ups, so it costs the number of
/// units under the scope, never the number of households.
struct ReportPage {
    var lines: [ReportLine] = []
    var columns: [ReportColumn] = []
    var nameWidth = 8
    /// For each unit, the lines that show it.
    var rowLines: [[Int]] = []
    var report: ScopeReport?
    /// The largest value of each chart, for scaling the bars.
    var maxima: [ReportMetric: Int] = [:]
    var width: Int

    /// Charts go side by side from this width up.
    static let sideBySideWidth = 100

    init(report: ScopeReport?, ctx: ScreenContext, width: Int) {
        self.report = report
        self.width = width
        guard let report, width > 0 else { return }
        let t = ctx.text
        lines.append(.text(t("report.title", report.scope.name, report.asOf.iso), "title"))
        var context: [String] = []
        if let s = report.standard { context.append(t("report.standard", s.year, s.incomeLine)) }
        if let deadline = ctx.board.path(to: report.scope.code).reversed().compactMap(\.deadline).first {
            let days = report.asOf.days(until: deadline)
            context.append(days >= 0 ? t("chart.countdown", days) : t("chart.pastDeadline", -days))
        }
        if !context.isEmpty { lines.append(.text(context.joined(separator: "  "), "muted")) }
        for paragraph in ReportSummary.paragraphs(report.scope.rollup, text: t) {
            lines += DisplayWidth.wrap(paragraph, width: max(1, width - 1)).map { .text($0, .normal) }
        }
        lines.append(.blank)

        let rows = report.rows
        nameWidth = min(16, max(([report.scope] + rows).map { DisplayWidth.of($0.name) }.max() ?? 4,
                                DisplayWidth.of(t.unitHeader(short: true))))
        let chosen = ReportColumn.chosen(for: [report.scope] + rows, text: t, glyphs: ctx.glyphs, room: width - nameWidth - 1)
        columns = chosen.shown
        rowLines = Array(repeating: [], count: rows.count)
        if !chosen.hidden.isEmpty {
            // Columns left out for want of room are named, so a reader knows the table is not the whole report.
            let names = chosen.hidden.map(\.title).joined(separator: " ")
            let note = t("reports.hiddenColumns", chosen.hidden.count, names)
            lines += DisplayWidth.wrap(note, width: max(1, width - 1)).map { .text($0, "muted") }
        }
        lines.append(.tableHeader)
        lines.append(.tableRow(nil))
        if rows.isEmpty {
            lines.append(.text(t("reports.noUnits", report.scope.name), "muted"))
            appendBurnDown(report.burnDown, text: t)
            return
        }
        lines.append(.rule)
        for i in rows.indices {
            rowLines[i].append(lines.count)
            lines.append(.tableRow(i))
        }
        for metric in ReportMetric.allCases { maxima[metric] = rows.map { metric.value($0.rollup) }.max() ?? 0 }
        defer { appendBurnDown(report.burnDown, text: t) }
        let groups: [[ReportMetric]] = width >= Self.sideBySideWidth ? [ReportMetric.allCases] : ReportMetric.allCases.map { [$0] }
        for group in groups {
            lines.append(.blank)
            lines.append(.chartTitles(group))
            for i in rows.indices {
                rowLines[i].append(lines.count)
                lines.append(.bars(group, row: i))
            }
        }
    }

    /// The scope's burn-down as a table under the charts: where it counts from, the pace, one line a week.
    mutating func appendBurnDown(_ b: BurnDown, text t: Catalog) {
        lines.append(.blank)
        lines.append(.text(t("reports.burnDown.title"), "title"))
        for words in [BurnDownWords.context(b, text: t), BurnDownWords.pace(b, text: t)] {
            lines += DisplayWidth.wrap(words, width: max(1, width - 1)).map { .text($0, b.pace.behind ? "warning" : "muted") }
        }
        let table = BurnDownText.lines(b, text: t)
        if let header = table.first { lines.append(.text(header, "header")) }
        lines += table.dropFirst().map { .text($0, .normal) }
    }

    // MARK: Scrolling

    func maxScroll(height: Int) -> Int { max(0, lines.count - max(1, height)) }

    func isVisible(row: Int, scroll: Int, height: Int) -> Bool {
        guard rowLines.indices.contains(row) else { return false }
        return rowLines[row].contains { $0 >= scroll && $0 < scroll + height }
    }

    func firstVisibleRow(scroll: Int, height: Int) -> Int? {
        rowLines.indices.first { isVisible(row: $0, scroll: scroll, height: height) }
    }

    /// A scroll position that shows a line of `row` (its table row when none is shown), moving as little as it can.
    func scrollShowing(row: Int, scroll: Int, height: Int) -> Int {
        let clamped = min(scroll, maxScroll(height: height))
        guard rowLines.indices.contains(row), let line = rowLines[row].first,
              !isVisible(row: row, scroll: clamped, height: height) else { return clamped }
        if line < clamped { return line }
        return min(maxScroll(height: height), line - height + 1)
    }

    // MARK: Drawing

    func draw(_ line: ReportLine, selected: Int, ctx: ScreenContext, into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        guard let report else { return }
        switch line {
        case .text(let text, let style):
            canvas.put(text, x: x, y: y, style: style, maxWidth: width)
        case .blank:
            break
        case .tableHeader:
            canvas.fill(Rect(x: x, y: y, width: width, height: 1), style: "header")
            var cx = x + canvas.put(DisplayWidth.fit(ctx.text.unitHeader(short: true), to: nameWidth), x: x, y: y, style: "header",
                                    maxWidth: width)
            for column in columns where cx < x + width {
                cx += canvas.put(" " + DisplayWidth.fit(column.title, to: column.width, alignment: .right), x: cx, y: y,
                                 style: "header", maxWidth: x + width - cx)
            }
        case .tableRow(let index):
            let row = index.map { report.rows[$0] } ?? report.scope
            let isSelected = index == selected
            let base: StyleName = index == nil ? "title" : .normal
            if isSelected { canvas.fill(Rect(x: x, y: y, width: width, height: 1), style: "selection") }
            let style: StyleName = isSelected ? base.layered(with: "selection") : base
            var cx = x + canvas.put(DisplayWidth.fit(row.name, to: nameWidth), x: x, y: y, style: style, maxWidth: width)
            for column in columns where cx < x + width {
                let cell = column.value(row.rollup)
                let cellStyle: StyleName = cell.warn && !isSelected ? column.warnStyle : style
                cx += canvas.put(" ", x: cx, y: y, style: style, maxWidth: x + width - cx)
                cx += canvas.put(DisplayWidth.fitCell(cell.text, to: column.width, alignment: .right), x: cx, y: y,
                                 style: cellStyle, maxWidth: x + width - cx)
            }
        case .rule:
            canvas.drawHorizontalLine(x: x, y: y, width: width - 1, glyphs: ctx.glyphs, style: "chart.axis")
        case .chartTitles(let metrics):
            for (i, metric) in metrics.enumerated() {
                let slot = Self.slot(i, of: metrics.count, x: x, width: width)
                canvas.put(DisplayWidth.truncate(ctx.text(metric.title), to: slot.width), x: slot.x, y: y, style: "title", maxWidth: slot.width)
            }
        case .bars(let metrics, let index):
            let row = report.rows[index]
            for (i, metric) in metrics.enumerated() {
                let slot = Self.slot(i, of: metrics.count, x: x, width: width)
                drawBar(row: row, metric: metric, isSelected: index == selected, ctx: ctx, into: &canvas, slot: slot, y: y)
            }
        }
    }

    /// "靖宇县          ████████▍        108": the name, a bar scaled to the chart's largest value, the figure.
    func drawBar(row: ScopeReport.Row, metric: ReportMetric, isSelected: Bool, ctx: ScreenContext, into canvas: inout Canvas,
                 slot: (x: Int, width: Int), y: Int) {
        let value = metric.value(row.rollup)
        let top = maxima[metric] ?? 0
        let figureWidth = max(1, String(top).count)
        let barWidth = max(0, slot.width - nameWidth - figureWidth - 3)
        var cx = slot.x
        cx += canvas.put(DisplayWidth.fit(row.name, to: nameWidth), x: cx, y: y, style: isSelected ? "selection" : .normal,
                         maxWidth: slot.width)
        cx += 1
        let fraction = top > 0 ? Double(value) / Double(top) : 0
        cx += canvas.put(ctx.glyphs.bar(fraction: fraction, width: barWidth), x: cx, y: y, style: "chart.bar",
                         maxWidth: slot.x + slot.width - cx)
        cx += 1
        canvas.put(DisplayWidth.pad(String(value), to: figureWidth, alignment: .right), x: cx, y: y,
                   style: value > 0 ? .normal : "muted", maxWidth: max(0, slot.x + slot.width - cx))
    }

    /// The columns of chart `i` of `n` side by side.
    static func slot(_ i: Int, of n: Int, x: Int, width: Int) -> (x: Int, width: Int) {
        let gap = 3
        let each = max(0, (width - gap * (n - 1)) / max(1, n))
        return (x + i * (each + gap), each)
    }
}
