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
    /// 0: always shown; the others are added, lowest first, while they fit.
    var priority: Int
    /// Where the column stands, left to right.
    var order: Int

    /// Every column, in order.
    static func all(text t: Catalog, glyphs: GlyphSet) -> [ReportColumn] {
        func count(_ f: @escaping (Rollup) -> Int, warn: Bool = false) -> (Rollup) -> (text: String, warn: Bool) {
            { r in (String(f(r)), warn && f(r) > 0) }
        }
        var columns = [
            ReportColumn(title: t("reports.col.registered"), value: count(\.householdsRegistered), priority: 0, order: 0),
            ReportColumn(title: t("reports.col.registeredPeople"), value: count(\.peopleRegistered), priority: 6, order: 1),
            ReportColumn(title: t("reports.col.out"), value: count(\.householdsOut), priority: 2, order: 2),
            ReportColumn(title: t("reports.col.remaining"), value: count(\.householdsRemaining, warn: true), priority: 0, order: 3),
            ReportColumn(title: t("reports.col.remainingPeople"), value: count(\.peopleRemaining), priority: 0, order: 4),
            ReportColumn(title: t("reports.col.incidence"), value: { r in (r.incidence.map { ReportText.percent($0) } ?? "—", false) },
                         priority: 0, order: 5),
            ReportColumn(title: t("reports.col.monitored"), value: count(\.householdsMonitored), warnStyle: "status.pending",
                         priority: 0, order: 6),
            ReportColumn(title: t("reports.col.notMet"), value: count(\.itemsNotMet, warn: true), priority: 0, order: 7),
        ]
        for (i, item) in ChecklistItem.allCases.enumerated() {
            columns.append(ReportColumn(title: t.shortName(item) + glyphs.notMet, value: count({ $0.notMet[item] }, warn: true),
                                        priority: 3, order: 8 + i))
        }
        let next = 8 + ChecklistItem.allCases.count
        columns += [
            ReportColumn(title: t("reports.col.open"), value: count(\.tasksOpen), priority: 4, order: next),
            ReportColumn(title: t("reports.col.awaiting"), value: count(\.tasksDone), warnStyle: "status.pending",
                         priority: 0, order: next + 1),
            ReportColumn(title: t("reports.col.verified"), value: count(\.tasksVerified), priority: 5, order: next + 2),
            ReportColumn(title: t("reports.col.overdue"), value: count(\.tasksOverdue, warn: true), warnStyle: "status.overdue",
                         priority: 0, order: next + 3),
        ]
        return columns
    }

    /// The columns that fit in `room` display columns (each takes its width plus one space), sized to the
    /// figures of `rows`: the essential ones, then the optional ones by priority, whole groups at a time.
    static func chosen(for rows: [ScopeReport.Row], text: Catalog, glyphs: GlyphSet, room: Int) -> [ReportColumn] {
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
        return shown.sorted { $0.order < $1.order }
    }
}
