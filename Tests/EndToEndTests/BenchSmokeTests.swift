import Foundation
import Testing

/// The benchmark's seconds-long smoke run (`village-board-bench --smoke`), so it never rots: it must exit 0 and
/// print its table. The numbers are not judged here (docs/PERFORMANCE.md holds a real run).
@Suite struct BenchSmokeTests {
    /// `village-board-bench`, built beside `village-board` (EndToEndTests depends on both).
    static func bench() throws -> String {
        let folder = (try TerminalHarness.binary() as NSString).deletingLastPathComponent
        return folder + "/village-board-bench"
    }

    @Test func smokeRunPrintsTheTable() throws {
        let bench = try Self.bench()
        guard FileManager.default.isExecutableFile(atPath: bench) else {
            Issue.record("village-board-bench was not built beside village-board (\(bench)); run `swift build --build-tests`")
            return
        }
        let cache = try TerminalHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let run = try TerminalHarness.run([bench, "--smoke", "--cache", cache])
        #expect(run.status == 0)
        #expect(run.output.contains(" | target (20,000 · 500,000 · 1,000,000) | 2,000 households |"))
        for row in ["open → first battle-chart frame", "JSONDecoder + Codable structs", "key → frame: switch screens",
                    "save one change", "compaction", "check (whole store)", "sync: merge 500 foreign operations",
                    "command line `task done` with the PIN", "command line `task done` on an unlocked session",
                    "command line `task verify --from FILE`"] {
            #expect(run.output.contains(row), "no row \(row) in:\n\(run.output)")
        }
        // Every cell filled: a measurement that silently failed would print "—".
        let table = run.output.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| work") }
        #expect(!table.isEmpty)
        for line in table { #expect(!line.hasSuffix("| — |"), "a cell is empty: \(line)") }
    }

    /// `--only cli` measures and prints only the command-line rows (the tasks found by a child of their own).
    @Test func onlyPrintsTheRowsAskedFor() throws {
        let bench = try Self.bench()
        guard FileManager.default.isExecutableFile(atPath: bench) else { return }
        let cache = try TerminalHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let run = try TerminalHarness.run([bench, "--smoke", "--only", "cli", "--cache", cache])
        #expect(run.status == 0)
        let table = run.output.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| work") }
        #expect(table.count == 3, "\(run.output)")
        for line in table {
            #expect(line.contains("command line"), "a row --only cli left in: \(line)")
            #expect(!line.hasSuffix("| — |"), "a cell is empty: \(line)")
        }
        #expect(try TerminalHarness.run([bench, "--smoke", "--only", "keys,opne", "--cache", cache]).status != 0, "a misspelt group is refused")
    }
}
