import Foundation
import Testing

/// `village-board recheck` as a county office uses it for a weekly report: a 10 % sample of 三道湖镇 with seed 7 is
/// saved once and is the same when drawn again with the same seed; list and results read it back; bad sizes, periods
/// and samples are refused with a message in the user's language.
@Suite("回头看 command", .serialized)
struct RecheckCommandTests {
    typealias Result = SyncCLI.Result

    let binary: String
    let folder: String
    let environment: [String: String]

    init() throws {
        binary = try TerminalHarness.binary()
        folder = try TerminalHarness.temporaryFolder()
        environment = TerminalHarness.commandEnvironment(folder: folder, device: "cli-laptop", pin: "1234")
    }

    func vb(_ arguments: String...) throws -> Result {
        try SyncCLI.capture(binary, arguments, environment: environment)
    }

    var store: String { folder + "/demo" }

    /// The household ids a draw printed, in drawing order.
    static func drawn(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            line.split(separator: " ").first.map(String.init).flatMap { $0.count == 17 && $0.contains("-") ? $0 : nil }
        }
    }

    @Test func theSameSeedDrawsTheSameHouseholdsAndTheResultsReadThemBack() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        let first = try vb("recheck", "draw", "--store", store, "--as", "sandaohu-sup", "--pin", "1234",
                           "--scope", "三道湖镇", "--percent", "10", "--seed", "7")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("已抽取回头看样本 RC1") && first.stdout.contains("种子 7"))
        let households = Self.drawn(first.stdout)
        #expect(households.count >= 10, "10 % of 三道湖镇's households out: \(households.count)")
        #expect(households.allSatisfy { $0.hasPrefix("2206221012") }, "all in 三道湖镇")
        let again = try vb("recheck", "draw", "--store", store, "--as", "sandaohu-sup", "--pin", "1234",
                           "--scope", "三道湖镇", "--percent", "10", "--seed", "7")
        #expect(again.stdout.contains("RC2"))
        #expect(Self.drawn(again.stdout) == households, "the same seed on the same board draws the same households")
        let other = try vb("recheck", "draw", "--store", store, "--as", "sandaohu-sup", "--pin", "1234",
                           "--scope", "三道湖镇", "--percent", "10", "--seed", "8")
        #expect(Self.drawn(other.stdout) != households)

        let list = try vb("recheck", "list", "--store", store, "--scope", "三道湖镇")
        #expect(list.status == 0)
        #expect(list.stdout.contains("RC1") && list.stdout.contains("RC3") && list.stdout.contains("0/\(households.count) 户"))
        let json = try vb("recheck", "results", "RC1", "--store", store, "--format", "json")
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let sample = try #require(object["sample"] as? [String: Any])
        #expect(sample["seed"] as? String == "7" && sample["rule"] as? String == "p:10")
        #expect(sample["households"] as? [String] == households)
        let text = try vb("recheck", "results", "RC1", "--store", store)
        #expect(text.stdout.contains("错退率") && text.stdout.contains("群众认可度") && text.stdout.contains("暂无数据"))
        // A village cadre may not draw a sample: the permission table says so, in Chinese.
        let cadre = try vb("recheck", "draw", "--store", store, "--as", "taiping-sec", "--pin", "1234",
                           "--scope", "太平村", "--households", "3")
        #expect(cadre.status != 0 && cadre.stderr.contains("回头看复核"), "\(cadre.stderr)")
    }

    @Test func badSizesPeriodsAndSamplesAreRefusedInWords() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        for arguments in [["--percent", "0"], ["--percent", "101"], ["--households", "0"], ["--households", "3", "--percent", "5"],
                          ["--percent", "10", "--from", "2020-01-01"], ["--percent", "10", "--from", "2020-06-01", "--to", "2020-01-01"]] {
            let r = try SyncCLI.capture(binary, ["recheck", "draw", "--store", store, "--as", "sandaohu-sup", "--pin", "1234",
                                                 "--scope", "三道湖镇"] + arguments, environment: environment)
            #expect(r.status != 0, "\(arguments)")
            #expect(r.stderr.contains("--households") || r.stderr.contains("--from"), "\(arguments): \(r.stderr)")
        }
        let none = try vb("recheck", "results", "RC9", "--store", store)
        #expect(none.status != 0 && none.stderr.contains("没有回头看样本 RC9"))
        let nothing = try vb("recheck", "list", "--store", store)
        #expect(nothing.stdout.contains("还没有回头看样本"))
    }
}
