import TerminalKit
import VillageBoardCore
import VillageBoardText

/// A burn-down as aligned text: the table on the reports page and in `report --burn-down` (words: `BurnDownWords`).
public enum BurnDownText {
    /// The table as aligned lines (Chinese headers line up by display width; figures to the right).
    public static func lines(_ b: BurnDown, text t: Catalog) -> [String] {
        let (headers, rows) = BurnDownWords.table(b, text: t)
        var widths = headers.map { DisplayWidth.of($0) }
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                DisplayWidth.pad(Sanitizer.sanitize(cell), to: widths[i], alignment: i == 0 ? .left : .right)
            }.joined(separator: "  ")
        }
        return [line(headers)] + rows.map(line)
    }

    /// The whole burn-down for `report`'s text format: title, context, pace, table.
    public static func render(_ b: BurnDown, text t: Catalog) -> String {
        ([t("reports.burnDown.title"), BurnDownWords.context(b, text: t), BurnDownWords.pace(b, text: t)] + lines(b, text: t)).joined(separator: "\n") + "\n"
    }
}
