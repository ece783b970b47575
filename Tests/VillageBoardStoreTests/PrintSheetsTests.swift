import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore
import VillageBoardDemo
@testable import VillageBoardExchange
import VillageBoardText

/// Printed sheets show the words a cadre reads — 配偶, 慢性病, 弱劳动能力, 产业分红, 待验收 (or their English) — and never
/// a value's key (`spouse`, `chronicIllness`, `partial`, `industryDividend`, `done`).
@Suite("Print sheets: words, not keys")
struct PrintSheetsTests {
    typealias F = StoreFixtures

    static let household = HouseholdID("220622103201-0001")

    /// The fixture board with one household that has a bit of everything: a spouse with a chronic illness who can
    /// partly work, a child at school, causes, risks, measures, a task done and awaiting its check.
    static func board() -> Board {
        var board = F.board(households: 2)
        board.editHousehold(household) { h in
            h.mark = HouseholdMark(.unstable)
            h.mainCause = .illness
            h.secondaryCauses = [.lackOfLabour]
            h.riskTypes = [.illness, .unstableEmployment]
            h.members += [
                Member(id: MemberID(h.id.raw + "-2"), name: "刘桂兰", relation: .spouse, birthYear: 1962, health: .chronicIllness,
                       labour: .partial),
                Member(id: MemberID(h.id.raw + "-3"), name: "张小军", relation: .grandchild, birthYear: 2010, health: .healthy,
                       labour: .none, schooling: .inSchool, medicalInsured: false),
            ]
            h.plan = Plan(needs: "看病花费大", measures: [Measure(kind: .industryDividend, detail: "人参合作社分红"),
                                                      Measure(kind: .medicalAid, detail: "大病救助")])
            h.checklist[.food] = ItemCheck(state: .met, note: "口粮充足", checkedBy: F.cadre, checkedOn: F.today)
        }
        board.editTask(TaskID("T1")) { $0.state = .done }
        board.restore(WorkTask(id: TaskID("T9"), subject: .household(household), title: "申请医疗救助", owner: F.cadre,
                               due: F.today, createdBy: F.admin, createdOn: F.today))
        return board
    }

    static func card(_ language: Language, format: PrintSheets.Format = .txt) throws -> String {
        let board = board()
        return try #require(PrintSheets.householdCard(board, household: household, format: format, language: language,
                                                      readBy: board.user(F.admin)))
    }

    /// A township supervisor may not see health (the permission table): on their card 因病, members' health and the
    /// medical evidence are masked; nobody named (no --as) gets the same. An admin sees them.
    @Test func healthIsPrintedOnlyForThoseWhoMaySeeIt() throws {
        var board = Self.board()
        board.editHousehold(Self.household) { $0.checklist[.medical] = ItemCheck(state: .notMet, note: "糖尿病未签约") }
        for reader in [board.user(F.supervisor), nil] {
            let card = try #require(PrintSheets.householdCard(board, household: Self.household, format: .txt, readBy: reader))
            for word in ["因病", "慢性病", "糖尿病"] {
                #expect(!card.contains(word), "\(reader?.id.raw ?? "nobody") reads “\(word)”:\n\(card)")
            }
            #expect(card.contains("（已隐藏）") && card.contains("缺劳力"), "\(card)")
        }
        let full = try #require(PrintSheets.householdCard(board, household: Self.household, format: .txt,
                                                          readBy: board.user(F.admin)))
        #expect(full.contains("因病") && full.contains("糖尿病"))
    }

    @Test func theCardSpeaksChineseByDefault() throws {
        let board = Self.board()
        let card = try #require(PrintSheets.householdCard(board, household: Self.household, format: .txt,
                                                          readBy: board.user(F.admin)))
        #expect(card == (try Self.card(.zh)))
        for word in ["明白卡 220622103201-0001", "户主 张1", "脱贫不稳定户", "致贫原因 因病、缺劳力", "风险类型 因病、因务工就业不稳",
                     "包保干部 李明", "关系", "劳动能力", "在校",
                     "户主", "配偶", "孙辈", "健康", "慢性病", "有劳动能力", "弱劳动能力", "无劳动能力", "已参保", "未参保",
                     "不愁吃", "达标", "未达标", "未核查", "口粮充足", "住房安全",
                     "帮扶计划：看病花费大", "产业分红", "医疗救助", "人参合作社分红", "待验收", "待办"] {
            #expect(card.contains(word), "no “\(word)” on the card:\n\(card)")
        }
        Self.expectNoKeys(card)
        #expect(!card.contains(" yes") && !card.contains(" no"), "\(card)")
        // People by name, not by their user IDs: the checker of 不愁吃 and the task's owner.
        let food = try #require(card.split(separator: "\n").first { $0.hasPrefix("不愁吃") })
        #expect(food.contains("李明") && !food.contains("cadre"), "\(food)")
        #expect(!card.contains(" cadre"), "\(card)")
    }

    @Test func theCardSpeaksEnglishWhenAsked() throws {
        let card = try Self.card(.en)
        for word in ["Household card 220622103201-0001", "head 张1", "Out, unstable", "causes: Illness, Lack of labour",
                     "risks: Illness, Unstable employment", "responsible cadre 李明", "Relation", "Labour", "School",
                     "Head", "Spouse", "Grandchild", "Healthy", "Chronic illness", "Able to work", "Partly able",
                     "Unable to work", "In school", "Food", "met", "not met", "not checked", "Safe housing",
                     "Plan: 看病花费大", "Industry dividend", "Medical aid", "Awaiting check", "Open"] {
            #expect(card.contains(word), "no “\(word)” on the card:\n\(card)")
        }
        Self.expectNoKeys(card)
        for chinese in ["户主", "配偶", "慢性病", "劳动能力", "达标", "待验收", "明白卡", "帮扶计划", "人均纯收入", "元"] {
            #expect(!card.contains(chinese), "“\(chinese)” on the English card:\n\(card)")
        }
    }

    @Test(arguments: Language.allCases)
    func theHTMLCardHasTheSameWordsAndSaysItsLanguage(_ language: Language) throws {
        let html = try Self.card(language, format: .html)
        #expect(html.contains(language == .zh ? "<html lang=\"zh-CN\">" : "<html lang=\"en\">"))
        #expect(html.contains(language == .zh ? "<td>配偶</td>" : "<td>Spouse</td>"), "\(html)")
        #expect(html.contains(language == .zh ? "<td>慢性病</td>" : "<td>Chronic illness</td>"), "\(html)")
        Self.expectNoKeys(html)
    }

    @Test(arguments: Language.allCases)
    func theChartNamesItsColours(_ language: Language) throws {
        let chart = try #require(PrintSheets.chart(Self.board(), scope: F.city, format: .txt, language: language))
        let row = try #require(chart.split(separator: "\n").first { $0.hasPrefix("太平村") }, "\(chart)")
        let colour = try #require(row.split(separator: " ").last.map(String.init))
        let words = PrintSheetWords(language: language)
        #expect(VillageColour.allCases.map(words.name).contains(colour), "\(row)")
        if language == .zh {
            #expect(["红", "黄", "绿", "灰"].contains(colour), "\(row)")
            #expect(chart.contains("挂图作战") && chart.contains("着色") && chart.contains("剩余户"))
        } else {
            #expect(chart.contains("Battle chart of 白山市") && chart.contains("Colour") && chart.contains("Households left"))
            #expect(!chart.contains("剩余") && !chart.contains("着色"), "\(chart)")
        }
    }

    /// Every value of every kind the sheets print has a word in both languages; the Chinese ones are Chinese, and no
    /// word is the value's key (so a new case cannot slip onto paper as `camelCase`).
    @Test(arguments: Language.allCases)
    func everyValueHasAWord(_ language: Language) {
        let words = PrintSheetWords(language: language)
        var named: [(key: String, word: String)] = []
        named += Relation.allCases.map { ($0.rawValue, words.name($0)) }
        named += Health.allCases.map { ($0.rawValue, words.name($0)) }
        named += LabourCapacity.allCases.map { ($0.rawValue, words.name($0)) }
        named += Schooling.allCases.map { ($0.rawValue, words.name($0)) }
        named += HouseholdStatus.allCases.map { ($0.rawValue, words.name($0)) }
        named += PovertyCause.allCases.map { ($0.key, words.name($0)) }
        named += RiskType.allCases.map { ($0.rawValue, words.name($0)) }
        named += MeasureKind.allCases.map { ($0.rawValue, words.name($0)) }
        named += ChecklistItem.allCases.map { ($0.key, words.name($0)) }
        named += ItemState.allCases.map { ($0.rawValue, words.name($0)) }
        named += TaskState.allCases.map { ($0.rawValue, words.name($0)) }
        for (key, word) in named {
            // The English for a met item is "met", which happens to be its key.
            #expect(!word.isEmpty && (word != key || (language == .en && key == "met")), "\(key) is printed as “\(word)”")
            if language == .zh {
                #expect(!word.contains { $0.isASCII && $0.isLetter }, "\(key) is printed as “\(word)” in Chinese")
            }
        }
        for colour in VillageColour.allCases where language == .zh {
            #expect(words.name(colour) != colour.rawValue)
        }
    }

    /// The Baishan demo, in both languages: households chosen so that every relation, health, labour, schooling,
    /// status, cause, risk, measure kind, item state and task state the demo holds is on some card; none shows a key.
    @Test(arguments: Language.allCases)
    func noDemoCardShowsAKey(_ language: Language) throws {
        let board = BaishanDemo.board()
        var seen = Set<String>()
        var chosen: [HouseholdID] = []
        for h in board.households {
            var values = Set(h.members.flatMap { ["r." + $0.relation.rawValue, "h." + $0.health.rawValue, "l." + $0.labour.rawValue,
                                                  "s." + $0.schooling.rawValue] })
            values.insert("st." + h.status.rawValue + (h.mark.riskEliminated ? "+" : ""))
            values.formUnion((h.mainCause.map { [$0] } ?? []).map { "c." + $0.key } + h.secondaryCauses.map { "c." + $0.key })
            values.formUnion(h.riskTypes.map { "k." + $0.rawValue } + h.plan.measures.map { "m." + $0.kind.rawValue })
            values.formUnion(ChecklistItem.allCases.map { "i." + h.checklist[$0].state.rawValue })
            values.formUnion(board.taskIndices(forHousehold: h.id).map { "t." + board.tasks[$0].state.rawValue })
            if !values.isSubset(of: seen) {
                seen.formUnion(values)
                chosen.append(h.id)
            }
        }
        #expect(seen.contains("r.spouse") && seen.contains("h.chronicIllness") && seen.contains("t.done"), "\(seen.sorted())")
        for id in chosen {
            let card = try #require(PrintSheets.householdCard(board, household: id, format: .txt, language: language,
                                                              readBy: board.users.values.first { $0.role == .admin }))
            Self.expectNoKeys(card, household: id.raw)
        }
        let top = try #require(board.roots.first)
        let chart = try #require(PrintSheets.chart(board, scope: top, format: .txt, language: language))
        Self.expectNoKeys(chart)
    }

    /// The keys that must never reach paper: every camelCase or lower-case key of the values a sheet prints, as a
    /// whole word (so "Out, unstable" is fine, "unstable" alone is a key).
    static let keys: Set<String> = {
        var keys = Set<String>()
        keys.formUnion(Relation.allCases.map(\.rawValue))
        keys.formUnion(Health.allCases.map(\.rawValue))
        keys.formUnion(LabourCapacity.allCases.map(\.rawValue))
        keys.formUnion(Schooling.allCases.map(\.rawValue))
        keys.formUnion(HouseholdStatus.allCases.map(\.rawValue))
        keys.formUnion(PovertyCause.allCases.map(\.key))
        keys.formUnion(RiskType.allCases.map(\.rawValue))
        keys.formUnion(MeasureKind.allCases.map(\.rawValue))
        keys.formUnion(ItemState.allCases.map(\.rawValue))
        keys.formUnion(TaskState.allCases.map(\.rawValue))
        keys.formUnion(VillageColour.allCases.map(\.rawValue))
        return keys
    }()

    /// Whole words of `text` (letters only) that are some value's key, spelled exactly (keys are lower camelCase, the
    /// English words start with a capital or are several words: "met", "not met", "red" are the exceptions handled
    /// by the cell check below).
    static func expectNoKeys(_ text: String, household: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
        // Table cells are separated by two spaces (txt) or are <td> contents (html); a cell that is exactly a key is raw.
        let cells = text.components(separatedBy: "\n").flatMap { $0.components(separatedBy: "  ") }
            .flatMap { $0.components(separatedBy: "<td>") }
            .map { $0.replacingOccurrences(of: "</td>", with: "").replacingOccurrences(of: "</tr>", with: "")
                .trimmingCharacters(in: .whitespaces) }
        // The English item states "met" and "not met" and colours are words that happen to equal keys; they are
        // allowed only where they are the English word (met / red / amber / green / grey), never camelCase keys.
        let allowed: Set<String> = ["met", "red", "amber", "green", "grey"]
        for cell in cells where keys.contains(cell) && !allowed.contains(cell) {
            Issue.record("“\(cell)” printed as a key \(household)\n\(text)", sourceLocation: sourceLocation)
        }
        for key in keys where key.contains(where: \.isUppercase) && text.contains(key) {
            Issue.record("“\(key)” printed as a key \(household)\n\(text)", sourceLocation: sourceLocation)
        }
    }
}
