import VillageBoardCore

/// A burn-down in words, in one language: where its history begins, the pace and the verdict, and the series as
/// table cells. The screen, `report` and the printed wall chart all say it with these.
public enum BurnDownWords {
    /// "自 2020-06-01 起统计，此前无操作记录 · 截止 2020-12-31": where the history begins, and the deadline.
    public static func context(_ b: BurnDown, text t: Catalog) -> String {
        var parts = [b.points.count > 1 ? t("burndown.countsFrom", b.countsFrom.iso) : t("burndown.noHistory", b.countsFrom.iso)]
        if let deadline = b.deadline { parts.append(t("burndown.deadline", deadline.iso)) }
        return parts.joined(separator: " · ")
    }

    /// "按此速度：2020-11-14；需要：每周 9 户 · 落后": the pace, the need and the verdict.
    public static func pace(_ b: BurnDown, text t: Catalog) -> String {
        var parts: [String] = []
        if b.now.households == 0 {
            parts.append(t("burndown.atPace.done"))
        } else if let projected = b.pace.projected {
            parts.append(t("burndown.atPace", projected.iso))
        } else {
            parts.append(t(b.pace.perWeek == nil ? "burndown.atPace.unknown" : "burndown.atPace.never"))
        }
        if let needed = b.pace.needed { parts.append(t("burndown.needed", needed)) }
        if let deadline = b.deadline, b.now.households > 0, deadline < b.points.last?.day ?? deadline {
            parts.append(t("chart.pastDeadline", deadline.days(until: b.points.last?.day ?? deadline)))
        }
        if let verdict = verdict(b, text: t) { parts.append(verdict) }
        return parts.joined(separator: t("burndown.separator"))
    }

    /// "落后" or "按期"; nil when there is nothing to judge (no deadline, none left, or no pace measured yet).
    public static func verdict(_ b: BurnDown, text t: Catalog) -> String? {
        guard b.deadline != nil, b.now.households > 0, b.pace.perWeek != nil || b.pace.behind else { return nil }
        return t(b.pace.behind ? "burndown.behind" : "burndown.onTrack")
    }

    /// Households fewer a week, one decimal ("2.5"); "–" without a pace.
    public static func perWeek(_ b: BurnDown) -> String {
        guard let p = b.pace.perWeek else { return "–" }
        let tenths = (p * 10).rounded()
        // A figure no file can make finite and sane is shown as "–" rather than trapping on conversion.
        guard tenths.isFinite, abs(tenths) < 1e15 else { return "–" }
        let n = Int(tenths)
        return (n < 0 ? "-" : "") + "\(abs(n) / 10).\(abs(n) % 10)"
    }

    /// The series as a table: day, then the three figures, oldest first.
    public static func table(_ b: BurnDown, text t: Catalog) -> (headers: [String], rows: [[String]]) {
        let headers = [t("burndown.col.day"), t("burndown.col.households"), t("burndown.col.items"), t("burndown.col.tasks")]
        let rows = b.points.map { [$0.day.iso, String($0.figures.households), String($0.figures.items), String($0.figures.tasks)] }
        return (headers, rows)
    }

}
