import VillageBoardCore
import VillageBoardText

/// The report's opening paragraphs in the article's manner: households and people registered, out and left,
/// the incidence; monitored households; unmet items per item; tasks by state.
enum ReportSummary {
    static func paragraphs(_ r: Rollup, text t: Catalog) -> [String] {
        let incidence = r.incidence.map { ReportText.percent($0) } ?? "—"
        let items = ChecklistItem.allCases.map { t("reports.summary.item", t.name($0), r.notMet[$0]) }
        return [
            t("reports.summary.households", r.householdsRegistered, r.peopleRegistered, r.householdsOut, r.peopleOut,
              r.householdsRemaining, r.peopleRemaining, incidence),
            t("reports.summary.monitored", r.householdsMonitored, r.peopleMonitored, r.villages, r.poorVillages),
            t("reports.summary.notMet", items.joined(separator: t("reports.summary.separator")), r.itemsNotMet),
            t("reports.summary.tasks", r.tasksOpen, r.tasksDone, r.tasksVerified, r.tasksOverdue),
            // Village-level gaps beside the households' (issue 13).
            t("taskflow.summary.targets", r.villageTargetsNotMet, r.villages),
        ]
    }
}
