import Testing
import TerminalKit
import VillageBoardCore
import VillageBoardDemo
import VillageBoardStore
@testable import VillageBoardUI
import VillageBoardText

/// The household screen's words and the sentences its history is made of (the catalogue's keys: CatalogKeyTests).
@Suite struct HouseholdTextTests {
    @Test func everyPaneAndCriterionHasText() {
        for language in Language.allCases {
            let t = Catalog(language)
            for pane in HouseholdPane.allCases { #expect(t.has(pane.title)) }
            for item in ChecklistItem.allCases { #expect(t.has(.criterion(item))) }
        }
    }

    func describe(_ change: Change, _ language: Language) -> String {
        HouseholdHistoryText.describe(change, ctx: HouseholdFixture().ctx(language))
    }

    @Test func checksReadAsOldToNewWithTheirEvidence() {
        let id = HouseholdFixture.zhang
        let from = ItemCheck(state: .notMet, note: "西墙开裂")
        let to = ItemCheck(state: .met, note: "改造完成", checkedBy: HouseholdFixture.secretary, checkedOn: HouseholdFixture.today)
        #expect(describe(.setCheck(id, .housing, from: from, to: to), .zh) == "住房安全：未达标 → 达标；佐证：“西墙开裂” → “改造完成”")
        #expect(describe(.setCheck(id, .housing, from: from, to: to), .en)
                == "Safe housing: not met → met; evidence: “西墙开裂” → “改造完成”")
        #expect(describe(.setCheck(id, .food, from: ItemCheck(), to: ItemCheck(state: .met, note: "口粮充足")), .zh)
                == "不愁吃：未核查 → 达标；佐证：“口粮充足”")
    }

    @Test func incomeListsTheChangedParts() {
        let from = Income(wages: 9_600, business: 2_400)
        let to = Income(wages: 12_000, business: 2_400, productionCosts: 400)
        #expect(describe(.setIncome(HouseholdFixture.zhang, from: from, to: to), .zh)
                == "家庭纯收入 12,000 → 14,000 元（工资性收入 9,600 → 12,000、生产经营性支出 0 → 400）")
        #expect(describe(.setIncome(HouseholdFixture.zhang, from: from, to: to), .en)
                == "Net income 12,000 → 14,000 yuan (Wages 9,600 → 12,000, Production costs 0 → 400)")
    }

    @Test func plansStatusCadreAndMembersReadAsSentences() {
        let id = HouseholdFixture.zhang
        let old = Plan(needs: "", measures: [Measure(kind: .microCredit, detail: "5万元")])
        let new = Plan(needs: "缺资金", measures: [Measure(kind: .industryDividend)])
        #expect(describe(.setPlan(id, from: old, to: new), .zh)
                == "帮扶计划：需求（空） → “缺资金”；新增措施 产业分红；删除措施 小额信贷（5万元）")
        #expect(describe(.setStatus(id, from: HouseholdMark(.out), to: HouseholdMark(.notOut), reason: "因病返贫"), .zh)
                == "状态：已脱贫 → 未脱贫（原因：因病返贫）")
        #expect(describe(.assignCadre(id, from: nil, to: HouseholdFixture.secretary, reason: ""), .en) == "Cadre: none → 李书记")
        let a = Member(id: MemberID("m"), name: "张福", relation: .head, birthYear: 1958, health: .healthy)
        var b = a
        b.health = .chronicIllness
        b.medicalInsured = false
        #expect(describe(.updateMember(id, from: a, to: b), .zh) == "修改成员 张福：健康 健康 → 慢性病、医保 已参保 → 未参保")
    }

    @Test func taskStepsNameTheTask() {
        #expect(describe(.markTaskDone(HouseholdFixture.doctor, note: "已签约"), .zh) == "任务“签约家庭医生”标记完成（已签约）")
        #expect(describe(.sendBackTask(HouseholdFixture.doctor, reason: "缺签约书"), .en)
                == "Task “签约家庭医生” sent back (reason: 缺签约书)")
    }

    @Test func timesAreShownOnTheUsersClock() {
        let t = Timestamp(day: HouseholdFixture.today, hour: 23, minute: 5)
        #expect(HouseholdFormat.time(t, offsetSeconds: HouseholdFixture.beijing) == "2020-07-01 07:05")
        #expect(HouseholdFormat.time(t, offsetSeconds: 0) == "2020-06-30 23:05")
        #expect(HouseholdFormat.amount(-1_234_567) == "-1,234,567")
        #expect(HouseholdFormat.amount(999) == "999")
    }

    /// The demo's households draw without a missing key in every pane (a household of the real generator).
    @Test func aDemoHouseholdDrawsEveryPane() {
        let board = BaishanDemo.board()
        guard let h = board.households.first(where: { !board.taskIndices(forHousehold: $0.id).isEmpty }) else {
            Issue.record("the demo has no household with a task")
            return
        }
        for language in Language.allCases {
            let ctx = ScreenContext(board: board, text: Catalog(language), glyphs: .unicode,
                                    user: board.users.values.first { $0.role == .villageCadre }, readOnly: false)
            var screen = HouseholdScreen(household: h.id, ctx: ctx)
            for _ in HouseholdPane.allCases {
                for size in [Size(width: 80, height: 21), Size(width: 120, height: 37)] {
                    var canvas = Canvas(size: size)
                    screen.render(ctx, into: &canvas, area: Rect(size: size))
                    #expect(!canvas.lines().joined().contains("⟨"))
                }
                _ = screen.update(.nextPane, ctx)
            }
        }
    }
}
