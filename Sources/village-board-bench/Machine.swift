#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// What the numbers were taken on: cores, CPU model, memory, load.
enum Machine {
    static func describe() -> String {
        let cpu = firstLine(of: "/proc/cpuinfo", starting: "model name").map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? $0 } ?? "unknown CPU"
        let memory = firstLine(of: "/proc/meminfo", starting: "MemTotal").flatMap { line in
            Double(line.filter(\.isNumber)).map { String(format: "%.1f GB", $0 / 1_048_576) }
        } ?? "unknown"
        let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return "machine: \(cores) cores (nproc), \(cpu), \(memory) RAM; load average before: \(loadAverage())"
    }

    /// The 1-, 5- and 15-minute load averages.
    static func loadAverage() -> String {
        var loads = [Double](repeating: 0, count: 3)
        guard getloadavg(&loads, 3) == 3 else { return "unknown" }
        return loads.map { String(format: "%.2f", $0) }.joined(separator: ", ")
    }

    private static func firstLine(of path: String, starting prefix: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").first { $0.hasPrefix(prefix) }.map(String.init)
    }
}
