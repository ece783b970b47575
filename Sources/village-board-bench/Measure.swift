#if canImport(Glibc)
import Glibc
#endif

/// Clocks and memory readings the benchmark takes: monotonic wall time, this thread's CPU time, and the
/// kernel's view of this process's memory (/proc/self/status).
enum Measure {
    /// Monotonic wall time in nanoseconds.
    static func wall() -> UInt64 { read(CLOCK_MONOTONIC) }

    /// CPU time this thread has used (user + system), in nanoseconds.
    static func threadCPU() -> UInt64 { read(CLOCK_THREAD_CPUTIME_ID) }

    private static func read(_ clock: clockid_t) -> UInt64 {
        var t = timespec()
        clock_gettime(clock, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// CPU time the whole process has used so far (every thread, user + system), in seconds.
    static func processCPU() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// Seconds since `start` (a `wall()` reading).
    static func seconds(since start: UInt64) -> Double { Double(wall() &- start) / 1e9 }

    /// A field of /proc/self/status in bytes ("VmHWM" is the peak resident set, "VmRSS" the current one).
    static func status(_ field: String) -> Double? {
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 512)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard text.hasPrefix(field + ":") else { continue }
            let digits = text.dropFirst(field.count + 1).filter { $0.isNumber }
            return Double(String(digits)).map { $0 * 1024 }
        }
        return nil
    }
}

/// Durations of one kind of work, in seconds, and their summary.
struct Samples {
    private(set) var values: [Double] = []

    mutating func add(_ seconds: Double) { values.append(seconds) }

    var count: Int { values.count }
    var median: Double { quantile(0.5) }
    var p99: Double { quantile(0.99) }
    var max: Double { values.max() ?? 0 }

    /// The nearest-rank quantile (the value below which `q` of the samples lie).
    func quantile(_ q: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank))]
    }
}

/// What one child process measured, as `name value` lines on its standard output (the parent reads them back).
struct Readings {
    private(set) var values: [String: Double] = [:]
    private(set) var notes: [String: String] = [:]

    subscript(name: String) -> Double? { values[name] }

    mutating func set(_ name: String, _ value: Double) { values[name] = value }
    mutating func note(_ name: String, _ text: String) { notes[name] = text }

    /// Records a set of samples as `name.median`, `name.p99`, `name.max` and `name.n`.
    mutating func set(_ name: String, _ samples: Samples) {
        values[name + ".median"] = samples.median
        values[name + ".p99"] = samples.p99
        values[name + ".max"] = samples.max
        values[name + ".n"] = Double(samples.count)
    }

    mutating func merge(_ other: Readings) {
        values.merge(other.values) { $1 }
        notes.merge(other.notes) { $1 }
    }

    /// One line per reading: `value NAME NUMBER` or `note NAME TEXT`.
    var lines: String {
        values.keys.sorted().map { "value \($0) \(values[$0] ?? 0)" }.joined(separator: "\n")
            + (notes.isEmpty ? "" : "\n" + notes.keys.sorted().map { "note \($0) \(notes[$0] ?? "")" }.joined(separator: "\n"))
    }

    /// Reads back what `lines` wrote; other lines (a child's own messages) are ignored.
    static func parse(_ text: String) -> Readings {
        var r = Readings()
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3 else { continue }
            if parts[0] == "value", let v = Double(parts[2]) { r.set(String(parts[1]), v) }
            if parts[0] == "note" { r.note(String(parts[1]), String(parts[2])) }
        }
        return r
    }
}
