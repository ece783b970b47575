import Foundation
import Testing
import VillageBoardStore

/// Throughput is printed, never asserted: timings depend on the machine and on what else runs.
/// For real figures run a release build with the benchmark enabled:
/// `VILLAGE_BOARD_BENCHMARK=200 swift test -c release --filter JSONThroughputTests`
@Suite struct JSONThroughputTests {
    private static let benchmarkMegabytes = ProcessInfo.processInfo.environment["VILLAGE_BOARD_BENCHMARK"].flatMap { Int($0) }

    @Test func measuresASmallSample() throws {
        let lines = JSONThroughput.sampleLines(megabytes: 2)
        let result = try JSONThroughput.measure(lines)
        #expect(result.records > 1_000)
        print("JSONScanner: \(result.records) records, \(lines.count / 1_000_000) MB in \(result.seconds) s "
            + "= \(Int(result.megabytesPerSecond)) MB/s (debug builds are several times slower)")
    }

    @Test(.enabled(if: benchmarkMegabytes != nil)) func benchmarkAgainstJSONDecoder() throws {
        let lines = JSONThroughput.sampleLines(megabytes: Self.benchmarkMegabytes ?? 200)
        var best = Double.infinity
        for _ in 0..<3 {
            let result = try JSONThroughput.measure(lines)
            best = min(best, result.seconds)
            print("JSONScanner: \(result.records) records, \(lines.count / 1_000_000) MB in \(result.seconds) s "
                + "= \(Int(result.megabytesPerSecond)) MB/s")
        }
        print("JSONScanner best: \(Int(Double(lines.count) / 1_000_000 / best)) MB/s")

        // The same records through Foundation, on a slice (it is slow).
        let slice = Array(lines.prefix(20_000_000).split(separator: 0x0A).dropLast())
        let decoder = JSONDecoder()
        let clock = ContinuousClock()
        var count = 0
        let elapsed = try clock.measure {
            for line in slice {
                count += try decoder.decode(SampleRecord.self, from: Data(line)).members.count
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let bytes = slice.reduce(0) { $0 + $1.count + 1 }
        print("JSONDecoder: \(slice.count) records = \(Int(Double(bytes) / 1_000_000 / seconds)) MB/s (\(count) members)")
    }

    private struct SampleRecord: Decodable {
        struct Member: Decodable {
            var name: String
            var idNumber: String
            var relation: String
            var inSchool: Bool
        }
        struct Income: Decodable {
            var wages: Double
            var transfers: Double
            var year: Int
        }
        struct Check: Decodable {
            var state: String
            var note: String
            var by: String
            var at: Int
        }
        var id: String
        var village: String
        var status: String
        var causes: [String]
        var members: [Member]
        var income: Income
        var checks: [String: Check]
        var plan: String
    }
}
