import Foundation
import Testing

/// The command line as a user meets it: init, report in three formats, check, the task workflow, errors.
@Suite("Command line", .serialized)
struct CommandLineTests {
    typealias Result = SyncCLI.Result

    let binary: String
    let folder: String
    let environment: [String: String]

    init() throws {
        binary = try TerminalHarness.binary()
        folder = try TerminalHarness.temporaryFolder()
        // 1234: the demo users' PIN (README).
        environment = TerminalHarness.commandEnvironment(folder: folder, device: "cli-laptop", pin: "1234")
    }

    @discardableResult
    func vb(_ arguments: String...) throws -> Result {
        try SyncCLI.capture(binary, arguments, environment: environment)
    }

    func vb(_ arguments: [String]) throws -> Result {
        try SyncCLI.capture(binary, arguments, environment: environment)
    }

    var store: String { folder + "/demo" }

    @Test func withNoStoreItSaysHowToMakeOneAndCreatesNothing() throws {
        let r = try vb("report")
        #expect(r.status != 0)
        #expect(r.stderr.contains("village-board init --store"))
        #expect(r.stderr.contains("--demo"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/data/village-board/store"))
    }

    @Test func aPrintedHouseholdCardSpeaksTheLanguageAskedFor() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        // Health is printed for a reader the permission table lets see it (the admin, with the demo PIN)…
        let zh = try vb("print", "household", "220602100202-0088", "--store", store, "--as", "admin", "--pin", "1234")
        #expect(zh.status == 0)
        #expect(zh.stdout.contains("明白卡") && zh.stdout.contains("户主") && zh.stdout.contains("慢性病"))
        // …and masked for nobody in particular.
        let anonymous = try vb("print", "household", "220602100202-0088", "--store", store)
        #expect(anonymous.status == 0 && !anonymous.stdout.contains("慢性病") && anonymous.stdout.contains("（已隐藏）"))
        let en = try vb("print", "household", "220602100202-0088", "--store", store, "--lang", "en", "--as", "admin",
                        "--pin", "1234")
        #expect(en.status == 0)
        #expect(en.stdout.contains("Household card") && en.stdout.contains("Spouse") && en.stdout.contains("Chronic illness"))
        #expect(!en.stdout.contains("chronicIllness"))
    }

    @Test func theDemoReportMatchesTheArticle() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        let text = try vb("report", "--store", store)
        #expect(text.status == 0)
        #expect(text.stdout.contains("白山市"))
        let cityLine = try #require(text.stdout.split(separator: "\n").first {
            $0.hasPrefix("白山市 ") && $0.split(separator: " ").dropFirst().first.map { Int($0) != nil } == true
        })
        let figures = cityLine.split(separator: " ").dropFirst().prefix(6).map(String.init)
        #expect(figures == ["10592", "18807", "10178", "18076", "414", "731"])
        let csv = try vb("report", "--store", store, "--format", "csv")
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("code,name,level,households_registered") == true)
        #expect(lines.count == 1 + 1 + 6)
        #expect(lines[1].hasPrefix("220600000000,白山市,city,10592,18807,10178,18076,414,731"))
        let json = try vb("report", "--store", store, "--format", "json", "--scope", "220622000000")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let scope = object?["scope"] as? [String: Any]
        #expect(scope?["name"] as? String == "靖宇县")
        #expect((object?["rows"] as? [Any])?.isEmpty == false)
        // Errors speak the language of LANG (Chinese here), or of --lang.
        let bad = try vb("report", "--store", store, "--scope", "12")
        #expect(bad.status != 0 && bad.stderr.contains("12 位行政区划代码"), "\(bad.stderr)")
        let badEnglish = try vb("report", "--store", store, "--scope", "12", "--lang", "en")
        #expect(badEnglish.status != 0 && badEnglish.stderr.contains("12-digit"), "\(badEnglish.stderr)")
    }

    @Test func theTaskWorkflowFollowsTheBoardsRules() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        // Find an open task in 太平村 from the JSON snapshot.
        let snapshot = try String(contentsOfFile: store + "/snapshot.jsonl", encoding: .utf8)
        let line = try #require(snapshot.split(separator: "\n").first {
            $0.contains("\"type\":\"task\"") && $0.contains("\"state\":\"open\"") && $0.contains("\"owner\":\"taiping-sec\"")
        })
        let idStart = try #require(line.range(of: "\"id\":\""))
        let id = String(line[idStart.upperBound...].prefix { $0 != "\"" })

        let done = try vb("task", "done", id, "--as", "taiping-sec", "--note", "已完成", "--store", store)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("现为“待验收”"), "\(done.stdout)")
        let selfVerify = try vb("task", "verify", id, "--as", "taiping-sec", "--store", store)
        #expect(selfVerify.status != 0)
        #expect(selfVerify.stderr.contains("无权验收任务"), "\(selfVerify.stderr)")
        let noReason = try vb("task", "reject", id, "--as", "sandaohu-sup", "--reason", " ", "--store", store)
        #expect(noReason.status != 0)
        let reject = try vb("task", "reject", id, "--as", "sandaohu-sup", "--reason", "照片不清楚", "--store", store)
        #expect(reject.status == 0, "\(reject.stderr)")
        #expect(try vb("task", "done", id, "--as", "taiping-sec", "--store", store).status == 0)
        let verify = try vb("task", "verify", id, "--as", "sandaohu-sup", "--store", store)
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("现为“已销号”"), "\(verify.stdout)")
        let journal = try String(contentsOfFile: store + "/journal/cli-laptop.jsonl", encoding: .utf8)
        #expect(journal.split(separator: "\n").count == 4)
        #expect(journal.contains("\"reason\":\"照片不清楚\""))
        let unknown = try vb("task", "done", "NO-SUCH-TASK", "--as", "taiping-sec", "--store", store)
        #expect(unknown.status != 0 && unknown.stderr.contains("没有任务“NO-SUCH-TASK”"), "\(unknown.stderr)")
        let nobody = try vb("task", "done", id, "--as", "nobody", "--store", store)
        #expect(nobody.status != 0 && nobody.stderr.contains("没有启用的用户“nobody”"), "\(nobody.stderr)")
        let nobodyEnglish = try vb("task", "done", id, "--as", "nobody", "--store", store, "--lang", "en")
        #expect(nobodyEnglish.status != 0 && nobodyEnglish.stderr.contains("no active user"), "\(nobodyEnglish.stderr)")
    }

    /// `task add` creates a household task through the permission table, and the new task then goes through the workflow.
    @Test func aSupervisorAddsATaskAndItsOwnerMarksItDone() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        let snapshot = try String(contentsOfFile: store + "/snapshot.jsonl", encoding: .utf8)
        let line = try #require(snapshot.split(separator: "\n").first {
            $0.contains("\"type\":\"task\"") && $0.contains("\"owner\":\"taiping-sec\"") && $0.contains("\"household\":\"")
        })
        let start = try #require(line.range(of: "\"household\":\""))
        let household = String(line[start.upperBound...].prefix { $0 != "\"" })
        let add = ["task", "add", "--household", household, "--title", "危房改造", "--owner", "taiping-sec",
                   "--due", "2020-09-30", "--store", store]
        let badDue = try vb(["task", "add", "--household", household, "--title", "危房改造", "--owner", "taiping-sec",
                             "--due", "2020-02-30", "--store", store, "--as", "sandaohu-sup"])
        #expect(badDue.status != 0 && badDue.stderr.contains("不是日期"), "\(badDue.stderr)")
        let added = try vb(add + ["--as", "sandaohu-sup"])
        #expect(added.status == 0, "\(added.stderr)")
        let id = try #require(added.stdout.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        let done = try vb("task", "done", id, "--as", "taiping-sec", "--store", store)
        #expect(done.status == 0 && done.stdout.contains("现为“待验收”"), "\(done.stdout)\(done.stderr)")
    }

    /// Under Chinese, an error says nothing in English but data, commands, options, paths and proper nouns.
    @Test func errorsSpeakChineseUnderAChineseLocale() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        let failures = [
            try vb("report", "--store", folder + "/nowhere"),
            try vb("report", "--store", store, "--scope", "12"),
            try vb("report", "--store", store, "--scope", "110000000000"),
            try vb("print", "household", "NO-SUCH", "--store", store),
            try vb("export", "members", "--full-ids", "--store", store),
            try vb("task", "done", "NO-SUCH-TASK", "--as", "taiping-sec", "--store", store),
            try vb("init", "--store", store),
            try vb("reprot", "--store", store),
            try vb("task", "done", "NO-SUCH-TASK", "--as", "taiping-se", "--store", store),
        ]
        for r in failures {
            #expect(r.status != 0)
            // Less the prefix, then the commands shown to type, options, paths, data and names.
            let words = r.stderr
                .replacingOccurrences(of: "village-board: ", with: "")
                .replacing(/village-board[^\n，；）]*/, with: "")
                .replacing(/(\/|--|\$)[^\s，（）“”：；]*|`[^`]*`|“[^”]*”|PIN|errno|store\.json|docs\/STORE\.md/, with: "")
            #expect(words.firstMatch(of: /[A-Za-z]{3,}/) == nil, "English in: \(r.stderr)")
            #expect(words.contains { $0.unicodeScalars.first.map { $0.value >= 0x4E00 } == true }, "no Chinese in: \(r.stderr)")
        }
    }

    /// Under Chinese, what `check` finds, a stored line that is not JSON, an import's row problems and a command-line
    /// error say nothing in English but data, ids, key names, paths and field names (issue 15).
    @Test func checkParseErrorsAndImportRowsSpeakChineseUnderAChineseLocale() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        let csv = folder + "/bad-households.csv"
        try """
            household_id,village_code,status,wages
            220622101201-0901,999999999999,notOut,12x
            220622101201-0902,220622101201,someday,-5

            """.write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try vb("import", "households", csv, "--as", "admin", "--store", store, "--dry-run")
        #expect(imported.stdout.contains("第 2 行，列 B \"village_code\"：未知的村代码“999999999999”"), "\(imported.stdout)")
        // A department list with nobody on it: every school-age child is one to look at, in Chinese.
        let school = folder + "/school.csv"
        try "身份证号,姓名,学校,在校状态\n".write(toFile: school, atomically: true, encoding: .utf8)
        let listed = try vb("import", "school", school, "--as", "admin", "--store", store, "--dry-run")
        #expect(listed.stdout.contains("不在学籍名单上"), "\(listed.stdout)\(listed.stderr)")
        // A snapshot line edited by hand: `check` names it, and opening the store refuses it, both in Chinese.
        var lines = try String(contentsOfFile: store + "/snapshot.jsonl", encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try #require(lines.firstIndex { $0.contains("\"type\":\"household\"") })
        lines[first] = lines[first].replacingOccurrences(of: "\"status\":\"", with: "\"status\":1,\"x\":\"")
        try lines.joined(separator: "\n").write(toFile: store + "/snapshot.jsonl", atomically: false, encoding: .utf8)
        let check = try vb("check", "--store", store)
        let opened = try vb("report", "--store", store)
        let unknown = try vb("task", "done", "NO-SUCH-TASK", "--as", "taiping-sec", "--store", store)
        // The parser's own message (an option mistyped): said in Chinese, its usage line's names kept as key names.
        let mistyped = try vb("report", "--store", store, "--frmat", "json")
        #expect(mistyped.status != 0 && mistyped.stderr.contains("没有“--frmat”这个选项"), "\(mistyped.stderr)")
        let english = try vb("report", "--store", store, "--frmat", "json", "--lang", "en")
        #expect(english.stderr.contains("Unknown option '--frmat'"), "\(english.stderr)")
        // Help, frame and all, for a command and for one with long texts.
        let syncHelp = try vb("sync", "--help"), importHelp = try vb("import", "--help")
        #expect(syncHelp.stdout.contains("选项：") && importHelp.stdout.contains("概述："), "\(syncHelp.stdout)")
        #expect(check.status == 1 && opened.status != 0 && unknown.status != 0)
        #expect(opened.stderr.contains("第 \(first + 1) 行第"), "\(opened.stderr)")
        for (name, text) in [("import", imported.stdout + imported.stderr), ("school list", listed.stdout + listed.stderr),
                             ("check", check.stdout + check.stderr),
                             ("open", opened.stderr), ("option", unknown.stderr), ("parser", mistyped.stderr),
                             ("sync --help", syncHelp.stdout)] {
            let words = text
                .replacingOccurrences(of: "village-board: ", with: "")
                .replacing(/village-board[^\n，；）]*/, with: "")
                .replacing(/(\/|--|\$)[^\s，（）“”：；]*|`[^`]*`|“[^”]*”|"[^"]*"|'[^']*'|PIN|errno|store\.json|docs\/STORE\.md/, with: "")
                .replacing(/[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+/, with: "")
                .replacing(/可选值中：[^\n]*/, with: "")  // the keys an import cell may hold
                .replacing(/YYYY|UTF|journal|LANG|CSV|JSON|BOM|GB18030|SHA|LAPTOP|SEQ|SIDE|FILE|USER/, with: "")
                .replacing(/<[^>]*>/, with: "")  // a usage line's value names
            #expect(words.firstMatch(of: /[A-Za-z]{3,}/) == nil, "English in \(name): \(text)")
            #expect(words.contains { $0.unicodeScalars.first.map { $0.value >= 0x4E00 } == true }, "no Chinese in \(name): \(text)")
        }
    }

    /// A mistyped command or user is answered with the nearest names, in the user's language.
    @Test func mistypedCommandsAndUsersGetDidYouMean() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        let command = try vb("reprot", "--store", store)
        #expect(command.status != 0 && command.stderr.contains("没有“reprot”这个命令") && command.stderr.contains("report"),
                "\(command.stderr)")
        let english = try vb("reprot", "--store", store, "--lang", "en")
        #expect(english.stderr.contains("Did you mean: 'report'?"), "\(english.stderr)")
        let user = try vb("user", "list", "--as", "admn", "--store", store)
        #expect(user.status != 0 && user.stderr.contains("您是不是指：“admin”"), "\(user.stderr)")
        let byName = try vb("user", "passwd", "taiping-se", "--new-pin", "975310", "--as", "admin", "--store", store)
        #expect(byName.status != 0 && byName.stderr.contains("taiping-sec"), "\(byName.stderr)")
    }

    /// `--scope` takes a unit's name, and `print household` a head's name; a name that fits several lists them.
    @Test func scopesAndHouseholdsByName() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        let town = try vb("report", "--store", store, "--scope", "三道湖镇")
        #expect(town.status == 0 && town.stdout.contains("三道湖镇"), "\(town.stderr)")
        let card = try vb("print", "household", "220602100202-0088", "--store", store)
        let head = String(try #require(card.stdout.firstMatch(of: /户主 ([^\s　]+)/)).1)  // 朱立新
        let byName = try vb("print", "household", head, "--store", store)
        #expect(byName.status == 0 && byName.stdout.contains("220602100202-0088") || byName.stderr.contains("220602100202-0088"),
                "\(head): \(byName.stderr)")
        let nowhere = try vb("report", "--store", store, "--scope", "没有这个镇")
        #expect(nowhere.status != 0 && nowhere.stderr.contains("没有名为“没有这个镇”的单位"), "\(nowhere.stderr)")
    }

    /// `user list` names roles in the user's language; `--keys` keeps the stable machine keys.
    @Test func userListSaysRolesInWords() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        let zh = try vb("user", "list", "--as", "admin", "--store", store)
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout.contains("管理员") && !zh.stdout.contains("villageCadre"))
        #expect(zh.stdout.firstMatch(of: /\t[a-z]+[A-Z][A-Za-z]+\t/) == nil, "camelCase role in:\n\(zh.stdout)")
        let keys = try vb("user", "list", "--keys", "--as", "admin", "--store", store)
        #expect(keys.stdout.contains("\tadmin\t") && keys.stdout.contains("townshipSupervisor"), "\(keys.stdout)")
    }

    @Test func checkIsCleanThenNamesEveryBadLine() throws {
        #expect(try vb("init", "--store", store, "--demo").status == 0)
        let clean = try vb("check", "--store", store)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        var lines = try String(contentsOfFile: store + "/snapshot.jsonl", encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try #require(lines.firstIndex { $0.contains("\"type\":\"household\"") })
        let second = first + 5
        lines[first] = lines[first].replacingOccurrences(of: "\"status\":", with: "\"statu\":")
        lines[second] = String(lines[second].dropLast(3))
        try lines.joined(separator: "\n").write(toFile: store + "/snapshot.jsonl", atomically: false, encoding: .utf8)
        let dirty = try vb("check", "--store", store)
        #expect(dirty.status == 1)
        #expect(dirty.stdout.contains("snapshot.jsonl 第 \(first + 1) 行：字段“status”：应为一个值，实为对象中没有这个字段"), "\(dirty.stdout)")
        #expect(dirty.stdout.contains("snapshot.jsonl 第 \(second + 1) 行"), "\(dirty.stdout)")
        let english = try vb("check", "--store", store, "--lang", "en")
        #expect(english.stdout.contains("snapshot.jsonl line \(first + 1): field \"status\": expected a value, found no such field in the object"), "\(english.stdout)")
        #expect(dirty.stderr.contains("中有 2 个问题"), "\(dirty.stderr)")
    }

    /// `--help` speaks the language chosen before parsing: every command's words from the catalogue, and the parser's
    /// own USAGE/OPTIONS frame worded after it (`ParserMessage`; issue 15).
    @Test func helpSpeaksTheChosenLanguage() throws {
        #expect(try vb("--help").stdout.contains("村级作战图：在键盘上使用的农村防返贫监测作战图。"))
        #expect(try vb("check", "--help").stdout.contains("检查存储的每个文件"))
        #expect(try vb("check", "--help", "--lang", "en").stdout.contains("Validate every file of the store"))
        let sync = try vb("sync", "--help").stdout
        #expect(sync.contains("选项：") && sync.contains("显示帮助信息。") && sync.contains("合并进本库"), "\(sync)")
        #expect(try vb("sync", "--help", "--lang", "en").stdout.contains("OPTIONS:"))
    }

    @Test func helpAndVersion() throws {
        #expect(try vb("--version").stdout.contains("0."))
        for command in [["--help"], ["init", "--help"], ["report", "--help"], ["check", "--help"], ["task", "--help"],
                        ["task", "done", "--help"], ["generate", "--help"], ["compact", "--help"]] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = command
            p.environment = environment
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            // This environment speaks Chinese: the parser's frame too ("USAGE:" → "用法：").
            #expect(p.terminationStatus == 0 && text.contains("用法："), "\(command)")
        }
    }

    @Test func generateMakesAStoreOfTheAskedSize() throws {
        let r = try vb("generate", "--households", "500", "--seed", "3", "--out", folder + "/gen")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("500 households"))
        #expect(try vb("check", "--store", folder + "/gen").status == 0)
        #expect(try vb("generate", "--households", "5", "--out", folder + "/tiny").status != 0)
    }
}
