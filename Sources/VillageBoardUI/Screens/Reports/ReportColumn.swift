import TerminalKit
import VillageBoardCore
import VillageBoardText

/// One figure column of the reports table: its header, width, how to read it from a roll-up, and how
/// important it is when the screen is narrow.
struct ReportColumn {
    var title: String
    var width = 0
    var value: (Rollup) -> (text: String, warn: Bool)
    /// The style of a figure that needs attention (households left, unmet items, overdue tasks).
    var warnStyle: StyleName = "status.unresolved"
    /// 0: always shown; the others are added, lowest first, while they fit (below 10 the figures a narrow window
    /// keeps longest, one at a time; from 10 the optional groups).
    var priority: Int
    /// Where the column stands, left to right.
    var order: Int

    /// Every column, in order: the figures of `ReportFigure` the screen shows, with their short headers.
    static func all(text t: Catalog, glyphs: GlyphSet) -> [ReportColumn] {
        // (figure, priority, the style of a figure above zero that needs attention; nil: never highlighted)
        let figures: [(ReportFigure, Int, StyleName?)] =
            [(.households, 15, nil), (.householdsRegistered, 4, nil), (.peopleRegistered, 60, nil), (.householdsOut, 20, nil),
             (.householdsRemaining, 0, "status.unresolved"), (.peopleRemaining, 5, nil), (.incidence, 7, nil),
             (.householdsMonitored, 6, nil), (.householdsUnresolved, 8, "status.unresolved"), (.peopleUnresolved, 9, nil),
             (.itemsNotMet, 1, "status.unresolved"), (.villageTargetsNotMet, 10, "status.unresolved")]
            + ChecklistItem.allCases.map { (.notMet($0), 30, "status.unresolved") }
            + [(.tasksOpen, 40, nil), (.tasksDone, 2, nil), (.tasksVerified, 50, nil), (.tasksOverdue, 3, "status.overdue")]
        return figures.enumerated().map { order, entry in
            let (figure, priority, warn) = entry
            let title = t.shortHeader(figure) + (isItem(figure) ? glyphs.notMet : "")
            return ReportColumn(title: title, value: { r in
                (figure.cell(r) ?? "", warn != nil && (figure.count(r) ?? 0) > 0)
            }, warnStyle: warn ?? "status.unresolved", priority: priority, order: order)
        }
    }

    private static func isItem(_ figure: ReportFigure) -> Bool {
        if case .notMet = figure { return true }
        return false
    }

    /// The columns that fit in `room` display columns (each takes its width plus one space), sized to the
    /// figures of `rows`: the essential one, then the others by priority, whole groups at a time. A column that does
    /// not fit is left out whole, never cut (a cut 156 would read 15); `hidden` says which, for the page to tell.
    static func chosen(for rows: [ScopeReport.Row], text: Catalog, glyphs: GlyphSet, room: Int)
        -> (shown: [ReportColumn], hidden: [ReportColumn]) {
        var columns = all(text: text, glyphs: glyphs)
        for i in columns.indices {
            let widest = rows.map { DisplayWidth.of(columns[i].value($0.rollup).text) }.max() ?? 1
            columns[i].width = max(DisplayWidth.of(columns[i].title), widest)
        }
        func cost(_ cs: [ReportColumn]) -> Int { cs.reduce(0) { $0 + $1.width + 1 } }
        var shown = columns.filter { $0.priority == 0 }
        var used = cost(shown)
        for priority in Set(columns.map(\.priority)).subtracting([0]).sorted() {
            let group = columns.filter { $0.priority == priority }
            if used + cost(group) <= room {
                shown += group
                used += cost(group)
            }
        }
        let kept = Set(shown.map(\.order))
        return (shown.sorted { $0.order < $1.order }, columns.filter { !kept.contains($0.order) })
    }
}
