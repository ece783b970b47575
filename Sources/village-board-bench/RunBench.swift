import ArgumentParser
import Foundation
import VillageBoardDemo
import VillageBoardStore

/// `village-board-bench [run]`: makes (or reuses) the stores, runs every measurement in child processes and
/// prints the table.
struct RunBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the benchmark and print the table.")

    @Option(help: "Household counts to measure, comma-separated.") var sizes: String = "20000,100000"
    @Flag(name: .customLong("with-500k"), help: "Also measure 500,000 households (a few minutes, ~2 GB; JSONDecoder ~7 GB).")
    var with500k = false
    @Flag(name: .customLong("with-1m"), help: "Also measure 1,000,000 households (needs a quiet machine with several GB free).")
    var with1m = false
    @Option(help: "Where generated stores are kept (default ~/.cache/village-board-bench).") var cache: String?
    @Flag(help: "A seconds-long run on 2,000 households with few iterations (CI runs this).") var smoke = false
    @Option(help: "Key presses per scenario (default 1,000; 20 with --smoke).") var presses: Int?
    @Option(help: "Generator seed.") var seed: UInt64 = 1
    @Flag(help: "Skip the JSONDecoder comparison.") var noDecoder = false
    @Option(help: "Only these groups of rows, comma-separated: open, decoder, measure (saves, keys, report, compaction, check, burn-down; or only some of them: keys, compact, check), cli (task done, batch verify), sync. Default: all.")
    var only: String?
    @OptionGroup var frame: FrameSize

    func validate() throws {
        guard !smoke || presses == nil || (presses ?? 0) > 0 else { throw ValidationError("--presses must be positive") }
        if let bad = parsedOnly.subtracting(Self.groups).first {
            throw ValidationError("--only takes \(Self.groups.sorted().joined(separator: ", ")) (got \(bad))")
        }
        if parsedSizes.isEmpty && !smoke { throw ValidationError("--sizes needs at least one household count") }
        if let bad = parsedSizes.first(where: { !(100...1_000_000).contains($0) }) {
            throw ValidationError("household counts run from 100 to 1,000,000 (got \(bad))")
        }
    }

    /// The row groups `--only` names (all of them without it). `keys`, `compact` and `check` are parts of `measure`.
    static let groups: Set<String> = ["open", "decoder", "measure", "keys", "compact", "check", "cli", "sync"]
    var parsedOnly: Set<String> {
        guard let only else { return Self.groups }
        return Set(only.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    }

    /// The parts of `measure` asked for by name (keys, compact, check), for the child's own `--only`; nil for all.
    var measureParts: String? {
        let parts = parsedOnly.intersection(["keys", "compact", "check"])
        return parsedOnly.contains("measure") || parts.isEmpty ? nil : parts.sorted().joined(separator: ",")
    }

    var parsedSizes: [Int] {
        sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")) }
    }

    /// The --sizes list with the large sizes the flags ask for, each once, smallest first.
    var plannedSizes: [Int] {
        var sizes = parsedSizes
        if with500k && !sizes.contains(500_000) { sizes.append(500_000) }
        if with1m && !sizes.contains(1_000_000) { sizes.append(1_000_000) }
        return sizes
    }

    func run() throws {
        let plan = smoke
            ? Plan(sizes: [2_000], presses: presses ?? 20, saves: 10, repeats: 1, openRuns: 1, foreignOps: 500, cliRuns: 2,
                   decoder: !noDecoder, only: parsedOnly)
            : Plan(sizes: plannedSizes,
                   presses: presses ?? 1_000, saves: 200, repeats: 3, openRuns: 3, foreignOps: 10_000, cliRuns: 5,
                   decoder: !noDecoder, only: parsedOnly)
        let environment = ProcessInfo.processInfo.environment
        let cache = StoreCache(root: cache ?? StoreCache.defaultRoot(environment: environment))
        let machine = Machine.describe()
        let startedAt = Measure.wall()
        var columns: [(households: Int, readings: Readings)] = []
        for households in plan.sizes {
            columns.append((households, try measure(households, plan: plan, cache: cache)))
        }
        cache.removeWork()
        let table = Table(plan: plan, columns: columns, frame: frame.size)
        print(machine)
        print("load average after: \(Machine.loadAverage())   total time: \(String(format: "%.0f", Measure.seconds(since: startedAt))) s")
        print("")
        print(table.markdown)
        print("")
        for line in table.misses { print(line) }
    }

    /// One column of the table: every measurement on a store of `households` households.
    func measure(_ households: Int, plan: Plan, cache: StoreCache) throws -> Readings {
        let label = "[\(households)]"
        let folder = cache.folder(households: households, seed: seed, foreignOps: plan.foreignOps)
        if !cache.isReady(folder) {
            log("\(label) generating the store and \(plan.foreignOps) foreign operations into \(folder)")
            let made = try Spawn.bench(["make-store", "--folder", folder, "--households", "\(households)", "--seed", "\(seed)",
                                        "--foreign-ops", "\(plan.foreignOps)"])
            log("\(label) made in \(String(format: "%.1f", made.seconds)) s")
        }
        var readings = Readings()
        let frameArgs = ["--width", "\(frame.width)", "--height", "\(frame.height)"]
        let work = try cache.workingCopy(of: folder + "/store", name: "hh\(households)")

        var opens = Samples(), inside = Samples(), cpu = Samples(), peaks = Samples(), rest = Samples()
        for run in 1...plan.openRuns where plan.only.contains("open") {
            log("\(label) open to first frame, run \(run) of \(plan.openRuns)")
            let (r, seconds) = try Spawn.bench(["open-once", "--store", work] + frameArgs)
            opens.add(seconds)
            inside.add(r["open.frame"] ?? 0)
            cpu.add(r["open.cpu"] ?? 0)
            peaks.add(r["open.hwm"] ?? 0)
            rest.add(r["open.rss"] ?? 0)
            readings.merge(r)
        }
        if opens.count > 0 {
            readings.set("open.wall", opens)
            readings.set("open.inside", inside)
            readings.set("open.cpu", cpu)
            readings.set("open.hwm", peaks.max)
            readings.set("open.rss", rest.median)
        }

        if plan.decoder && plan.only.contains("decoder") {
            log("\(label) the same snapshot through JSONDecoder")
            let (r, _) = try Spawn.bench(["decode-once", "--store", work])
            readings.merge(r)
        }

        var m = Readings()
        if plan.only.contains("measure") || measureParts != nil {
            log("\(label) saves, \(plan.presses) key presses per scenario, report, compaction, check")
            let parts = measureParts.map { ["--only", $0] } ?? []
            (m, _) = try Spawn.bench(["measure", "--store", work, "--presses", "\(plan.presses)", "--saves", "\(plan.saves)",
                                      "--repeats", "\(plan.repeats)"] + parts + frameArgs)
            readings.merge(m)
        } else if plan.only.contains("cli") {
            (m, _) = try Spawn.bench(["pick-tasks", "--store", work])
        }

        if plan.only.contains("cli") {
            log("\(label) command-line task done (with the PIN, then unlocked), and a batch verify")
            readings.merge(try commandLine(work: work, readings: m, runs: plan.cliRuns, cache: cache))
        }

        if plan.only.contains("sync") { readings.merge(try measureSync(households, folder: folder, cache: cache)) }
        return readings
    }

    /// The sync row: the foreign laptop's operations merged into a fresh working copy.
    func measureSync(_ households: Int, folder: String, cache: StoreCache) throws -> Readings {
        log("[\(households)] sync of the foreign operations")
        let syncWork = try cache.workingCopy(of: folder + "/store", name: "sync\(households)")
        return try Spawn.bench(["sync-once", "--store", syncWork, "--from", folder + "/foreign"]).0
    }

    /// `village-board task done ID --as OWNER` on the working copy, spawned from the binary built beside this one:
    /// `runs` times with the PIN, then `runs` times more on other tasks after `village-board unlock --as OWNER`
    /// (untimed), without one; then a batch verify.
    func commandLine(work: String, readings: Readings, runs: Int, cache: StoreCache) throws -> Readings {
        var out = Readings()
        guard let binary = Spawn.sibling("village-board") else {
            out.note("cli", "village-board not built beside village-board-bench (swift build --product village-board)")
            return out
        }
        let home = cache.root + "/work/home"
        // The unlocked sessions live here, not in the user's own runtime folder; removed with the work folder.
        let runtime = cache.root + "/work/runtime"
        let fm = FileManager.default
        try fm.createDirectory(atPath: home, withIntermediateDirectories: true)
        try fm.createDirectory(atPath: runtime, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let environment = ["VILLAGE_BOARD_DEVICE": StoreCache.ownDevice.raw, "HOME": home, "XDG_RUNTIME_DIR": runtime]
        let withPin = environment.merging(["VILLAGE_BOARD_PIN": DemoPin.pin]) { $1 }
        var samples = Samples(), unlocked = Samples()
        for i in 0..<(2 * runs) {
            guard let task = readings.notes["task.\(i)"]?.split(separator: " "), task.count == 2 else { break }
            let (id, owner) = (String(task[0]), String(task[1]))
            let done = [binary, "task", "done", id, "--as", owner, "--store", work, "--note", "bench"]
            if i < runs {
                let r = try Spawn.run(done, environment: withPin)
                guard r.status == 0 else { out.note("cli", "village-board task done exited \(r.status)"); break }
                samples.add(r.seconds)
            } else {
                let unlock = try Spawn.run([binary, "unlock", "--as", owner, "--store", work], environment: withPin)
                guard unlock.status == 0 else { out.note("cli.unlocked", "village-board unlock exited \(unlock.status)"); break }
                let r = try Spawn.run(done, environment: environment, removing: ["VILLAGE_BOARD_PIN"])
                guard r.status == 0 else {
                    out.note("cli.unlocked", "village-board task done on an unlocked session exited \(r.status)")
                    break
                }
                unlocked.add(r.seconds)
            }
        }
        if samples.count > 0 { out.set("cli.taskDone", samples) }
        if unlocked.count > 0 { out.set("cli.taskDoneUnlocked", unlocked) }
        _ = try? Spawn.run([binary, "lock", "--store", work], environment: environment)
        // A batch verify of the tasks the measurement found awaiting verification, with one note.
        if let ids = readings.notes["task.verify"]?.split(separator: " "), !ids.isEmpty {
            let file = cache.root + "/work/verify-ids.txt"
            try ids.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
            let r = try Spawn.run([binary, "task", "verify", "--from", file, "--as", StoreCache.author.raw, "--store", work,
                                   "--note", "批量验收"], environment: withPin)
            if r.status == 0 {
                out.set("cli.verifyBatch", r.seconds)
                out.set("cli.verifyBatch.count", Double(ids.count))
            } else {
                out.note("cli", "village-board task verify --from exited \(r.status)")
            }
        }
        return out
    }

    func log(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// How much of everything to do.
struct Plan {
    var sizes: [Int]
    var presses: Int
    var saves: Int
    var repeats: Int
    var openRuns: Int
    var foreignOps: Int
    var cliRuns: Int
    var decoder: Bool
    /// The row groups to measure (`--only`; all by default).
    var only: Set<String>
}
