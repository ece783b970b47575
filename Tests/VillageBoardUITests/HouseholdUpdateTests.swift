import Testing
import TerminalKit
import VillageBoardCore
@testable import VillageBoardUI
import VillageBoardText

/// Every key the household screen binds, through the app as the user presses it: the effects that come out,
/// the forms' typing, validation, cancelling and saving, and what a read-only store or a missing user refuses.
@Suite struct HouseholdUpdateTests {
    let fixture = HouseholdFixture()
    var zhang: Household { fixture.board.household(HouseholdFixture.zhang)! }
    static let me = HouseholdFixture.secretary
    static let today = HouseholdFixture.today

    /// The one saved change among `effects`, or nil.
    func saved(_ effects: [Effect]) -> Change? {
        let changes = effects.compactMap { if case .save(let c) = $0 { c } else { nil } }
        #expect(changes.count <= 1, "more than one change saved: \(changes)")
        return changes.first
    }

    // MARK: Panes and movement

    @Test func tabAndArrowsMoveBetweenPanes() {
        var d = fixture.driver()
        #expect(d.screen?.pane == .checklist)
        _ = d.press(.tab)
        #expect(d.screen?.pane == .income)
        _ = d.press(.backTab, .backTab)
        #expect(d.screen?.pane == .members)
        _ = d.press(.backTab)
        #expect(d.screen?.pane == .history, "Shift-Tab wraps around")
        _ = d.press(.char("l"))
        #expect(d.screen?.pane == .members)
        _ = d.press(.left)
        #expect(d.screen?.pane == .history)
    }

    @Test func upDownTopBottomSelectChecklistItems() {
        var d = fixture.driver()
        _ = d.press(.char("j"), .down)
        #expect(d.screen?.selectedItem == .education)
        _ = d.press(.char("k"))
        #expect(d.screen?.selectedItem == .clothing)
        _ = d.press(.char("G"))
        #expect(d.screen?.selectedItem == .income)
        _ = d.press(.pageUp)
        #expect(d.screen?.selectedItem == .food)
        _ = d.press(.pageDown)
        #expect(d.screen?.selectedItem == .income)
        _ = d.press(.char("g"))
        #expect(d.screen?.selectedItem == .food)
    }

    @Test func textPanesScrollAndStopAtTheEnd() {
        var d = fixture.driver(size: Size(width: 80, height: 12))
        _ = d.press(.tab)  // income: more lines than 12 − 3 − 3 rows
        _ = d.press(.char("j"))
        #expect(d.screen?.scrolls[HouseholdPane.income.rawValue] == 1)
        _ = d.press(.char("G"))
        let last = d.screen?.scrolls[HouseholdPane.income.rawValue] ?? 0
        _ = d.press(.char("j"), .pageDown)
        #expect(d.screen?.scrolls[HouseholdPane.income.rawValue] == last)
        _ = d.press(.home)
        #expect(d.screen?.scrolls[HouseholdPane.income.rawValue] == 0)
        _ = d.press(.pageDown, .char("k"), .up)  // a page is the pane's 6 rows
        #expect(d.screen?.scrolls[HouseholdPane.income.rawValue] == min(6, last) - 2)
    }

    @Test func historyListsHouseholdAndTaskOperationsNewestFirst() {
        let d = fixture.driver()
        let kinds = d.screen?.historyRows.map(\.change.kind) ?? []
        #expect(kinds == [.setIncome, .setCheck, .markTaskDone, .addTask, .addTask, .assignCadre, .registerHousehold])
    }

    // MARK: Marking items

    // Clothing may be met or not met; not applicable only where the year's rule allows it (below).
    @Test(arguments: [(Key.char("y"), ItemState.met), (.char("x"), .notMet)])
    func markingAsksForEvidenceFirstThenSavesBothAsOneChange(_ key: Key, _ state: ItemState) {
        var d = fixture.driver()
        _ = d.press(.char("j"))  // clothing: met, "四季衣被齐全", checked 2020-05-12
        let old = zhang.checklist[.clothing]
        // Nothing is saved yet: the prompt starts empty, with the old evidence shown beside it, not in the field.
        #expect(saved(d.press(key)) == nil)
        #expect(d.app.prompt?.field.text == "")
        #expect(d.app.prompt?.label.contains(old.note) == true)
        _ = d.type("新佐证")
        let new = ItemCheck(state: state, note: "新佐证", checkedBy: Self.me, checkedOn: Self.today)
        #expect(saved(d.press(.enter)) == .setCheck(HouseholdFixture.zhang, .clothing, from: old, to: new))
    }

    /// Not applicable where the year's rule allows it: education in a household with no child of school age.
    /// (Clothing never may be, and the board refuses it: StatusTransitionTests.)
    @Test func markingNotApplicableWhereTheRuleAllowsIt() throws {
        var fixture = fixture
        var d = fixture.driver(household: HouseholdFixture.li)
        _ = d.press(.char("j"))
        _ = d.press(.char("j"))  // education
        let li = try #require(fixture.board.household(HouseholdFixture.li))
        let old = li.checklist[.education]
        #expect(saved(d.press(.char("a"))) == nil, "the evidence is asked for first")
        _ = d.type("家中无适龄儿童")
        let effects = d.press(.enter)
        let new = ItemCheck(state: .notApplicable, note: "家中无适龄儿童", checkedBy: Self.me, checkedOn: Self.today)
        #expect(saved(effects) == .setCheck(HouseholdFixture.li, .education, from: old, to: new))
        #expect(d.commit(effects, fixture: &fixture).isEmpty)
        #expect(fixture.board.household(HouseholdFixture.li)?.checklist[.education].state == .notApplicable)
    }

    @Test func aMarkAnsweredEmptyClearsTheOldEvidence() {
        // 住房安全 not met with "西墙开裂，待鉴定": marked met, the old evidence must not stay attached to the new mark.
        var d = fixture.driver()
        _ = d.press(.char("j"), .char("j"), .char("j"), .char("j"))
        let old = zhang.checklist[.housing]
        _ = d.press(.char("y"))
        let change = saved(d.press(.enter))
        #expect(change == .setCheck(HouseholdFixture.zhang, .housing, from: old,
                                    to: ItemCheck(state: .met, note: "", checkedBy: Self.me, checkedOn: Self.today)))
    }

    @Test func theMarkIsSavedOnTheItemAsTheBoardHasItWhenAnswered() {
        // While the prompt is open another change to the item arrives: the change starts from what the board holds.
        var fixture = fixture
        var d = fixture.driver()
        _ = d.press(.char("y"))
        #expect(d.app.prompt != nil)
        let meanwhile = ItemCheck(state: .notMet, note: "口粮不足", checkedBy: HouseholdFixture.supervisor, checkedOn: Self.today)
        fixture.apply(.setCheck(HouseholdFixture.zhang, .food, from: zhang.checklist[.food], to: meanwhile),
                      by: HouseholdFixture.supervisor)
        d.app.follow(fixture.board)
        _ = d.type("已补发口粮")
        let marked = ItemCheck(state: .met, note: "已补发口粮", checkedBy: Self.me, checkedOn: Self.today)
        #expect(saved(d.press(.enter)) == .setCheck(HouseholdFixture.zhang, .food, from: meanwhile, to: marked))
    }

    @Test func theSavedMarkAndEvidenceShowTogether() {
        var fixture = fixture
        var d = fixture.driver()
        _ = d.press(.char("j"), .char("j"), .char("j"), .char("j"))  // housing: not met, "西墙开裂，待鉴定"
        _ = d.press(.char("y"))
        _ = d.type("改造完成，鉴定B级")
        d.commit(d.press(.enter), fixture: &fixture)
        let marked = fixture.board.household(HouseholdFixture.zhang)!.checklist[.housing]
        #expect(marked == ItemCheck(state: .met, note: "改造完成，鉴定B级", checkedBy: Self.me, checkedOn: Self.today))
        #expect(d.frame().lines.contains { $0.contains("✓ 住房安全") && $0.contains("改造完成，鉴定B级") })
        #expect(d.app.prompt == nil, "no second prompt after the save")
    }

    @Test func escOnTheEvidencePromptSavesNothing() {
        var d = fixture.driver()
        _ = d.press(.char("x"))
        #expect(d.app.prompt != nil)
        _ = d.type("不要")
        #expect(d.press(.escape).isEmpty)
        #expect(d.app.prompt == nil)
        #expect(d.screen != nil, "Esc left the prompt, not the screen")
    }

    @Test func aMarkThatWasNotSavedAsksForNothingMore() {
        // The disk failed (or the board refused): the status says so, and no prompt follows.
        var d = fixture.driver()
        _ = d.press(.char("j"), .char("x"))
        guard let mark = saved(d.press(.enter)) else {
            Issue.record("x then Enter saved nothing")
            return
        }
        let why = StatusMessage("保存失败：磁盘已满", isError: true)
        #expect(d.app.receive(.notSaved(mark, reason: why)).isEmpty)
        #expect(d.app.prompt == nil)
        #expect(d.app.status == why)
    }

    @Test func reMarkingTheSameStateAndEvidenceSavesNothing() {
        var fixture = fixture
        var d = fixture.driver()
        _ = d.press(.char("y"))
        _ = d.type("口粮充足")
        let first = d.press(.enter)
        #expect(saved(first) != nil)
        d.commit(first, fixture: &fixture)
        _ = d.press(.char("y"))
        _ = d.type("口粮充足")
        #expect(saved(d.press(.enter)) == nil)
    }

    @Test func nIsNextMatchNotAMark() {
        // One key, one meaning: after a search, `n` finds the next match and never marks an item.
        var d = fixture.driver()
        let bindings = d.screen?.bindings(d.app.ctx) ?? []
        #expect(!bindings.contains { $0.keys.contains(.char("n")) }, "the household screen must not take n")
        #expect(d.press(.char("n")).isEmpty)
        #expect(d.app.prompt == nil)
    }

    @Test func markingKeysAreRefusedAwayFromTheChecklist() {
        var d = fixture.driver()
        _ = d.press(.tab)
        for key in [Key.char("y"), .char("x"), .char("a"), .char("e")] {
            #expect(d.press(key).isEmpty)
            #expect(d.app.status?.isError == true)
            #expect(d.app.status?.text == Catalog(.zh)("hh.reason.checklistPane"))
        }
        #expect(d.app.prompt == nil && d.screen?.form == nil)
    }

    // MARK: Read-only and no user

    @Test(arguments: [true, false]) func editKeysExplainWhyTheyAreRefused(_ readOnly: Bool) {
        var d = fixture.driver(user: readOnly ? Self.me : nil, readOnly: readOnly)
        let reason = Catalog(.zh)(readOnly ? "status.readOnlyRefused" : "status.noUser")
        for key in [Key.char("y"), .char("x"), .char("a"), .char("e"), .char("p"), .char("v"), .char("i"), .char("m"), .char("c")] {
            #expect(d.press(key).isEmpty)
            #expect(d.app.status == StatusMessage(reason, isError: true))
            #expect(d.app.prompt == nil && d.screen?.form == nil)
        }
        let bindings = d.screen?.bindings(d.app.ctx) ?? []
        let editing: Set<Action> = [.markMet, .markNotMet, .markNotApplicable, .editCheck, .editPlan, .addVisit, .editIncome,
                                    .addMember, .editMember, .moveMember, .changeCadre, .removeMember, .correctVisit, .voidVisit,
                                    .lookAtFinding]
        #expect(bindings.filter { editing.contains($0.action) }.allSatisfy { $0.disabledReason != nil })
        // (Showing full ID numbers is the permission table's to allow, not an edit: see AccessScreenTests.)
        #expect(bindings.filter { !editing.contains($0.action) && $0.action != .revealIDs }.allSatisfy { $0.disabledReason == nil })
    }

    // MARK: The check form

    @Test func checkFormChangesStateAndNote() {
        var d = fixture.driver()
        _ = d.press(.char("j"), .char("j"), .char("j"), .char("j"), .char("e"))
        #expect(d.screen?.form?.purpose == .check(.housing))
        _ = d.press(.left)  // not met → met
        _ = d.press(.tab, .ctrl("u"))
        _ = d.type("危房改造完成，鉴定为B级")
        let effects = d.press(.enter)
        let old = zhang.checklist[.housing]
        #expect(saved(effects) == .setCheck(HouseholdFixture.zhang, .housing, from: old,
                                            to: ItemCheck(state: .met, note: "危房改造完成，鉴定为B级", checkedBy: Self.me,
                                                          checkedOn: Self.today)))
        #expect(d.screen?.form == nil)
    }

    @Test func ctrlSSavesFromAnyField() {
        var d = fixture.driver()
        _ = d.press(.char("e"), .right)
        let change = saved(d.press(.ctrl("s")))
        guard case .setCheck(_, .food, _, let to) = change else {
            Issue.record("expected a check of food, got \(String(describing: change))")
            return
        }
        #expect(to.state == .notMet)
    }

    @Test func escCancelsAFormWithNoEffect() {
        for opener in [Key.char("e"), .char("i"), .char("p"), .char("v")] {
            var d = fixture.driver()
            _ = d.press(opener)
            #expect(d.screen?.form != nil)
            _ = d.type("改了")
            #expect(d.press(.escape).isEmpty)
            #expect(d.screen?.form == nil)
            #expect(d.app.status?.text == Catalog(.zh)("hh.form.cancelled"))
            #expect(d.screen != nil, "Esc closed the form, not the screen")
        }
    }

    @Test func savingAnUnchangedFormSavesNothing() {
        var d = fixture.driver()
        _ = d.press(.char("e"))
        #expect(d.press(.ctrl("s")).isEmpty)
        #expect(d.app.status?.text == Catalog(.zh)("hh.form.unchanged"))
    }

    @Test func keysTypedIntoAFormStayInTheForm() {
        var d = fixture.driver()
        _ = d.press(.char("v"))
        #expect(d.type("qnya?:/1u").isEmpty)
        #expect(!d.app.wantsQuit)
        #expect(d.app.overlay == nil)
        #expect(d.screen?.form?.fields[1].text == "qnya?:/1u")
    }

    @Test func theCursorSitsAtTheFocusedFieldsCaret() {
        var d = fixture.driver()
        _ = d.press(.char("v"))
        let before = d.frame().cursor
        _ = d.type("张")
        let after = d.frame().cursor
        #expect(before != nil)
        #expect(after?.x == (before?.x ?? 0) + 2, "a Chinese character takes two columns")
        #expect(after?.y == before?.y)
        _ = d.press(.tab)
        #expect(d.frame().cursor?.y == (before?.y ?? 0) + 1)
        _ = d.press(.escape)
        #expect(d.frame().cursor == nil)
    }

    // MARK: The income form

    @Test func incomeFormValidatesEachAmountBesideItsField() {
        var d = fixture.driver()
        _ = d.press(.char("i"), .ctrl("u"))
        _ = d.type("九千")
        #expect(d.screen?.form?.problems[0] == "hh.form.notNumber")
        #expect(d.frame().lines.contains { $0.contains("九千") && $0.contains("须为非负整数") })
        _ = d.press(.tab, .ctrl("u"))
        _ = d.type("-5")
        #expect(d.screen?.form?.problems[1] == "hh.form.negative")
        _ = d.press(.tab, .ctrl("u"))
        _ = d.type("1000000000")
        #expect(d.screen?.form?.problems[2] == "hh.form.tooLarge")
        // Saving is refused and the focus goes to the first field in error.
        #expect(d.press(.ctrl("s")).isEmpty)
        #expect(d.screen?.form?.focus == 0)
        #expect(d.app.status?.isError == true)
    }

    @Test func incomeFormSavesTheTypedAmounts() {
        var d = fixture.driver()
        _ = d.press(.char("i"), .ctrl("u"))
        _ = d.type("１２,０００")  // full-width digits from a Chinese input method
        _ = d.press(.tab, .tab, .tab, .tab, .ctrl("u"))
        _ = d.type("800元")
        let effects = d.press(.enter)
        let to = Income(wages: 12_000, business: 3_000, property: 600, transfer: 1_800, productionCosts: 800)
        #expect(saved(effects) == .setIncome(HouseholdFixture.zhang, from: zhang.income, to: to))
    }

    @Test func typingIntoAnAmountShowingZeroReplacesTheZero() throws {
        var d = fixture.driver()
        _ = d.press(.char("i"), .ctrl("u"))
        _ = d.type("0")  // the first amount now shows 0, as a household with no wages would
        _ = d.type("1200")
        #expect(d.screen?.form?.fields[0].text == "1200", "not 01200")
        _ = d.type("0")
        #expect(d.screen?.form?.fields[0].text == "12000", "a 0 typed after other digits stays")
    }

    @Test func ctrlCInAFormAsksBeforeDroppingTheDraft() {
        var d = fixture.driver()
        var quits = d.app.interrupted()
        #expect(quits, "no form open: Ctrl-C ends at once")
        _ = d.press(.char("i"), .ctrl("u"))
        _ = d.type("1200")
        quits = d.app.interrupted()
        #expect(!quits, "a draft: the first Ctrl-C asks")
        #expect(d.app.status?.text.contains("Ctrl-C") == true && d.app.status?.isError == true)
        #expect(d.screen?.form?.fields[0].text == "1200", "the draft is kept")
        _ = d.type("0")  // any other key goes back to the form, so the next Ctrl-C asks again
        quits = d.app.interrupted()
        #expect(!quits)
        quits = d.app.interrupted()
        #expect(quits, "a second Ctrl-C in a row drops the draft")
    }

    @Test func amountsAreParsedStrictly() {
        #expect(HouseholdForm.amount("") == .success(0))
        #expect(HouseholdForm.amount(" 4,000 ") == .success(4000))
        #expect(HouseholdForm.amount("４０００元") == .success(4000))
        #expect(HouseholdForm.amount("12.5") == .failure(.notNumber))
        #expect(HouseholdForm.amount("－3") == .failure(.negative))
        #expect(HouseholdForm.amount("99999999") == .success(99_999_999))
        #expect(HouseholdForm.amount("100000000") == .failure(.tooLarge))
        #expect(HouseholdForm.amount("99999999999999999999999") == .failure(.tooLarge))
    }

    // MARK: The plan form

    @Test func planFormEditsNeedsAndMeasures() {
        var d = fixture.driver()
        _ = d.press(.tab, .tab, .char("p"), .ctrl("u"))
        _ = d.type("住房改造，王秀兰治疗")
        // The second measure is removed ("—"), a new one added in the empty row.
        _ = d.press(.tab, .tab, .tab)
        #expect(d.screen?.form?.focus == 3)
        _ = d.press(.left, .left, .left, .left, .left, .left, .left, .left)  // medicalAid → — (none)
        _ = d.press(.tab, .tab)
        #expect(d.screen?.form?.fields.count == 7)
        _ = d.press(.right, .right, .right, .right)  // — → housingRenovation: a new empty row appears
        #expect(d.screen?.form?.fields.count == 9)
        _ = d.press(.tab)
        _ = d.type("西墙加固")
        let effects = d.press(.ctrl("s"))
        let to = Plan(needs: "住房改造，王秀兰治疗", measures: [Measure(kind: .industryDividend, detail: "电商服务站带动分红"),
                                                         Measure(kind: .housingRenovation, detail: "西墙加固")])
        #expect(saved(effects) == .setPlan(HouseholdFixture.zhang, from: zhang.plan, to: to))
    }

    @Test func aMeasureDetailWithoutAKindIsRefused() {
        var d = fixture.driver()
        _ = d.press(.char("p"), .tab, .tab, .tab, .tab, .tab, .tab)
        _ = d.type("只有内容")
        #expect(d.screen?.form?.problems[5] == "hh.form.pickKind")
        #expect(d.press(.ctrl("s")).isEmpty)
        #expect(d.screen?.form?.focus == 5)
    }

    // MARK: The visit form

    @Test func visitFormSavesAVisitByTheUserToday() {
        var d = fixture.driver()
        _ = d.press(.char("v"))
        _ = d.type("西墙裂缝未扩大")
        _ = d.press(.enter)  // to the last field
        _ = d.type("已拍照上报")
        let effects = d.press(.enter)
        #expect(saved(effects) == .addVisit(HouseholdFixture.zhang, Visit(day: Self.today, by: Self.me, found: "西墙裂缝未扩大",
                                                                          done: "已拍照上报")))
        #expect(d.screen?.pane == .visits)
    }

    @Test func anEmptyVisitIsRefused() {
        var d = fixture.driver()
        _ = d.press(.char("v"), .tab)
        #expect(d.press(.enter).isEmpty, "Enter on the last field tries to save")
        #expect(d.screen?.form?.problems[1] == "hh.form.visitEmpty")
        #expect(d.screen?.form?.focus == 1)
        _ = d.type(" ")
        #expect(d.screen?.form?.problems.isEmpty == true, "the message goes once the user types")
    }

    // MARK: After a save

    @Test func theScreenFollowsTheBoardAfterASave() {
        var fixture = fixture
        var d = fixture.driver()
        _ = d.press(.char("v"))
        _ = d.type("新情况")
        let effects = d.press(.ctrl("s"))
        d.commit(effects, fixture: &fixture)
        #expect(d.screen?.visitRows.count == 3)
        #expect(d.screen?.historyRows.first?.change.kind == .addVisit)
        #expect(d.frame().lines.contains { $0.contains(Self.today.iso) && $0.contains("新情况") })
    }
}
