import Foundation
import TerminalKit

/// The printed table: one row per measurement, one column per store size, each cell checked against the
/// issue's target where one is set (≤ 20,000 households: the small target; 500,000 up to a million: the large one;
/// 1,000,000 and more: the huge one — issue 18's three columns).
struct Table {
    /// A target: the limit at 20,000, at 500,000 and at 1,000,000 households; for a ratio, the floor instead.
    struct Target {
        var small: Double?
        var large: Double?
        var huge: Double?
        var text: String
        var atLeast = false

        init(small: Double?, large: Double?, huge: Double?, text: String, atLeast: Bool = false) {
            (self.small, self.large, self.huge, self.text, self.atLeast) = (small, large, huge, text, atLeast)
        }

        func limit(for households: Int) -> Double? {
            if households <= 20_000 { return small }
            if households >= 1_000_000 { return huge }
            if households >= 500_000 { return large }
            return nil
        }

        func met(_ value: Double, households: Int) -> Bool? {
            guard let limit = limit(for: households) else { return nil }
            return atLeast ? value >= limit : value <= limit
        }
    }

    /// One row: its text and, from a column's readings, the cell and the value judged against the target.
    struct Row {
        var work: String
        var target: Target?
        var cell: (Readings) -> (text: String, value: Double?)
    }

    let plan: Plan
    let columns: [(households: Int, readings: Readings)]
    let frame: Size

    var rows: [Row] {
        // Issue 18's targets (20,000 · 500,000 · 1,000,000); rows it does not name keep their earlier targets.
        let keyTarget = Target(small: 0.005, large: 0.016, huge: 0.016, text: "p99 ≤ 5 ms · ≤ 16 ms · ≤ 16 ms")
        let gigabytes2: Double = 2 * 1024 * 1024 * 1024
        var rows: [Row] = [
            Row(work: "open → first battle-chart frame (spawn to exit, median of \(plan.openRuns))",
                target: Target(small: 0.1, large: 1.5, huge: 3, text: "≤ 0.1 s · ≤ 1.5 s · ≤ 3 s")) { r in Self.seconds(r["open.wall.median"]) },
            Row(work: "  of which inside the process (Store.open + first frame)", target: nil) { r in Self.seconds(r["open.inside.median"]) },
            Row(work: "  CPU time of the whole process (both cores)", target: nil) { r in Self.seconds(r["open.cpu.median"]) },
            Row(work: "peak RSS while opening", target: Target(small: nil, large: gigabytes2, huge: gigabytes2, text: "· ≤ 2 GB · ≤ 2 GB")) { r in
                Self.bytes(r["open.hwm"]) },
            Row(work: "memory at rest after open (RSS)", target: nil) { r in Self.bytes(r["open.rss"]) },
            Row(work: "snapshot.jsonl size", target: nil) { r in Self.bytes(r["snapshot.bytes"]) },
            Row(work: "JSONDecoder + Codable structs, same snapshot: decode", target: nil) { r in Self.seconds(r["decoder.seconds"]) },
            Row(work: "JSONDecoder peak RSS", target: nil) { r in Self.bytes(r["decoder.hwm"]) },
            Row(work: "**ratio** JSONDecoder decode ÷ our open to first frame",
                target: Target(small: 5, large: 10, huge: 10, text: "≥ 5× · ≥ 10× · ≥ 10×", atLeast: true)) { r in
                Self.ratio(r["decoder.seconds"], r["open.wall.median"]) },
            Row(work: "ratio by CPU time (JSONDecoder CPU ÷ our open's CPU)", target: nil) { r in
                Self.ratio(r["decoder.cpu"], r["open.cpu.median"]) },
            Row(work: "ratio JSONDecoder peak RSS ÷ ours", target: nil) { r in Self.ratio(r["decoder.hwm"], r["open.hwm"]) },
        ]
        let keys: [(String, String)] = [
            ("keys.unresolvedMove", "cursor move, unresolved list (j/k)"),
            ("keys.villageMove", "cursor move, a village's board (j/k)"),
            ("keys.drill", "drill down and back (Enter ×4, Esc ×4)"),
            ("keys.filterItem", "filter unresolved list by item (i, 2–8)"),
            ("keys.searchName", "search by name (/ name Enter), every key"),
            ("keys.searchName.submit", "  the Enter that runs the name search"),
            ("keys.searchPinyin", "search by pinyin initials (/ zs Enter), every key"),
            ("keys.searchPinyin.submit", "  the Enter that runs the initials search"),
            ("keys.switch", "switch screens (2 3 4 1)"),
            ("keys.switch.2", "  2: unresolved list"),
            ("keys.switch.3", "  3: task board"),
            ("keys.switch.4", "  4: reports"),
            ("keys.switch.1", "  1: battle chart"),
            ("keys.openHousehold", "open a household and back (Enter Esc j)"),
            ("keys.mapMove", "cursor move on the map of the whole scope (m, then l j h k)"),
            ("keys.mapToggle", "open the map and back to the tiles (m m; each m that opens builds the map)"),
            ("keys.mapSearch", "find a village on the map (/ name Enter), every key"),
            ("keys.radar", "open the monitoring radar (7): the kept index brought up to date, its villages' sums added"),
            ("keys.radar.list", "  then Enter: the households behind the warning with the most"),
            ("keys.first.2", "first visit after opening (fresh app, 60 times): 2, unresolved list"),
            ("keys.first.sort", "  then the first sort on it (s; fresh app, 20 times)"),
            ("keys.first.filter", "  then the first filter on it (o, overdue only; 20 times)"),
            ("keys.first.menu", "  then the first filter menu on it (i; 20 times)"),
            ("keys.first.3", "  then the first visit to the task board (3, after the menu)"),
        ]
        for (name, text) in keys {
            rows.append(Row(work: "key → frame: " + text, target: keyTarget) { r in
                let wall = Self.pair(r, name), cpu = Self.pair(r, name + ".cpu")
                return (wall.text + " · CPU " + cpu.text, wall.value) })
        }
        rows += [
            Row(work: "save one change: append + fsync, wall (median / p99)", target: nil) { r in Self.pair(r, "save.wall") },
            Row(work: "  fsync alone, same length (median / p99)", target: nil) { r in Self.pair(r, "fsync.wall") },
            Row(work: "  save CPU beyond the fsync (median CPU of save − of fsync alone)",
                target: Target(small: 0.001, large: 0.001, huge: 0.001, text: "≤ 1 ms + fsync")) { r in
                guard let s = r["save.cpu.median"], let f = r["fsync.cpu.median"] else { return ("—", nil) }
                return (String(format: "%.3f − %.3f = %.3f ms", s * 1000, f * 1000, (s - f) * 1000), s - f) },
            Row(work: "save from the screens: save + screens told + frame (median / p99)", target: nil) { r in
                Self.pair(r, "save.program.wall") },
            Row(work: "  its CPU (median): Store.save · screens told (AppModel.receive) · frame", target: nil) { r in
                let parts = ["save.program.cpu", "save.program.save", "save.program.told", "save.program.frame"]
                    .map { Self.seconds(r[$0 + ".median"]).text }
                return (parts[0] + ": " + parts[1...].joined(separator: " · "), r["save.program.cpu.median"]) },
            Row(work: "compaction (median of \(plan.repeats))",
                target: Target(small: 0.2, large: 3, huge: 6, text: "≤ 0.2 s · ≤ 3 s · ≤ 6 s")) { r in Self.seconds(r["compact.median"]) },
            Row(work: "report, whole province (median)", target: nil) { r in Self.seconds(r["report.median"]) },
            Row(work: "burn-down of the whole province from 26 weeks of steps (median / p99)",
                target: Target(small: 0.005, large: 0.016, huge: 0.016, text: "≤ 5 ms · ≤ 16 ms · ≤ 16 ms")) { r in
                Self.pair(r, "burndown.province") },
            Row(work: "  burn-downs of the units under it (the chart's behind-pace marks)", target: nil) { r in
                Self.pair(r, "burndown.units") },
            Row(work: "  steps kept · cost per applied operation (made-up history, incl. validation)", target: nil) { r in
                (String(Int(r["burndown.steps"] ?? 0)) + " · " + Self.seconds(r["burndown.apply"]).text, r["burndown.steps"]) },
            Row(work: "check (whole store)", target: Target(small: 0.2, large: 3, huge: 6, text: "≤ 0.2 s · ≤ 3 s · ≤ 6 s")) { r in Self.seconds(r["check"]) },
            Row(work: "sync: merge \(plan.foreignOps) foreign operations (Sync.merge)",
                target: Target(small: 0.3, large: 3, huge: 5, text: "≤ 0.3 s · ≤ 3 s · ≤ 5 s")) { r in
                Self.seconds(r["sync.merge"]) },
            Row(work: "  replaying them: parse the journal lines · apply to the board", target: nil) { r in
                (Self.seconds(r["sync.parse"]).text + " · " + Self.seconds(r["sync.apply"]).text, r["sync.apply"]) },
            Row(work: "command line `task done` with the PIN (spawn to exit, median of \(plan.cliRuns))",
                target: Target(small: 0.1, large: 2, huge: nil, text: "≤ 0.1 s · ≤ 2 s (earlier)")) { r in
                Self.seconds(r["cli.taskDone.median"]) },
            Row(work: "  of which checking the PIN (scrypt, in-process)", target: nil) { r in Self.seconds(r["pin.median"]) },
            Row(work: "command line `task done` on an unlocked session (`unlock` first; spawn to exit, median of \(plan.cliRuns))",
                target: Target(small: 0.04, large: 0.06, huge: 0.08, text: "≤ 40 ms · ≤ 60 ms · ≤ 80 ms")) { r in
                Self.seconds(r["cli.taskDoneUnlocked.median"]) },
            Row(work: "command line `task verify --from FILE`: a batch of up to 1,000 (one PIN check, one write; spawn to exit)",
                target: Target(small: 1, large: 3, huge: nil, text: "≤ 1 s · ≤ 3 s · —")) { r in
                guard let n = r["cli.verifyBatch.count"] else { return ("—", nil) }
                return (Self.seconds(r["cli.verifyBatch"]).text + " for \(Int(n)) tasks", r["cli.verifyBatch"]) },
        ]
        return rows
    }

    var markdown: String {
        let header = "| work (\(frame.width)×\(frame.height) frames; key rows: wall median / p99 · CPU median / p99) | target (20,000 · 500,000 · 1,000,000) | "
            + columns.map { Self.count($0.households) + " households" }.joined(separator: " | ") + " |"
        var lines = [header, "|---|---|" + columns.map { _ in "---|" }.joined()]
        for row in rows {
            // Rows `--only` left out are not printed (every row is, by default).
            if plan.only != RunBench.groups, columns.allSatisfy({ row.cell($0.readings).value == nil }) { continue }
            var cells: [String] = []
            for column in columns {
                let (text, value) = row.cell(column.readings)
                var mark = ""
                if let value, let met = row.target?.met(value, households: column.households) { mark = met ? " ✓" : " ✗" }
                cells.append(text + mark)
            }
            lines.append("| \(row.work) | \(row.target?.text ?? "") | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// One line per cell that misses its target, and notes the children left.
    var misses: [String] {
        var out: [String] = []
        for row in rows {
            guard let target = row.target else { continue }
            for column in columns {
                let (text, value) = row.cell(column.readings)
                if let value, target.met(value, households: column.households) == false {
                    out.append("MISS at \(Self.count(column.households)): \(row.work.trimmingCharacters(in: .whitespaces)) = \(text) (target \(target.text))")
                }
            }
        }
        for column in columns {
            for (name, note) in column.readings.notes.sorted(by: { $0.key < $1.key }) where !name.hasPrefix("task.") {
                out.append("note at \(Self.count(column.households)): \(name): \(note)")
            }
            if let p = column.readings["check.problems"], p > 0 {
                out.append("note at \(Self.count(column.households)): check found \(Int(p)) problems")
            }
            if let n = column.readings["sync.applyRefused"], n > 0 {
                out.append("note at \(Self.count(column.households)): the board refused \(Int(n)) of the foreign operations")
            }
        }
        return out
    }

    // MARK: Formatting

    static func count(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    static func seconds(_ s: Double?) -> (text: String, value: Double?) {
        guard let s else { return ("—", nil) }
        let text: String
        if s < 0.001 { text = String(format: "%.3f ms", s * 1000) }
        else if s < 0.1 { text = String(format: "%.1f ms", s * 1000) }
        else if s < 10 { text = String(format: "%.2f s", s) }
        else { text = String(format: "%.1f s", s) }
        return (text, s)
    }

    static func bytes(_ b: Double?) -> (text: String, value: Double?) {
        guard let b, b > 0 else { return ("—", nil) }
        let mb = b / 1_048_576
        return (mb < 1024 ? String(format: "%.0f MB", mb) : String(format: "%.2f GB", mb / 1024), b)
    }

    static func ratio(_ a: Double?, _ b: Double?) -> (text: String, value: Double?) {
        guard let a, let b, b > 0 else { return ("—", nil) }
        return (String(format: "%.1f×", a / b), a / b)
    }

    /// "median / p99" of a set of samples, judged by the p99.
    static func pair(_ r: Readings, _ name: String) -> (text: String, value: Double?) {
        guard let m = r[name + ".median"], let p = r[name + ".p99"] else { return ("—", nil) }
        let ms = { (s: Double) in s < 0.001 ? String(format: "%.3f", s * 1000) : s < 0.1 ? String(format: "%.1f", s * 1000) : String(format: "%.0f", s * 1000) }
        return ("\(ms(m)) / \(ms(p)) ms", p)
    }
}
